frappe.query_reports["Trainer Workload and Training Coverage"] = {
	filters: [
		{
			fieldname: "part",
			label: __("Part"),
			fieldtype: "Select",
			options: [
				{ value: "Trainer Workload", label: __("Trainer Workload") },
				{ value: "Training Coverage", label: __("Training Coverage") },
			],
			default: "Trainer Workload",
			reqd: 1,
		},
		{
			fieldname: "school_term",
			label: __("School Term"),
			fieldtype: "Link",
			options: "School Term",
		},
		{
			fieldname: "trainer",
			label: __("Trainer"),
			fieldtype: "Link",
			options: "Trainer",
			depends_on: "eval:doc.part == 'Trainer Workload'",
		},
		{
			fieldname: "pilot_domain",
			label: __("Pilot Domain"),
			fieldtype: "Link",
			options: "Pilot Domain",
			depends_on: "eval:doc.part == 'Training Coverage'",
		},
	],

	onload(report) {
		const today = frappe.datetime.get_today();
		frappe.db
			.get_value("School Term", { start_date: ["<=", today], end_date: [">=", today] }, "name")
			.then(({ message }) => {
				if (message && message.name && !report.get_filter_value("school_term")) {
					report.set_filter_value("school_term", message.name);
				}
			});
	},

	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "coverage" && data) {
			const colour = { "Below target": "red", "On target": "green", "Above target": "orange" }[
				data.coverage_status
			];
			return `<span class="indicator-pill ${colour || "gray"}">${value}</span>`;
		}
		return value;
	},
};
