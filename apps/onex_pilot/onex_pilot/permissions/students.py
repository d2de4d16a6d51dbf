"""Who sees which students and their personal data."""

import frappe

from onex_pilot import roles
from onex_pilot.permissions import (
	current_classes_of,
	has_any_role,
	sees_everything,
	sql_list,
	students_of_current_classes_sql,
)

# Students and their personal data. Staff read every student; a Class Teacher (with no
# wider role) reads the students of the classes they teach this term; a student reads
# only their own record. Personal data is for the Pilot Administrator, the Finance
# Officer and the student's current class teacher alone: the DocType grants no other
# role anything, and these rules narrow the class teacher to their own classes. The
# Finance Officer needs poverty status and evidence for waivers, not the ID number,
# date of birth or phone: those are at permission level 1, which the Finance Officer lacks.
STUDENT_READERS = (
	roles.ASSESSMENT_OFFICER,
	roles.COMMITTEE_MEMBER,
	roles.DOMAIN_LEAD,
	roles.TRAINER,
	roles.EXAMINER,
	roles.FINANCE_OFFICER,
)
PERSONAL_DATA_READERS = (roles.FINANCE_OFFICER,)


def student_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, *STUDENT_READERS):
		return ""
	own = f"`tabPilot Student`.`user` = {frappe.db.escape(user)}"
	classes = current_classes_of(user)
	if not classes:
		return own
	return f"({own} or `tabPilot Student`.`school_class` in {sql_list(classes)})"


def student_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, *STUDENT_READERS):
		return None
	if doc.user and doc.user == user:
		return None
	if doc.school_class and doc.school_class in current_classes_of(user):
		return None
	return False


def personal_data_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, *PERSONAL_DATA_READERS):
		return ""
	return f"`tabStudent Personal Data`.`student` in {students_of_current_classes_sql(user)}"


def personal_data_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, *PERSONAL_DATA_READERS):
		return None
	school_class = frappe.db.get_value("Pilot Student", doc.student, "school_class") if doc.student else None
	if school_class and school_class in current_classes_of(user):
		return None
	return False
