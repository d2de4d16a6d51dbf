frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["Registrations per Month"] = {
	method: "onex_pilot.assessment.dashboard_chart_source.registrations_per_month.registrations_per_month.get",
	filters: [
		{
			fieldname: "year",
			label: __("Year"),
			fieldtype: "Int",
			default: new Date().getFullYear(),
		},
	],
};
