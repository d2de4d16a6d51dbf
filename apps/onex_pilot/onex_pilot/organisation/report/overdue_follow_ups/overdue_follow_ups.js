frappe.query_reports["Overdue Follow-ups"] = {
	filters: [
		{
			fieldname: "committee",
			label: __("Committee"),
			fieldtype: "Link",
			options: "Pilot Committee",
		},
		{
			fieldname: "as_of",
			label: __("As Of"),
			fieldtype: "Date",
			default: frappe.datetime.get_today(),
			reqd: 1,
		},
	],
};
