"""The Pilot Student behind a login: students act as themselves, taken from the session."""

import frappe
from frappe import _

from onex_pilot.assessment.exceptions import NotAStudentError


def student_of(user: str | None) -> str | None:
	"""The Pilot Student whose portal login is `user`, or None."""
	if not user or user == "Guest":
		return None
	return frappe.db.get_value("Pilot Student", {"user": user}, "name")


def session_student() -> str:
	"""The Pilot Student of the logged-in user; refuses anyone who is not a student."""
	student = student_of(frappe.session.user)
	if student:
		return student
	frappe.throw(
		_("Only a student can do this, and your login {0} belongs to no Pilot Student.").format(
			frappe.bold(frappe.session.user)
		),
		exc=NotAStudentError,
		title=_("Not a student"),
	)
