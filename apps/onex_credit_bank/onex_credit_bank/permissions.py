"""Who may see which rows of the credit bank, with the core's mechanism: `permission_query_conditions`
(what a list, report or search returns) and `has_permission` (which may only deny), registered in
hooks.py and keyed on records. Role permissions themselves are in each DocType's JSON.

Credit records, course results and other learning belong to a student: the Pilot Administrator and
the Credit Bank Officer see every row; a Class Teacher sees the rows of the students of the classes
they teach this term; a Student sees only their own (the student whose `user` they are)."""

import frappe
from onex_pilot.permissions import (
	current_classes_of,
	has_any_role,
	sees_everything,
	students_of_current_classes_sql,
)

from onex_credit_bank.roles import CREDIT_BANK_OFFICER


def sees_all_rows(user: str) -> bool:
	return sees_everything(user) or has_any_role(user, CREDIT_BANK_OFFICER)


def student_rows_condition(doctype: str, user: str | None) -> str:
	user = user or frappe.session.user
	if sees_all_rows(user):
		return ""
	column = f"`tab{doctype}`.`student`"
	own = f"{column} in (select `name` from `tabPilot Student` where `user` = {frappe.db.escape(user)})"
	if not current_classes_of(user):
		return own
	return f"({own} or {column} in {students_of_current_classes_sql(user)})"


def may_see_student_row(doc, user: str | None):
	"""None (let the role permissions decide) for the student's own rows and their class teacher; False otherwise."""
	user = user or frappe.session.user
	if sees_all_rows(user):
		return None
	if not doc.get("student"):
		return None if doc.is_new() else False
	student_user, school_class = frappe.db.get_value(
		"Pilot Student", doc.student, ["user", "school_class"]
	) or (
		None,
		None,
	)
	if student_user and student_user == user:
		return None
	if school_class and school_class in current_classes_of(user):
		return None
	return False


def credit_record_query_conditions(user: str | None = None) -> str:
	return student_rows_condition("Credit Record", user)


def credit_record_has_permission(doc, ptype=None, user=None):
	return may_see_student_row(doc, user)


def course_result_query_conditions(user: str | None = None) -> str:
	return student_rows_condition("Course Result", user)


def course_result_has_permission(doc, ptype=None, user=None):
	return may_see_student_row(doc, user)


def other_learning_query_conditions(user: str | None = None) -> str:
	return student_rows_condition("Other Learning", user)


def other_learning_has_permission(doc, ptype=None, user=None):
	return may_see_student_row(doc, user)
