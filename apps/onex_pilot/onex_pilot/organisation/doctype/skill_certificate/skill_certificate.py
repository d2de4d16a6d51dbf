import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.organisation.exceptions import (
	DuplicateLevelError,
	InvalidPassMarkError,
	NotAnEvaluationOrganisationError,
)

MAX_MARK = 100
PASS_MARK_FIELDS = ("theory_pass_mark", "practical_pass_mark", "total_pass_mark")


class SkillCertificate(Document):
	def validate(self):
		self.validate_evaluation_organisation()
		self.validate_levels_unique()
		self.validate_pass_marks()

	def validate_evaluation_organisation(self):
		if frappe.db.get_value(
			"Partner Organisation", self.evaluation_organisation, "is_evaluation_organisation"
		):
			return
		frappe.throw(
			_(
				"{0} is not marked as a training and evaluation organisation. Tick it on the Partner Organisation or choose another."
			).format(frappe.bold(self.evaluation_organisation)),
			exc=NotAnEvaluationOrganisationError,
			title=_("Not an evaluation organisation"),
		)

	def validate_levels_unique(self):
		seen = set()
		for row in self.levels:
			if row.level in seen:
				frappe.throw(
					_("Row {0}: level {1} is listed twice. Keep one row per level.").format(
						row.idx, frappe.bold(_(row.level))
					),
					exc=DuplicateLevelError,
					title=_("Duplicate level"),
				)
			seen.add(row.level)

	def validate_pass_marks(self):
		for row in self.levels:
			for fieldname in PASS_MARK_FIELDS:
				mark = row.get(fieldname) or 0
				if 0 <= mark <= MAX_MARK:
					continue
				frappe.throw(
					_("Row {0}: {1} is {2}. A pass mark lies between 0 and {3}.").format(
						row.idx, _(row.meta.get_label(fieldname)), frappe.bold(mark), MAX_MARK
					),
					exc=InvalidPassMarkError,
					title=_("Invalid pass mark"),
				)
