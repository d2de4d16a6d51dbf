"""Settings of the public pages: how often one address may look certificates up or send feedback,
and how many wrong holder confirmations one certificate takes in a day."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint

from onex_pilot.portal.exceptions import InvalidRateLimitError

DEFAULT_VERIFY_RATE_LIMIT = 30  # per minute
DEFAULT_FEEDBACK_RATE_LIMIT = 10  # per hour
DEFAULT_HOLDER_CONFIRMATION_LIMIT = 5  # wrong guesses per certificate and day


class PilotPortalSettings(Document):
	def validate(self):
		self.validate_limits()

	def validate_limits(self):
		for fieldname in ("verify_rate_limit", "holder_confirmation_limit", "feedback_rate_limit"):
			if cint(self.get(fieldname)) < 1:
				frappe.throw(
					_("{0} must be at least 1.").format(_(self.meta.get_label(fieldname))),
					exc=InvalidRateLimitError,
					title=_("Invalid setting"),
				)


def verify_rate_limit() -> int:
	"""Look-ups per minute and address; the default when the setting was never saved."""
	return cint(frappe.db.get_single_value("Pilot Portal Settings", "verify_rate_limit", cache=True)) or (
		DEFAULT_VERIFY_RATE_LIMIT
	)


def feedback_rate_limit() -> int:
	"""Public feedback submissions per hour and address."""
	return cint(frappe.db.get_single_value("Pilot Portal Settings", "feedback_rate_limit", cache=True)) or (
		DEFAULT_FEEDBACK_RATE_LIMIT
	)


def holder_confirmation_limit() -> int:
	"""Wrong holder confirmations one certificate takes in a day, from all addresses together."""
	return cint(
		frappe.db.get_single_value("Pilot Portal Settings", "holder_confirmation_limit", cache=True)
	) or (DEFAULT_HOLDER_CONFIRMATION_LIMIT)
