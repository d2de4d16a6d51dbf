frappe.query_reports["Pass Rate by Domain and Level"] = {
	filters: [
		{
			fieldname: "group_by",
			label: __("Group Rows By"),
			fieldtype: "Select",
			options: [
				{ value: "Round", label: __("Assessment Round") },
				{ value: "Level", label: __("Level") },
			],
			default: "Round",
		},
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
			fieldname: "level",
			label: __("Level"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Elementary", label: __("Elementary") },
				{ value: "Intermediate", label: __("Intermediate") },
				{ value: "Advanced", label: __("Advanced") },
			],
		},
		{
			fieldname: "school_class",
			label: __("School Class"),
			fieldtype: "Link",
			options: "School Class",
		},
	],
};
