"""Attachments and counts, which must follow the row rules of every other module."""

import frappe

from onex_pilot.permissions import sees_everything

# Side doors to the rows above. Frappe lists every private file attached to a DocType the user
# may read at all, whatever the row; its `frappe.client.get_count` counts any DocType with any
# filter for any logged-in user (so `id_number like '1101%'` would tell a student's ID number digit
# by digit). Attachments follow the row rules of their record, and counting goes through the
# permission-checked list (hooks.py overrides the method).
def row_rule_doctypes() -> list[str]:
	"""The DocTypes of our apps (onex_*) whose rows differ by user."""
	doctypes = []
	for app in frappe.get_installed_apps():
		if app.startswith("onex_"):
			hooks = frappe.get_hooks("permission_query_conditions", {}, app_name=app)
			doctypes += [doctype for doctype in hooks if doctype not in ("File", "*")]
	return doctypes


def file_query_conditions(user: str | None = None) -> str:
	from frappe.model.db_query import DatabaseQuery

	user = user or frappe.session.user
	if sees_everything(user):
		return ""
	conditions = []
	for doctype in row_rule_doctypes():
		rows = DatabaseQuery(doctype, user=user).get_permission_query_conditions()
		if rows:
			conditions.append(
				f"(ifnull(`tabFile`.`attached_to_doctype`, '') != {frappe.db.escape(doctype)}"
				f" or `tabFile`.`attached_to_name` in (select `name` from `tab{doctype}` where {rows}))"
			)
	return " and ".join(conditions)


@frappe.whitelist()
def get_count(doctype: str, filters=None, debug=False, cache=False) -> int:
	"""`frappe.client.get_count`, counting only the rows the user may read (`debug` and `cache` are ignored)."""
	from frappe.utils import get_safe_filters

	frappe.get_meta(doctype)  # an unknown DocType is refused before its name reaches the query
	rows = frappe.get_list(
		doctype,
		filters=get_safe_filters(filters),
		fields=[f"count(distinct `tab{doctype}`.`name`) as total"],
		limit_page_length=0,
	)
	return rows[0].total if rows else 0
