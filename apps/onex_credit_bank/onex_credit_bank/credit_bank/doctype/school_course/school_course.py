"""A course of the school's own curriculum, with the credits it is worth and its pass mark."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_credit_bank.credit_bank.credits import validate_credits
from onex_credit_bank.credit_bank.exceptions import InvalidPassMarkError


class SchoolCourse(Document):
	def validate(self):
		self.course_code = (self.course_code or "").strip()
		self.course_name = (self.course_name or "").strip()
		validate_credits(self.credits, "Credits")
		self.validate_pass_mark()

	def validate_pass_mark(self):
		if 0 <= (self.pass_mark or 0) <= 100:
			return
		frappe.throw(
			_("Pass Mark {0} is outside 0 to 100. Enter the lowest passing score, for example 60.").format(
				frappe.bold(self.pass_mark)
			),
			exc=InvalidPassMarkError,
			title=_("Invalid pass mark"),
		)
