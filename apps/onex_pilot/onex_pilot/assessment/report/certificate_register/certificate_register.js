frappe.query_reports["Certificate Register"] = {
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
			fieldname: "pilot_domain",
			label: __("Pilot Domain"),
			fieldtype: "Link",
			options: "Pilot Domain",
		},
		{
			fieldname: "skill_certificate",
			label: __("Skill Certificate"),
			fieldtype: "Link",
			options: "Skill Certificate",
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
			fieldname: "evaluation_organisation",
			label: __("Evaluation Organisation"),
			fieldtype: "Link",
			options: "Partner Organisation",
		},
		{
			fieldname: "school_class",
			label: __("School Class"),
			fieldtype: "Link",
			options: "School Class",
		},
		{
			fieldname: "status",
			label: __("Status"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Valid", label: __("Valid") },
				{ value: "Revoked", label: __("Revoked") },
			],
		},
	],
};
