import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.organisation.exceptions import MissingPartnerError

SCHOOL_RUN = "School-run"
INTER_SCHOOL = "Inter-school"
WITH_A_COMPANY = "With a Company"
GOVERNMENT_RUN = "Government-run"
# The partner a base of each type needs: the kinds of Partner Organisation that qualify.
REQUIRED_PARTNER_KINDS = {
	INTER_SCHOOL: ("School", "College"),
	WITH_A_COMPANY: ("Company",),
	GOVERNMENT_RUN: ("Government",),
}


class TrainingBase(Document):
	def validate(self):
		self.validate_partner_for_type()

	def validate_partner_for_type(self):
		kinds = REQUIRED_PARTNER_KINDS.get(self.base_type)
		if not kinds:
			return
		partners = [row.partner_organisation for row in self.partners]
		if partners and frappe.db.exists(
			"Partner Organisation", {"name": ("in", partners), "kind": ("in", kinds)}
		):
			return
		frappe.throw(
			_(
				"A training base of type {0} needs a partner organisation of kind {1}. Add one under Partner Organisations."
			).format(frappe.bold(_(self.base_type)), " / ".join(_(kind) for kind in kinds)),
			exc=MissingPartnerError,
			title=_("Partner missing"),
		)
