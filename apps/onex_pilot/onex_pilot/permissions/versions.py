"""Version history must not tell what a field's permission level hides.

Frappe v15 hands a document's recent Versions to anyone who may read the document (the
timeline's docinfo), with no regard to field permission levels: a Domain Lead opening a
registration would read the change of its payment status to Waived. Our DocTypes keep the
changes of such fields out of their Versions; the records themselves stay the truth."""

import json

import frappe

# Version keys whose entries name a field: [fieldname, old, new] ...
CHANGED = "changed"
# ... [table fieldname, row index, row name, [[fieldname, old, new], ...]] ...
ROW_CHANGED = "row_changed"
# ... and [table fieldname, row as a dict].
ROW_LISTS = ("added", "removed")


def drop_hidden_fields(version, method=None):
	"""doc_events: Version before_insert."""
	if not is_ours(version.ref_doctype) or not version.data:
		return
	data = json.loads(version.data)
	meta = frappe.get_meta(version.ref_doctype)
	hidden = hidden_fieldnames(meta)
	if not hidden and not any(hidden_fieldnames(frappe.get_meta(t.options)) for t in meta.get_table_fields()):
		return

	data[CHANGED] = [row for row in data.get(CHANGED, []) if row[0] not in hidden]
	data[ROW_CHANGED] = [keep_visible_cells(meta, row) for row in data.get(ROW_CHANGED, [])]
	for key in ROW_LISTS:
		data[key] = [strip_row(meta, table, row) for table, row in data.get(key, [])]
	version.data = frappe.as_json(data)


def is_ours(doctype: str | None) -> bool:
	if not doctype:
		return False
	module = frappe.db.get_value("DocType", doctype, "module", cache=True)
	return bool(module) and frappe.db.get_value("Module Def", module, "app_name", cache=True) in ours()


def ours() -> set[str]:
	return {app for app in frappe.get_installed_apps() if app.startswith("onex_")}


def hidden_fieldnames(meta) -> set[str]:
	return {df.fieldname for df in meta.fields if (df.permlevel or 0) > 0}


def table_meta(meta, table_fieldname: str):
	df = meta.get_field(table_fieldname)
	return frappe.get_meta(df.options) if df and df.options else None


def keep_visible_cells(meta, row):
	table, idx, name, cells = row
	child = table_meta(meta, table)
	hidden = hidden_fieldnames(child) if child else set()
	return [table, idx, name, [cell for cell in cells if cell[0] not in hidden]]


def strip_row(meta, table: str, row: dict):
	child = table_meta(meta, table)
	hidden = hidden_fieldnames(child) if child else set()
	return [table, {key: value for key, value in row.items() if key not in hidden}]
