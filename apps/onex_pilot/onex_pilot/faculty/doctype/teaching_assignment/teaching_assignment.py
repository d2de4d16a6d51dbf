"""Which trainer teaches the certificate content of which domain to which class in which term."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.faculty.exceptions import DuplicateTeachingAssignmentError


class TeachingAssignment(Document):
	def validate(self):
		self.validate_unique_assignment()

	def validate_unique_assignment(self):
		other = frappe.db.exists(
			"Teaching Assignment",
			{
				"trainer": self.trainer,
				"school_class": self.school_class,
				"pilot_domain": self.pilot_domain,
				"school_term": self.school_term,
				"name": ("!=", self.name),
			},
		)
		if not other:
			return
		frappe.throw(
			_(
				"{0} already teaches {1} to class {2} in term {3} ({4}). Change the hours on that assignment instead."
			).format(
				frappe.bold(self.trainer_name or self.trainer),
				frappe.bold(self.pilot_domain),
				frappe.bold(self.school_class),
				frappe.bold(self.school_term),
				frappe.get_desk_link("Teaching Assignment", other),
			),
			exc=DuplicateTeachingAssignmentError,
			title=_("Duplicate teaching assignment"),
		)
