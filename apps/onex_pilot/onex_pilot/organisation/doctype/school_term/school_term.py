import re

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from onex_pilot.organisation.exceptions import (
	InvalidAcademicYearError,
	InvalidDateRangeError,
	OverlappingTermError,
)

ACADEMIC_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


class SchoolTerm(Document):
	def validate(self):
		self.validate_academic_year()
		self.validate_dates()
		self.validate_no_overlap()

	def validate_academic_year(self):
		self.academic_year = (self.academic_year or "").strip()
		match = ACADEMIC_YEAR.match(self.academic_year)
		if match and int(match.group(2)) == int(match.group(1)) + 1:
			return
		frappe.throw(
			_("Academic Year {0} is not valid. Write two consecutive years, for example 2024-2025.").format(
				frappe.bold(self.academic_year)
			),
			exc=InvalidAcademicYearError,
			title=_("Invalid academic year"),
		)

	def validate_dates(self):
		if getdate(self.end_date) >= getdate(self.start_date):
			return
		frappe.throw(
			_("The term ends on {0}, before it starts on {1}. Set an End Date after the Start Date.").format(
				frappe.bold(self.end_date), frappe.bold(self.start_date)
			),
			exc=InvalidDateRangeError,
			title=_("Invalid term"),
		)

	def validate_no_overlap(self):
		term = frappe.qb.DocType("School Term")
		clash = (
			frappe.qb.from_(term)
			.select(term.name)
			.where(term.name != (self.name or ""))
			.where(term.start_date <= self.end_date)
			.where(term.end_date >= self.start_date)
			.limit(1)
			.run()
		)
		if not clash:
			return
		frappe.throw(
			_(
				"The dates overlap School Term {0}. A day belongs to one term only: adjust Start Date or End Date."
			).format(frappe.bold(clash[0][0])),
			exc=OverlappingTermError,
			title=_("Overlapping terms"),
		)
