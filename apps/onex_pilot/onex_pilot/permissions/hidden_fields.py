"""Fields above a reader's permission level are not a query oracle either.

Frappe v15 drops such fields from what a list returns, but still applies them in filters,
sorting and grouping: a Domain Lead who may not see a registration's payment status could
count the registrations `payment_status = Waived` and learn it anyway. Every list, count,
group-by and export a client asks for names its DocType and those fields in the request, so
the request is checked once, as soon as its user is known (an auth hook runs after cookie,
token and OAuth logins alike), and refused with 403 when it names a field its user cannot read.

Only DocTypes of our apps (onex_*) are checked; Frappe's own keep Frappe's behaviour.
"""

import json
import re
from urllib.parse import unquote

import frappe
from frappe import _

# Request arguments that hold filters: lists of [fieldname, op, value] or
# [doctype, fieldname, op, value], or a dict keyed by fieldname.
FILTER_ARGS = ("filters", "or_filters", "current_filters")
# Request arguments that hold SQL-ish text or a fieldname: sorting, grouping, aggregation.
TEXT_ARGS = ("order_by", "sort_by", "group_by", "field", "aggregate_on_field", "searchfield")
# Request arguments that hold a list of fieldnames to count by (the list sidebar).
NAME_LIST_ARGS = ("stats",)

RESOURCE_PATH = re.compile(r"^/api/(?:v1/|v2/)?(?:resource|document)/([^/]+)/?$")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def refuse_queries_on_hidden_fields():
	"""auth hook: 403 for a request that filters, sorts or groups by a field hidden from its user."""
	request = getattr(frappe.local, "request", None)
	if request is None or frappe.session.user == "Administrator":
		return
	form = frappe.local.form_dict or {}
	if not any(form.get(arg) for arg in FILTER_ARGS + TEXT_ARGS + NAME_LIST_ARGS):
		return
	doctype = form.get("doctype") or doctype_of_path(request.path)
	if not isinstance(doctype, str) or not doctype:
		return
	for named_doctype, fieldname in names_in_request(doctype, form):
		hidden = hidden_fields(named_doctype)
		if fieldname in hidden:
			frappe.throw(
				_("You cannot filter, sort or group {0} by {1}: that field is hidden from your role.").format(
					_(named_doctype), _(hidden[fieldname])
				),
				frappe.PermissionError,
				title=_("Not permitted"),
			)


def doctype_of_path(path: str) -> str | None:
	match = RESOURCE_PATH.match(path or "")
	return unquote(match.group(1)) if match else None


def names_in_request(doctype: str, form) -> list[tuple[str, str]]:
	"""(doctype, fieldname) pairs a request names in its filters, sorting and grouping."""
	names = []
	for arg in FILTER_ARGS:
		names += names_in_filters(doctype, parsed(form.get(arg)))
	for arg in TEXT_ARGS:
		value = form.get(arg)
		if isinstance(value, str):
			names += [(doctype, word) for word in IDENTIFIER.findall(value)]
	for arg in NAME_LIST_ARGS:
		value = parsed(form.get(arg))
		if isinstance(value, list):
			names += [(doctype, name) for name in value if isinstance(name, str)]
	return names


def names_in_filters(doctype: str, filters) -> list[tuple[str, str]]:
	if isinstance(filters, dict):
		return [(doctype, column(key)) for key in filters if isinstance(key, str)]
	if not isinstance(filters, list):
		return []
	names = []
	for condition in filters:
		if isinstance(condition, dict):
			names += names_in_filters(doctype, condition)
		elif isinstance(condition, (list, tuple)) and condition:
			if len(condition) >= 4 and isinstance(condition[0], str) and isinstance(condition[1], str):
				names.append((condition[0], column(condition[1])))
			elif isinstance(condition[0], str):
				names.append((doctype, column(condition[0])))
	return names


def column(name: str) -> str:
	"""`tabX`.`field` or tabX.field → field."""
	return name.rsplit(".", 1)[-1].strip("`\" ")


def parsed(value):
	if isinstance(value, str):
		try:
			return json.loads(value)
		except ValueError:
			return None  # a record name (frappe.client.get_value) or not a filter at all
	return value


def hidden_fields(doctype: str) -> dict[str, str]:
	"""Fieldname → label of the fields of one of our DocTypes its user may not read."""
	if not ours(doctype):
		return {}
	meta = frappe.get_meta(doctype)
	readable_levels = set(meta.get_permlevel_access("read")) | {0}
	return {
		field.fieldname: field.label or field.fieldname
		for field in meta.fields
		if field.permlevel and field.permlevel not in readable_levels
	}


def ours(doctype: str) -> bool:
	module = frappe.db.get_value("DocType", doctype, "module", cache=True)
	if not module:
		return False
	app = frappe.db.get_value("Module Def", module, "app_name", cache=True)
	return bool(app and app.startswith("onex_"))
