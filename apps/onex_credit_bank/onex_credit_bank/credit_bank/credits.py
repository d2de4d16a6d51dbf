"""Credits: a positive number, and no more than one record can earn, in any record that holds them."""

import frappe
from frappe import _

from onex_credit_bank.credit_bank.exceptions import InvalidCreditsError

# More than a whole term's courses: no single course, certificate or piece of learning earns it.
MAX_CREDITS = 30


def validate_credits(credits, label: str):
	"""Refuse credits that are negative, zero or above MAX_CREDITS."""
	if (credits or 0) > MAX_CREDITS:
		frappe.throw(
			_(
				"{0} must be at most {1}, not {2}: no single course, certificate or learning earns more."
			).format(_(label), MAX_CREDITS, frappe.bold(credits)),
			exc=InvalidCreditsError,
			title=_("Invalid credits"),
		)
	if (credits or 0) > 0:
		return
	frappe.throw(
		_("{0} must be more than 0, not {1}. Enter the number of credits, for example 2 or 1.5.").format(
			_(label), frappe.bold(credits or 0)
		),
		exc=InvalidCreditsError,
		title=_("Invalid credits"),
	)
