"""Credits: a positive number, in any record that holds them."""

import frappe
from frappe import _

from onex_credit_bank.credit_bank.exceptions import InvalidCreditsError


def validate_credits(credits, label: str):
	"""Refuse credits that are negative or zero."""
	if (credits or 0) > 0:
		return
	frappe.throw(
		_("{0} must be more than 0, not {1}. Enter the number of credits, for example 2 or 1.5.").format(
			_(label), frappe.bold(credits or 0)
		),
		exc=InvalidCreditsError,
		title=_("Invalid credits"),
	)
