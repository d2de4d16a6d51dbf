"""No stack traces for visitors and students.

With System Settings' "Show Full Error…" on (Frappe's default), every failed API call
answers with its full Python traceback (`exc`). Guests and portal users (Website Users)
must never see one; staff in the Desk keep Frappe's error details. Registered as a
`before_request` hook; the Error Log still records every server error."""

import frappe

WEBSITE_USER = "Website User"


def hide_tracebacks_from_portal_users():
	user = frappe.session.user
	if user == "Guest" or frappe.get_cached_value("User", user, "user_type") == WEBSITE_USER:
		frappe.local.flags.disable_traceback = True
