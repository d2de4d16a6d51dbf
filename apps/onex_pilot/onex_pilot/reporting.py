"""Small helpers shared by the pilot's script reports, number cards and charts.

Reports run one SQL query each. Where they list or count rows of a DocType with
row-level rules, they add the same conditions Frappe adds to a list view
(`permission_query_conditions` and user permissions), through `permitted_rows`."""

import frappe
from frappe import _
from frappe.desk.reportview import build_match_conditions
from frappe.utils import flt

from onex_pilot import roles

# Who works with the pilot's figures in the Desk: the roles of the 1+X Pilot workspace.
WORKSPACE_ROLES = (
	roles.PILOT_ADMINISTRATOR,
	roles.ASSESSMENT_OFFICER,
	roles.COMMITTEE_MEMBER,
	roles.DOMAIN_LEAD,
	roles.FINANCE_OFFICER,
)
# Who sees fees, payments and waivers in aggregate.
FINANCE_ROLES = (roles.PILOT_ADMINISTRATOR, roles.FINANCE_OFFICER)
NOTHING = "1 = 0"


def column(label: str, fieldname: str, fieldtype: str = "Data", options: str | None = None, width: int = 120):
	"""A report column; `label` is already translated."""
	return {
		"label": label,
		"fieldname": fieldname,
		"fieldtype": fieldtype,
		"options": options,
		"width": width,
	}


def permitted_rows(doctype: str, user: str | None = None) -> str:
	"""An SQL condition on `tab<doctype>` keeping the rows `user` may read, as a list view would:
	"" for every row, a condition matching nothing when the user may not read the DocType.

	Percent signs are doubled, so pass the result to `frappe.db.sql` together with values."""
	user = user or frappe.session.user
	if not frappe.has_permission(doctype, "read", user=user):
		return NOTHING
	return build_match_conditions(doctype, user=user) or ""


def and_permitted(doctype: str, user: str | None = None) -> str:
	"""`permitted_rows` as an `and …` clause to append to a where clause ("" for every row)."""
	condition = permitted_rows(doctype, user)
	return f" and ({condition})" if condition else ""


def percentage(part, whole) -> float | None:
	"""`part` ÷ `whole` as a percentage with two decimals; None when `whole` is 0."""
	if not whole:
		return None
	return flt(flt(part) * 100 / flt(whole), 2)


def pass_rate(passed, sat) -> float | None:
	"""Passed ÷ sat, as a percentage with two decimals; None when nobody sat."""
	return percentage(passed, sat)


def check_roles(allowed) -> None:
	"""Refuse a caller who holds none of `allowed`; Administrator and System Managers pass.

	(`frappe.only_for` lets everyone through during tests, so it cannot be tested.)"""
	user = frappe.session.user
	if user == "Administrator" or {*allowed, "System Manager"} & set(frappe.get_roles(user)):
		return
	frappe.throw(
		_("Only {0} may see these figures.").format(", ".join(_(role) for role in allowed)),
		frappe.PermissionError,
		title=_("Not permitted"),
	)
