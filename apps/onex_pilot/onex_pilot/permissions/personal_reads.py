"""Every list that returns full ID or phone numbers is written to the Access Log, as a read of one
record is (Student Personal Data logs those itself, and Frappe logs data exports).

A list, the Desk's report view, `frappe.client.get_list` or `get_value` names the fields it wants
in the request, so the request is logged once, as soon as its user is known (an auth hook), with
its filters: who asked for which students' numbers, and when."""

import frappe
from frappe.core.doctype.access_log.access_log import make_access_log

from onex_pilot.permissions.hidden_fields import doctype_of_path

PERSONAL_DATA = "Student Personal Data"
FULL_FIELDS = ("id_number", "phone")
# Request arguments that name the fields a list returns.
FIELD_ARGS = ("fields", "fieldname")
# Frappe logs these itself.
SELF_LOGGING = ("frappe.desk.reportview.export_query",)


def log_lists_of_personal_data():
	"""auth hook: an Access Log entry (method "List") for a request that lists full numbers."""
	request = getattr(frappe.local, "request", None)
	if request is None or frappe.session.user == "Guest":
		return
	form = frappe.local.form_dict or {}
	if form.get("name") or request.path.rsplit("/", 1)[-1] in SELF_LOGGING:
		return  # one record (it logs itself), or an export
	if (form.get("doctype") or doctype_of_path(request.path)) != PERSONAL_DATA:
		return
	if not asks_for_full_numbers(form) or not reads_full_numbers():
		return
	make_access_log(doctype=PERSONAL_DATA, method="List", filters=frappe.as_json(form.get("filters")))


def reads_full_numbers(user: str | None = None) -> bool:
	"""The ID number and phone are at permission level 1: the Finance Officer reads the record
	for poverty status and evidence, without them."""
	return frappe.has_permission(PERSONAL_DATA, "read", user=user) and 1 in frappe.get_meta(
		PERSONAL_DATA
	).get_permlevel_access("read", user=user)


def asks_for_full_numbers(form) -> bool:
	named = " ".join(str(form.get(arg) or "") for arg in FIELD_ARGS)
	return "*" in named or any(fieldname in named for fieldname in FULL_FIELDS)
