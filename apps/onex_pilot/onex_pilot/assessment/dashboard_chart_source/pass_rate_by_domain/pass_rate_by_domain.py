"""Chart source "Pass Rate by Domain": passed ÷ sat per pilot domain over one calendar year
(the Year filter, this year by default); domains where nobody sat are left out.

Not cached (`cache_source` keeps one copy per chart for every user), because the figures keep
to the plans the user may read."""

import frappe
from frappe import _

from onex_pilot.assessment.dashboard import chart_year
from onex_pilot.assessment.statistics import BY_DOMAIN, assessment_figures, calendar_year
from onex_pilot.reporting import WORKSPACE_ROLES, check_roles, pass_rate


@frappe.whitelist()
def get(
	chart_name: str | None = None,
	chart: str | dict | None = None,
	no_cache: int | None = None,
	filters: str | dict | None = None,
	from_date: str | None = None,
	to_date: str | None = None,
	timespan: str | None = None,
	time_interval: str | None = None,
	heatmap_year: str | None = None,
	refresh: int | None = None,
) -> dict:
	check_roles(WORKSPACE_ROLES)
	year = chart_year(filters)
	rows = [row for row in assessment_figures(BY_DOMAIN, calendar_year(f"{year}-01-01")) if row.sat]
	return {
		"labels": [row.pilot_domain for row in rows],
		"datasets": [
			{"name": _("Pass Rate (%)"), "values": [pass_rate(row.passed, row.sat) for row in rows]}
		],
		"type": "bar",
	}
