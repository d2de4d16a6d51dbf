frappe.query_reports["Student Transcript"] = {
	filters: [
		{
			fieldname: "student",
			label: __("Student"),
			fieldtype: "Link",
			options: "Pilot Student",
			reqd: 1,
		},
		{
			fieldname: "academic_year",
			label: __("Academic Year"),
			fieldtype: "Data",
		},
	],
};
