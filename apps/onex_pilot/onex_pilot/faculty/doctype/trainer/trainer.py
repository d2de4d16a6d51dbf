"""A person who teaches or assesses certificate content, with their qualifications."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from onex_pilot.faculty.exceptions import (
	DuplicateTrainerError,
	IncompleteExaminerQualificationError,
	InvalidQualificationPeriodError,
)
from onex_pilot.faculty.qualifications import EXAMINER_QUALIFICATION
from onex_pilot.organisation.skill_certificate import get_level_rule


class Trainer(Document):
	def validate(self):
		self.validate_one_trainer_per_person()
		self.validate_qualification_periods()
		self.validate_examiner_qualifications()

	def validate_one_trainer_per_person(self):
		for fieldname, label in (("contact", _("Contact")), ("user", _("User"))):
			value = self.get(fieldname)
			if not value:
				continue
			other = frappe.db.exists("Trainer", {fieldname: value, "name": ("!=", self.name)})
			if other:
				frappe.throw(
					_(
						"{0} {1} already has the trainer record {2}. Open that record instead of adding a second one."
					).format(label, frappe.bold(value), frappe.get_desk_link("Trainer", other)),
					exc=DuplicateTrainerError,
					title=_("Trainer already recorded"),
				)

	def validate_qualification_periods(self):
		for row in self.qualifications:
			if row.valid_from and row.valid_to and getdate(row.valid_to) < getdate(row.valid_from):
				frappe.throw(
					_(
						"Qualifications row {0}: Valid To ({1}) is before Valid From ({2}). Set a Valid To on or after Valid From."
					).format(row.idx, frappe.bold(row.valid_to), frappe.bold(row.valid_from)),
					exc=InvalidQualificationPeriodError,
					title=_("Invalid qualification period"),
				)

	def validate_examiner_qualifications(self):
		"""An examiner qualification is for one certificate level over a known period,
		so the assessment plans can check it on the exam date."""
		labels = {
			"skill_certificate": _("Skill Certificate"),
			"level": _("Level"),
			"valid_from": _("Valid From"),
			"valid_to": _("Valid To"),
		}
		for row in self.qualifications:
			if row.qualification_type != EXAMINER_QUALIFICATION:
				continue
			missing = [label for fieldname, label in labels.items() if not row.get(fieldname)]
			if missing:
				frappe.throw(
					_(
						"Qualifications row {0}: an examiner qualification needs {1}. Fill in these fields."
					).format(row.idx, ", ".join(missing)),
					exc=IncompleteExaminerQualificationError,
					title=_("Incomplete examiner qualification"),
				)
			get_level_rule(row.skill_certificate, row.level)
