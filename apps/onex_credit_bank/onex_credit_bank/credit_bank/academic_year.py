"""Academic years, written as two consecutive years: `2024-2025`."""

import re

import frappe
from frappe import _
from frappe.utils import getdate

from onex_credit_bank.credit_bank.exceptions import InvalidAcademicYearError

ACADEMIC_YEAR_PATTERN = re.compile(r"^(\d{4})-(\d{4})$")
# Without a School Term for the date, the Chinese school year is assumed: it starts on 1 September.
FIRST_MONTH = 9


def academic_year_on(date) -> str:
	"""The academic year containing `date`: that of the School Term containing it, or else the
	school year from 1 September to 31 August."""
	from onex_pilot.organisation.terms import term_on

	term = term_on(date)
	if term:
		return frappe.db.get_value("School Term", term, "academic_year")
	date = getdate(date)
	first = date.year if date.month >= FIRST_MONTH else date.year - 1
	return f"{first}-{first + 1}"


def is_academic_year(value: str | None) -> bool:
	match = ACADEMIC_YEAR_PATTERN.match(value or "")
	return bool(match) and int(match.group(2)) == int(match.group(1)) + 1


def validate_academic_year(value: str | None, label: str):
	"""Refuse an academic year that is not `YYYY-YYYY` with consecutive years."""
	if is_academic_year(value):
		return
	frappe.throw(
		_(
			"{0} {1} is not an academic year. Write it as two consecutive years, for example 2024-2025."
		).format(_(label), frappe.bold(value or "")),
		exc=InvalidAcademicYearError,
		title=_("Invalid academic year"),
	)
