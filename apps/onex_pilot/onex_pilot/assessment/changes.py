"""Which fields of a document a save changes, compared by value rather than by type.

A document read from the database holds dates, times and numbers as Python objects,
one coming from a form or the REST API holds strings; both mean the same value."""

import frappe
from frappe.model import no_value_fields, table_fields
from frappe.utils import cint, cstr, flt, get_time, getdate

NUMERIC = ("Float", "Currency", "Percent")


def normalised(df, value):
	if df.fieldtype == "Date":
		return getdate(value) if value else None
	if df.fieldtype == "Time":
		return get_time(value) if value not in (None, "") else None
	if df.fieldtype in ("Int", "Check"):
		return cint(value)
	if df.fieldtype in NUMERIC:
		return flt(value, 9)
	return cstr(value)


def table_rows(doc, df) -> list[tuple]:
	child_meta = frappe.get_meta(df.options)
	# Fetched columns (a room's capacity, a trainer's name) follow their source, not the user.
	fields = [f for f in child_meta.fields if f.fieldtype not in no_value_fields and not f.fetch_from]
	return [tuple(normalised(f, row.get(f.fieldname)) for f in fields) for row in doc.get(df.fieldname) or []]


def changed_fields(doc, before, ignore=()) -> list[str]:
	"""The fieldnames whose value differs between `doc` and `before` (its saved version)."""
	if before is None:
		return []
	changed = []
	for df in doc.meta.fields:
		if df.fieldname in ignore or (df.fieldtype in no_value_fields and df.fieldtype not in table_fields):
			continue
		if df.fieldtype in table_fields:
			if table_rows(doc, df) != table_rows(before, df):
				changed.append(df.fieldname)
		elif normalised(df, doc.get(df.fieldname)) != normalised(df, before.get(df.fieldname)):
			changed.append(df.fieldname)
	return changed


def labels(doc, fieldnames) -> str:
	from frappe import _

	return ", ".join(_(doc.meta.get_label(f)) for f in fieldnames)
