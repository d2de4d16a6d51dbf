"""Sites that had Pilot Portal Settings before the holder confirmation limit came get its default,
so that saving the settings does not stop at an empty field."""

import frappe

from onex_pilot.portal.doctype.pilot_portal_settings.pilot_portal_settings import (
	DEFAULT_HOLDER_CONFIRMATION_LIMIT,
)


def execute():
	if not frappe.db.get_single_value("Pilot Portal Settings", "holder_confirmation_limit"):
		frappe.db.set_single_value(
			"Pilot Portal Settings", "holder_confirmation_limit", DEFAULT_HOLDER_CONFIRMATION_LIMIT
		)
