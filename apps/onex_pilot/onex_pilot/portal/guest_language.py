"""The language of guests' pages: the browser's, else the site's (Chinese).

Frappe v15 picks the request language before it knows the session is a guest's
(`HTTPRequest.set_lang` runs before `set_session`), so a guest gets the site config's
`lang` or English, whatever the browser asks for and the site's default language.
Registered as a `before_request` hook, this picks it again once the session is known."""

import frappe
from frappe.translate import get_language


def set_guest_language():
	if getattr(frappe.local, "request", None) and frappe.session.user == "Guest":
		frappe.local.lang = get_language()
