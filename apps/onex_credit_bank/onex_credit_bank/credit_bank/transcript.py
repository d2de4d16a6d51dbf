"""A student's credits by academic year and source, with totals net of reversals: the data of the
Student Transcript report and of the portal page "my credits".

Reads through `frappe.get_list`, so a user sees only the credits their permissions allow."""

import frappe
from frappe.utils import flt

from onex_credit_bank.credit_bank import ledger


def transcript(student: str, academic_year: str | None = None) -> frappe._dict:
	"""{years: [{academic_year, entries, credits, reversed, net}], credits, reversed, net}.

	Each entry is a Credit with what it is for (description, course, counts as) and, when it was
	reversed, the credits and date of its reversal; `net` is what still counts."""
	entries = credit_entries(student, academic_year)
	add_reversals(entries)
	describe(entries)

	years = {}
	for entry in entries:
		year = years.setdefault(
			entry.academic_year, frappe._dict(academic_year=entry.academic_year, entries=[])
		)
		year.entries.append(entry)
	result = frappe._dict(years=[sum_up(year, year.entries) for year in years.values()])
	return sum_up(result, entries)


def credit_entries(student: str, academic_year: str | None) -> list[frappe._dict]:
	filters = {"student": student, "entry_type": ledger.CREDIT, "docstatus": 1}
	if academic_year:
		filters["academic_year"] = academic_year
	return frappe.get_list(
		"Credit Record",
		filters=filters,
		fields=[
			"name",
			"academic_year",
			"credit_date",
			"source_type",
			"source",
			"course_certificate_mapping",
			"school_course",
			"course_name",
			"credits",
		],
		order_by="academic_year asc, credit_date asc, name asc",
		limit_page_length=0,
	)


def add_reversals(entries):
	if not entries:
		return
	reversals = frappe.get_list(
		"Credit Record",
		filters={
			"entry_type": ledger.REVERSAL,
			"docstatus": 1,
			"reverses": ("in", [entry.name for entry in entries]),
		},
		fields=["reverses", "credits", "credit_date"],
		limit_page_length=0,
	)
	by_credit = {row.reverses: row for row in reversals}
	for entry in entries:
		reversal = by_credit.get(entry.name)
		entry.reversed = flt(reversal.credits) if reversal else 0
		entry.reversed_on = reversal.credit_date if reversal else None
		entry.net = flt(entry.credits) - entry.reversed


def describe(entries):
	"""What each credit is for: the certificate and level, the course result's course, the learning's title;
	and for certificates whether they replace the course exam or add credit. One query per source type."""
	certificates = names_of(entries, ledger.CERTIFICATE)
	learnings = names_of(entries, ledger.OTHER_LEARNING)
	mappings = {entry.course_certificate_mapping for entry in entries if entry.course_certificate_mapping}

	certificate_rows = lookup(ledger.CERTIFICATE, certificates, ["certificate_name", "level"])
	learning_rows = lookup(ledger.OTHER_LEARNING, learnings, ["learning_title"])
	mapping_rows = lookup("Course Certificate Mapping", mappings, ["mapping_type"])

	for entry in entries:
		entry.level = None
		entry.counts_as = None
		if entry.source_type == ledger.CERTIFICATE:
			row = certificate_rows.get(entry.source) or frappe._dict()
			entry.description = row.certificate_name
			entry.level = row.level
			entry.counts_as = (
				mapping_rows.get(entry.course_certificate_mapping) or frappe._dict()
			).mapping_type
		elif entry.source_type == ledger.OTHER_LEARNING:
			entry.description = (learning_rows.get(entry.source) or frappe._dict()).learning_title
		else:
			entry.description = entry.course_name


def names_of(entries, source_type: str) -> set[str]:
	return {entry.source for entry in entries if entry.source_type == source_type}


def lookup(doctype: str, names, fields: list[str]) -> dict:
	"""Descriptions of records the reader reached through their own credits (hence get_all)."""
	if not names:
		return {}
	rows = frappe.get_all(doctype, filters={"name": ("in", list(names))}, fields=["name", *fields])
	return {row.name: row for row in rows}


def sum_up(target: frappe._dict, entries) -> frappe._dict:
	target.credits = sum(flt(entry.credits) for entry in entries)
	target.reversed = sum(entry.reversed for entry in entries)
	target.net = target.credits - target.reversed
	return target


def student_of_session() -> frappe._dict | None:
	"""The Pilot Student whose portal login is the current session's user, or None."""
	if frappe.session.user == "Guest":
		return None
	return frappe.db.get_value(
		"Pilot Student", {"user": frappe.session.user}, ["name", "student_name"], as_dict=True
	)
