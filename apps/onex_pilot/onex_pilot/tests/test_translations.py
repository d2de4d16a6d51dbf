"""Every user-visible name of our apps has a Chinese translation.

Walks the installed metadata of every module of our apps (installed apps named `onex_…`), so
a DocType, report, workspace or number card added later is covered without touching this test:
DocType names, field labels, Select options, report names, columns and filters, workspace
labels, links, shortcuts and cards, number cards and dashboard charts."""

import ast
import re
from pathlib import Path

import frappe
from frappe.modules import get_module_path, scrub
from frappe.tests.utils import FrappeTestCase
from frappe.translate import get_translations_from_apps

LANG = "zh"
APP_PREFIX = "onex_"
# Fields whose label is not shown as such.
UNLABELLED_TYPES = {"Column Break"}
# `label: __("…")` in a report's filters (JS).
JS_LABEL = re.compile(r"""\blabel\s*:\s*__\(\s*(["'])(.+?)\1\s*[,)]""")


def our_apps() -> list[str]:
	return [app for app in frappe.get_installed_apps() if app.startswith(APP_PREFIX)]


def our_modules() -> list[str]:
	return frappe.get_all("Module Def", filters={"app_name": ("in", our_apps())}, pluck="name")


def needs_translation(text) -> bool:
	"""Text with a letter in it: numbers and codes such as `1` or `2` read the same in Chinese."""
	return bool(text) and bool(re.search(r"[A-Za-z]", str(text)))


def doctype_strings(modules) -> list[tuple[str, str]]:
	found = []
	for doctype in frappe.get_all("DocType", filters={"module": ("in", modules)}, pluck="name"):
		meta = frappe.get_meta(doctype)
		found.append((f"DocType {doctype}", doctype))
		for df in meta.fields:
			where = f"{doctype}.{df.fieldname}"
			if df.label and df.fieldtype not in UNLABELLED_TYPES:
				found.append((f"label of {where}", df.label))
			if df.fieldtype == "Select" and df.fieldname != "naming_series":  # series are codes, not words
				found += [(f"option of {where}", option) for option in (df.options or "").split("\n")]
	return found


def report_labels_in_code(path: Path) -> tuple[list[str], list[str]]:
	"""(translated labels, untranslated literal labels) of the `"label": …` entries of a report's code."""
	translated, bare = [], []
	tree = ast.parse(path.read_text())
	for node in ast.walk(tree):
		if not isinstance(node, ast.Dict):
			continue
		for key, value in zip(node.keys, node.values, strict=True):
			if not (isinstance(key, ast.Constant) and key.value == "label"):
				continue
			if isinstance(value, ast.Constant) and isinstance(value.value, str):
				bare.append(value.value)
				continue
			for call in ast.walk(value):
				if (
					isinstance(call, ast.Call)
					and isinstance(call.func, ast.Name)
					and call.func.id == "_"
					and call.args
					and isinstance(call.args[0], ast.Constant)
				):
					translated.append(call.args[0].value)
	return translated, bare


def report_strings(modules) -> tuple[list[tuple[str, str]], list[str]]:
	found, untranslated_in_code = [], []
	reports = frappe.get_all(
		"Report", filters={"module": ("in", modules)}, fields=["name", "module", "report_type", "is_standard"]
	)
	for report in reports:
		found.append((f"Report {report.name}", report.name))
		doc = frappe.get_doc("Report", report.name)
		found += [(f"column of report {report.name}", column.label) for column in doc.columns if column.label]
		found += [(f"filter of report {report.name}", f.label) for f in doc.filters if f.label]
		if report.is_standard != "Yes":
			continue
		folder = Path(get_module_path(report.module)) / "report" / scrub(report.name)
		code = folder / f"{scrub(report.name)}.py"
		if code.exists():
			translated, bare = report_labels_in_code(code)
			found += [(f"column of report {report.name}", label) for label in translated]
			untranslated_in_code += [
				f"report {report.name}: label {label!r} is not wrapped in _()" for label in bare
			]
		script = folder / f"{scrub(report.name)}.js"
		if script.exists():
			found += [
				(f"filter of report {report.name}", m.group(2)) for m in JS_LABEL.finditer(script.read_text())
			]
	return found, untranslated_in_code


def workspace_strings(modules) -> list[tuple[str, str]]:
	found = []
	for name in frappe.get_all("Workspace", filters={"module": ("in", modules)}, pluck="name"):
		workspace = frappe.get_doc("Workspace", name)
		found.append((f"Workspace {name}", workspace.label or workspace.name))
		for table in ("links", "shortcuts", "number_cards", "charts", "quick_lists", "custom_blocks"):
			for row in workspace.get(table) or []:
				if row.get("label"):
					found.append((f"{table} of workspace {name}", row.label))
	for name in frappe.get_all("Number Card", filters={"module": ("in", modules)}, pluck="name"):
		found.append((f"Number Card {name}", frappe.db.get_value("Number Card", name, "label") or name))
	for name in frappe.get_all("Dashboard Chart", filters={"module": ("in", modules)}, pluck="name"):
		found.append((f"Dashboard Chart {name}", name))
	return found


class TestTranslations(FrappeTestCase):
	def test_our_apps_and_modules_are_found(self):
		self.assertIn("onex_pilot", our_apps())
		self.assertIn("Organisation", our_modules())

	def test_every_label_option_column_and_card_has_chinese(self):
		modules = our_modules()
		reports, untranslated_in_code = report_strings(modules)
		strings = doctype_strings(modules) + reports + workspace_strings(modules)
		self.assertGreater(len(strings), 100, "the walk found the metadata of our apps")

		translations = get_translations_from_apps(LANG)
		missing = sorted(
			{
				f"{where}: {text}"
				for where, text in strings
				if needs_translation(text) and not translations.get(text)
			}
		)
		problems = untranslated_in_code + missing
		self.assertFalse(problems, "\nNo Chinese for:\n" + "\n".join(problems))

	def test_a_missing_translation_would_be_reported(self):
		"""The check itself: an English string without a line in zh.csv is not in the dictionary."""
		translations = get_translations_from_apps(LANG)
		self.assertTrue(translations.get("Pilot Domain"))
		self.assertFalse(translations.get("Pilot Domain " + frappe.generate_hash(length=8)))
