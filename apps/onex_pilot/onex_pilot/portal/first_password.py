"""A student sets their own password before using the portal.

A student's login starts with a password somebody else chose: the default of Pilot
Settings, shared by a whole intake, or one typed at enrolment. Student numbers run in
sequence, so that password is no secret. Until the student has set a password of their
own on Frappe's /update-password page (which records the day in the User's
`last_password_reset_date`), their session may open that page and log out, and nothing
else: pages redirect to it, and every other call is refused.

A password that staff set later for a student (on the User form, when the student has
forgotten theirs) is again somebody else's choice: it clears that date, so the student
replaces it at their next login."""

import frappe
from frappe import _
from werkzeug.exceptions import HTTPException
from werkzeug.utils import redirect

from onex_pilot.roles import STUDENT

SET_PASSWORD_ROUTE = "/update-password"
# What the set-password page itself needs: its assets, the password methods, logging out.
OPEN_PATHS = {SET_PASSWORD_ROUTE, "/login", "/logout", "/website_script.js", "/favicon.ico"}
OPEN_PREFIXES = ("/assets/", "/files/", "/socket.io/")
OPEN_METHODS = {
	"login",
	"logout",
	"frappe.core.doctype.user.user.update_password",
	"frappe.core.doctype.user.user.test_password_strength",
	"frappe.website.doctype.web_page_view.web_page_view.make_view_log",
}
METHOD_PREFIX = "/api/method/"


def must_set_password(user: str) -> bool:
	"""Whether `user` is a student's login that still has its initial password."""
	if not user or user in frappe.STANDARD_USERS or STUDENT not in frappe.get_roles(user):
		return False
	return not frappe.db.get_value("User", user, "last_password_reset_date")


def is_open(path: str, command: str | None) -> bool:
	if command:
		return command in OPEN_METHODS
	if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
		return True
	return path.startswith(METHOD_PREFIX) and path[len(METHOD_PREFIX) :] in OPEN_METHODS


def hold_until_password_set():
	"""before_request: a student with their initial password is sent to set their own."""
	request = getattr(frappe.local, "request", None)
	session = getattr(frappe.local, "session", None)
	if not request or not session or session.user == "Guest" or request.method == "OPTIONS":
		return
	if is_open(request.path, frappe.form_dict.get("cmd")) or not must_set_password(session.user):
		return
	if request.method in ("GET", "HEAD") and not request.path.startswith("/api/"):
		raise HTTPException(response=redirect(SET_PASSWORD_ROUTE))
	frappe.throw(
		_(
			"Your login still has its initial password. Set a password of your own at {0} first; then the portal opens."
		).format(SET_PASSWORD_ROUTE),
		exc=frappe.PermissionError,
		title=_("Set your own password"),
	)


def forget_own_password_when_staff_set_one(doc, method=None):
	"""doc_events User.before_validate: a student's password set by another user is an initial one again."""
	if doc.is_new() or not doc.new_password or doc.name == frappe.session.user:
		return
	if STUDENT in {row.role for row in doc.get("roles", [])}:
		doc.last_password_reset_date = None
