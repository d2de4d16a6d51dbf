"""An evaluation organisation's (or the school's) expert team and its composition target."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.faculty.exceptions import (
	DuplicateExpertError,
	InvalidPoolTargetError,
	NotAnEvaluationOrganisationError,
)

COMPLETE = "Complete"
INCOMPLETE = "Incomplete"

# Partner Organisation kind -> the suffix of the target_* / actual_* fields it counts towards.
KIND_PARTS = {"Company": "company", "College": "college", "Research Institution": "research"}


class ExpertPool(Document):
	def validate(self):
		self.validate_evaluation_organisation()
		self.validate_targets()
		self.validate_unique_experts()
		self.set_member_organisations()
		self.count_composition()

	def validate_evaluation_organisation(self):
		if not self.evaluation_organisation:
			return
		if frappe.db.get_value(
			"Partner Organisation", self.evaluation_organisation, "is_evaluation_organisation"
		):
			return
		frappe.throw(
			_(
				"{0} is not a training and evaluation organisation. Choose one, or leave Evaluation Organisation empty for the school's own pool."
			).format(frappe.bold(self.evaluation_organisation)),
			exc=NotAnEvaluationOrganisationError,
			title=_("Not an evaluation organisation"),
		)

	def validate_targets(self):
		parts = (self.target_company or 0) + (self.target_college or 0) + (self.target_research or 0)
		if parts <= (self.target_total or 0):
			return
		frappe.throw(
			_(
				"The targets from companies, colleges and research institutions add up to {0}, more than the target of {1} experts in all. Lower them or raise the total."
			).format(frappe.bold(parts), frappe.bold(self.target_total or 0)),
			exc=InvalidPoolTargetError,
			title=_("Targets do not add up"),
		)

	def validate_unique_experts(self):
		seen = {}
		for row in self.experts:
			if row.trainer in seen:
				frappe.throw(
					_("Experts row {0}: {1} is already in row {2}. Remove one of the two rows.").format(
						row.idx, frappe.bold(row.trainer_name or row.trainer), seen[row.trainer]
					),
					exc=DuplicateExpertError,
					title=_("Expert listed twice"),
				)
			seen[row.trainer] = row.idx

	def set_member_organisations(self):
		"""Read each expert's home organisation and its kind fresh, in one query."""
		trainers = [row.trainer for row in self.experts]
		if not trainers:
			return
		trainer = frappe.qb.DocType("Trainer")
		organisation = frappe.qb.DocType("Partner Organisation")
		found = {
			r.name: r
			for r in (
				frappe.qb.from_(trainer)
				.left_join(organisation)
				.on(organisation.name == trainer.partner_organisation)
				.select(trainer.name, trainer.trainer_name, trainer.partner_organisation, organisation.kind)
				.where(trainer.name.isin(trainers))
				.run(as_dict=True)
			)
		}
		for row in self.experts:
			info = found.get(row.trainer)
			if info:
				row.trainer_name = info.trainer_name
				row.partner_organisation = info.partner_organisation
				row.organisation_kind = info.kind

	def count_composition(self):
		counts = {part: 0 for part in KIND_PARTS.values()}
		for row in self.experts:
			part = KIND_PARTS.get(row.organisation_kind)
			if part:
				counts[part] += 1

		self.actual_total = len(self.experts)
		for part, count in counts.items():
			self.set(f"actual_{part}", count)
		self.composition_status = COMPLETE if not self.shortfall() else INCOMPLETE

	def shortfall(self) -> dict[str, int]:
		"""How many experts are missing against each target: {"total": 1, "research": 1}."""
		missing = {}
		for part in ("total", *KIND_PARTS.values()):
			gap = (self.get(f"target_{part}") or 0) - (self.get(f"actual_{part}") or 0)
			if gap > 0:
				missing[part] = gap
		return missing
