frappe.query_reports["Supervision Feedback Summary"] = {
	filters: [
		{
			fieldname: "target_type",
			label: __("Feedback About"),
			fieldtype: "Select",
			options: ["", "Pilot Domain", "Evaluation Organisation"],
		},
		{ fieldname: "from_date", label: __("From Date"), fieldtype: "Date" },
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date" },
	],
};
