frappe.query_reports["Expiring Trainer Qualifications"] = {
	filters: [
		{
			fieldname: "days",
			label: __("Within Days"),
			fieldtype: "Int",
			default: 60,
			reqd: 1,
		},
	],
};
