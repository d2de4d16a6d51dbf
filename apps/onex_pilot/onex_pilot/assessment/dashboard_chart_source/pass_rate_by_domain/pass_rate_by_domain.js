frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["Pass Rate by Domain"] = {
	method: "onex_pilot.assessment.dashboard_chart_source.pass_rate_by_domain.pass_rate_by_domain.get",
	filters: [
		{
			fieldname: "year",
			label: __("Year"),
			fieldtype: "Int",
			default: new Date().getFullYear(),
		},
	],
};
