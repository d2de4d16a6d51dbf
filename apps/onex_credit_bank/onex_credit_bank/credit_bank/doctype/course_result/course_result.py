"""A student's result in a school course for a term. Submitted, a passing result earns the
course's credits in the credit ledger; cancelled, those credits are reversed."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, today

from onex_credit_bank.credit_bank import ledger
from onex_credit_bank.credit_bank.exceptions import DuplicateCourseResultError, InvalidScoreError


class CourseResult(Document):
	def validate(self):
		self.validate_score()
		self.set_passed()
		self.validate_one_result_per_term()

	def on_submit(self):
		if self.passed:
			ledger.credit_source_once(self, today())

	def on_cancel(self):
		ledger.reverse_source(
			ledger.COURSE_RESULT, self.name, _("Course result {0} cancelled.").format(self.name)
		)
		ledger.let_cancel_pass_credits(self)

	def validate_score(self):
		score = self.score
		if score is not None and 0 <= score <= 100 and flt(score, 2) == score:
			return
		frappe.throw(
			_("Score {0} is not valid. Enter a score from 0 to 100 with at most two decimals.").format(
				frappe.bold(score)
			),
			exc=InvalidScoreError,
			title=_("Invalid score"),
		)

	def set_passed(self):
		pass_mark = frappe.db.get_value("School Course", self.school_course, "pass_mark") or 0
		self.passed = 1 if self.score >= pass_mark else 0

	def validate_one_result_per_term(self):
		existing = frappe.db.get_value(
			"Course Result",
			{
				"student": self.student,
				"school_course": self.school_course,
				"school_term": self.school_term,
				"docstatus": ("<", 2),
				"name": ("!=", self.name or ""),
			},
		)
		if not existing:
			return
		frappe.throw(
			_(
				"Student {0} already has result {1} in course {2} for term {3}. Correct that result (cancel and amend it) instead of adding another."
			).format(
				frappe.bold(self.student),
				frappe.bold(existing),
				frappe.bold(self.school_course),
				self.school_term,
			),
			exc=DuplicateCourseResultError,
			title=_("Duplicate course result"),
		)
