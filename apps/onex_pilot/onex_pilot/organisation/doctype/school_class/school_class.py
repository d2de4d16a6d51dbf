import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.organisation.exceptions import DuplicateClassTeacherError


class SchoolClass(Document):
	def validate(self):
		self.validate_one_teacher_per_term()

	def validate_one_teacher_per_term(self):
		seen = set()
		for row in self.class_teachers:
			if row.school_term in seen:
				frappe.throw(
					_("Row {0}: School Term {1} already has a class teacher. Keep one row per term.").format(
						row.idx, frappe.bold(row.school_term)
					),
					exc=DuplicateClassTeacherError,
					title=_("Duplicate class teacher"),
				)
			seen.add(row.school_term)
