frappe.query_reports["Exam Site Utilisation"] = {
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
			fieldname: "exam_site",
			label: __("Exam Site"),
			fieldtype: "Link",
			options: "Exam Site",
		},
	],
	tree: true,
	name_field: "node",
	parent_field: "parent_node",
	initial_depth: 1,
};
