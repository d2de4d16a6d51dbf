frappe.query_reports["Student Transcript"] = {
	filters: [
		{
			fieldname: "student",
			label: __("Student"),
			// Not a Link to Pilot Student: the Credit Bank Officer may not read student records.
			fieldtype: "Autocomplete",
			reqd: 1,
			get_query: () => ({
				query: "onex_credit_bank.credit_bank.report.student_transcript.student_transcript.search_students",
			}),
		},
		{
			fieldname: "academic_year",
			label: __("Academic Year"),
			fieldtype: "Data",
		},
	],
};
