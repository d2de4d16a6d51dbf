"""The login page tells students that their student number is their user name.

Frappe's login field suggests an e-mail address (its placeholder is an example address),
while students log in with their student number (Frappe's login by user name). Frappe's
login template reads `login_name_placeholder` from the page context when it is set; this
`update_website_context` hook sets it, with the field's label, on the login page only."""

import frappe
from frappe import _
from frappe.utils import cint

LOGIN_PAGE = "login"


def name_the_student_number(context):
	if getattr(frappe.local, "path", None) != LOGIN_PAGE:
		return None
	if not cint(frappe.get_system_settings("allow_login_using_user_name")):
		return None
	label = _("Email or Student Number")
	return {"login_label": label, "login_name_placeholder": label}
