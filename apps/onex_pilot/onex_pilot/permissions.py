"""Who may see and change which rows.

One mechanism for every row-level rule: `permission_query_conditions` (what a
list, report or search returns) and `has_permission` (which may only deny), both
registered in hooks.py and keyed on records, never on typed lists of names:
the Domain Lead is the `domain_lead` of the Pilot Domain, the class teacher the
teacher of the School Class for the term, examiners those on the plan, the
student the `user` of the Pilot Student.

Role permissions themselves (which role may read, write, submit a DocType) are
in each DocType's JSON.
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
