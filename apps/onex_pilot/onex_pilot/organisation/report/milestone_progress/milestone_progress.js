frappe.query_reports["Milestone Progress"] = {
	filters: [
		{
			fieldname: "show",
			label: __("Show"),
			fieldtype: "Select",
			options: [
				{ value: "", label: __("Milestones and Follow-up Actions") },
				{ value: "Milestones", label: __("Milestones") },
				{ value: "Follow-up Actions", label: __("Follow-up Actions") },
			],
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
			fieldname: "status",
			label: __("Status"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Open", label: __("Open") },
				{ value: "Done", label: __("Done") },
			],
		},
		{
			fieldname: "committee",
			label: __("Committee"),
			fieldtype: "Link",
			options: "Pilot Committee",
		},
		{
			fieldname: "overdue_only",
			label: __("Overdue Only"),
			fieldtype: "Check",
		},
	],

	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "status" && data && data.overdue) {
			return `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
