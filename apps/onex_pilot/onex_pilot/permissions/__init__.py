"""Who may see and change which rows.

One mechanism for every row-level rule: `permission_query_conditions` (what a
list, report or search returns) and `has_permission` (which may only deny), both
registered in hooks.py and keyed on records, never on typed lists of names:
the Domain Lead is the `domain_lead` of the Pilot Domain, the class teacher the
teacher of the School Class for the term, examiners those on the plan, the
student the `user` of the Pilot Student.

Role permissions themselves (which role may read, write, submit a DocType) are
in each DocType's JSON. The rules are kept by area: faculty, students, organisation,
assessment, and the side doors (attachments, counts) that must follow them; this
module holds what they share.
"""

import frappe

from onex_pilot import roles

# Roles that see every row their role permissions allow.
UNRESTRICTED_ROLES = frozenset({"System Manager", roles.PILOT_ADMINISTRATOR})


def user_roles(user: str | None = None) -> set[str]:
	return set(frappe.get_roles(user or frappe.session.user))


def sees_everything(user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user == "Administrator" or bool(UNRESTRICTED_ROLES & user_roles(user))


def has_any_role(user: str | None, *role_names: str) -> bool:
	return bool(set(role_names) & user_roles(user))


def sql_list(values) -> str:
	"""A safe SQL `IN (…)` list; `('')` when empty, which matches nothing."""
	values = list(values)
	if not values:
		return "('')"
	return "(" + ", ".join(frappe.db.escape(v) for v in values) + ")"


# Ptypes that only read.
READ_PTYPES = frozenset({"read", "select", "print", "email", "export", "report", "share"})


def any_of(conditions) -> str:
	"""OR of the given SQL conditions; a condition matching nothing when there are none."""
	conditions = [c for c in conditions if c]
	if not conditions:
		return "1 = 0"
	return "(" + " or ".join(f"({c})" for c in conditions) + ")"


def stored_value(doc, fieldname):
	"""The saved value of a field: a row may not be moved into or out of someone's reach."""
	if doc.is_new():
		return doc.get(fieldname)
	return frappe.db.get_value(doc.doctype, doc.name, fieldname)


def within(doc, fieldname: str, allowed) -> bool:
	allowed = set(allowed)
	return bool(allowed) and doc.get(fieldname) in allowed and stored_value(doc, fieldname) in allowed


def current_classes_of(user: str) -> list[str]:
	"""The School Classes whose class teacher `user` is in the current term."""
	from frappe.utils import today

	from onex_pilot.organisation.school_class import classes_taught_by

	if not has_any_role(user, roles.CLASS_TEACHER):
		return []
	return classes_taught_by(user, today())


def students_of_current_classes_sql(user: str) -> str:
	"""A subquery of the Pilot Students in the classes `user` teaches this term."""
	return (
		"(select `tabPilot Student`.`name` from `tabPilot Student`"
		f" where `tabPilot Student`.`school_class` in {sql_list(current_classes_of(user))})"
	)
