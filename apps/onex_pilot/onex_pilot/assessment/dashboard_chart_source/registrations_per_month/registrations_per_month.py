"""Chart source "Registrations per Month": registrations still Registered, by the month of the
plan's exam, for the twelve months of one calendar year (the Year filter, this year by default).

Not cached, because the figures keep to the plans the user may read."""

import frappe
from frappe import _

from onex_pilot.assessment.dashboard import chart_year
from onex_pilot.assessment.statistics import registrations_per_month
from onex_pilot.reporting import WORKSPACE_ROLES, check_roles


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
	counts = registrations_per_month(year)
	months = range(1, 13)
	return {
		"labels": [f"{year}-{month:02d}" for month in months],
		"datasets": [{"name": _("Registrations"), "values": [counts.get(month, 0) for month in months]}],
		"type": "bar",
	}
