frappe.query_reports["Registrations and Fee Waivers"] = {
	filters: [
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
		},
		{
			fieldname: "to_date",
			label: __("To Date"),
			fieldtype: "Date",
		},
		{
			fieldname: "school_term",
			label: __("School Term"),
			fieldtype: "Link",
			options: "School Term",
		},
		{
			fieldname: "pilot_domain",
			label: __("Pilot Domain"),
			fieldtype: "Link",
			options: "Pilot Domain",
		},
		{
			fieldname: "school_class",
			label: __("School Class"),
			fieldtype: "Link",
			options: "School Class",
		},
	],
};
