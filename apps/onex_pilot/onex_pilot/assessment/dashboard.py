"""The methods behind the custom Number Cards of the 1+X Pilot workspace, and what its
charts share.

Each card method answers `{"value": …, "fieldtype": …}`, which the Number Card widget formats.
The figures come from `assessment.statistics` and keep to the plans (or registrations) the user
may read."""

import frappe
from frappe.utils import cint, flt, getdate, today

from onex_pilot.assessment.statistics import (
	TOTAL,
	assessment_figures,
	calendar_year,
	fees_waived,
	students_registered,
)
from onex_pilot.organisation.terms import term_on
from onex_pilot.reporting import FINANCE_ROLES, WORKSPACE_ROLES, check_roles, pass_rate


@frappe.whitelist()
def students_registered_this_term(filters: str | dict | None = None) -> dict:
	"""Distinct students registered for an assessment in the School Term containing today."""
	check_roles(WORKSPACE_ROLES)
	return {"value": students_registered(term_on(today())), "fieldtype": "Int"}


@frappe.whitelist()
def pass_rate_this_year(filters: str | dict | None = None) -> dict:
	"""Passed ÷ sat (Absent excluded) over the published results of this calendar year."""
	check_roles(WORKSPACE_ROLES)
	total = assessment_figures(TOTAL, calendar_year())[0]
	return {"value": pass_rate(total.passed, total.sat) or 0, "fieldtype": "Percent"}


@frappe.whitelist()
def fees_waived_total(filters: str | dict | None = None) -> dict:
	"""The fees waived so far; for Finance Officers and Pilot Administrators."""
	check_roles(FINANCE_ROLES)
	return {"value": flt(fees_waived()), "fieldtype": "Currency"}


def chart_year(filters) -> int:
	"""The Year filter of a chart, this calendar year by default."""
	filters = frappe.parse_json(filters) or {}
	return cint(filters.get("year")) or getdate(today()).year
