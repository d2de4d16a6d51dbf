"""Who sees which trainers, teaching assignments and training sessions."""

import frappe

from onex_pilot import roles
from onex_pilot.permissions import (
	has_any_role,
	sees_everything,
)

# Faculty: trainers, teaching assignments and training sessions. Staff who oversee the
# pilot read every row; a Trainer or Examiner reads only what concerns themselves.
FACULTY_READERS = (roles.ASSESSMENT_OFFICER, roles.DOMAIN_LEAD, roles.COMMITTEE_MEMBER)


def sees_all_faculty(user: str) -> bool:
	return sees_everything(user) or has_any_role(user, *FACULTY_READERS)


def own_trainers_sql(user: str) -> str:
	"""A subquery of the Trainer records whose login is `user`."""
	return f"(select `name` from `tabTrainer` where `user` = {frappe.db.escape(user)})"


def trainer_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_all_faculty(user):
		return ""
	return f"`tabTrainer`.`user` = {frappe.db.escape(user)}"


def trainer_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_all_faculty(user) or doc.user == user:
		return None
	return False


def teaching_assignment_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_all_faculty(user):
		return ""
	return f"`tabTeaching Assignment`.`trainer` in {own_trainers_sql(user)}"


def teaching_assignment_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_all_faculty(user) or frappe.db.get_value("Trainer", doc.trainer, "user") == user:
		return None
	return False


def training_session_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_all_faculty(user):
		return ""
	return (
		"`tabTrainer Training Session`.`name` in (select `parent` from `tabTrainer Training Session Attendee`"
		f" where `parenttype` = 'Trainer Training Session' and `trainer` in {own_trainers_sql(user)})"
	)


def training_session_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_all_faculty(user):
		return None
	own = set(frappe.get_all("Trainer", filters={"user": user}, pluck="name"))
	if own and any(row.trainer in own for row in doc.get("attendees") or []):
		return None
	return False
