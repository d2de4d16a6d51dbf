"""No stack traces for visitors and students.

Installing the app turns System Settings' "Show Full Error…" off (setup/install.py), so no
error answer carries a traceback; the Error Log records every server error. Should an
administrator turn it back on for staff, guests and portal users (Website Users) still never
get one: `hide_tracebacks_from_portal_users` is a `before_request` hook, and a failed login,
refused before any such hook runs, is caught where Frappe logs it."""

import frappe

WEBSITE_USER = "Website User"
# What a failed login's Activity Log keeps of the login name (its Link fields hold 140).
LOGGED_LENGTH = 140


def hide_tracebacks_from_portal_users():
	user = frappe.session.user
	if user == "Guest" or frappe.get_cached_value("User", user, "user_type") == WEBSITE_USER:
		frappe.local.flags.disable_traceback = True


def hide_traceback_of_failed_login(doc, method=None):
	"""`Activity Log` before_insert: a failed login is refused while the request is still being
	set up, before any `before_request` hook runs, and would answer with its traceback. Frappe
	logs every failed login first, so that is where the request learns to hide it."""
	if doc.operation == "Login" and doc.status == "Failed":
		frappe.local.flags.disable_traceback = True
		# Frappe logs the login name as typed; one longer than the field would make the log
		# itself fail, and answer with a length error quoting it.
		for field in ("user", "full_name", "subject"):
			value = doc.get(field)
			if value and len(value) > LOGGED_LENGTH:
				doc.set(field, value[: LOGGED_LENGTH - 1] + "…")
