import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.organisation.doctype.pilot_domain.pilot_domain import IN_PILOT
from onex_pilot.organisation.exceptions import DomainNotInPilotError, InvalidAmountError


class PilotSubsidy(Document):
	def validate(self):
		self.validate_domain_in_pilot()
		self.validate_amount()

	def validate_domain_in_pilot(self):
		status = frappe.db.get_value("Pilot Domain", self.pilot_domain, "status")
		if status in IN_PILOT:
			return
		frappe.throw(
			_(
				"Pilot Domain {0} is {1}: only domains in the pilot (Active or Completed) receive pilot subsidies. Training outside the pilot gets no pilot money."
			).format(frappe.bold(self.pilot_domain), frappe.bold(_(status or ""))),
			exc=DomainNotInPilotError,
			title=_("Domain not in the pilot"),
		)

	def validate_amount(self):
		if (self.amount or 0) > 0:
			return
		frappe.throw(
			_("Amount is {0}. Enter the amount received or claimed, above zero.").format(
				frappe.bold(self.amount or 0)
			),
			exc=InvalidAmountError,
			title=_("Invalid amount"),
		)
