"""A student's credits by academic year and source, one row per credit under a row per year that
totals it, and a last row with the totals over all years; every total is net of reversals."""

import frappe
from frappe import _

from onex_credit_bank.credit_bank.transcript import transcript
from onex_credit_bank.permissions import sees_all_rows


def check_may_read(student: str):
	"""Those who see every credit (the Credit Bank Officer among them, who may not read student
	records) read any transcript; others only that of a student they may read."""
	if sees_all_rows(frappe.session.user):
		return
	frappe.has_permission("Pilot Student", doc=student, throw=True)


@frappe.whitelist()
def search_students(txt: str = "", **kwargs) -> list[dict]:
	"""The Student filter's choices: students with credits the user may read, matching `txt` in
	the student number or name. The Credit Bank Officer may not read student records, so the
	choices come from the Credit Records (and their row rules), not from Pilot Student."""
	txt = f"%{(txt or '').strip()}%"
	rows = frappe.get_list(
		"Credit Record",
		fields=["student", "student_name"],
		or_filters=[["student", "like", txt], ["student_name", "like", txt]],
		group_by="student, student_name",
		order_by="student asc",
		limit_page_length=20,
	)
	return [
		{"value": row.student, "label": f"{row.student} {row.student_name or ''}".strip()} for row in rows
	]


def execute(filters=None):
	filters = frappe._dict(filters or {})
	if not filters.student:
		return columns(), []
	check_may_read(filters.student)

	result = transcript(filters.student, filters.academic_year)
	return columns(), rows(result), None, chart(result)


def rows(result) -> list[dict]:
	data = []
	for year in result.years:
		data.append(total_row(year.academic_year, year))
		for entry in year.entries:
			data.append(
				{
					"indent": 1,
					"academic_year": year.academic_year,
					"credit_date": entry.credit_date,
					"source_type": _(entry.source_type),
					"source_doctype": entry.source_type,
					"source": entry.source,
					"description": entry.description,
					"level": _(entry.level) if entry.level else None,
					"school_course": entry.school_course,
					"course_name": entry.course_name,
					"counts_as": _(entry.counts_as) if entry.counts_as else None,
					"credits": entry.credits,
					"reversed": entry.reversed,
					"reversed_on": entry.reversed_on,
					"net": entry.net,
				}
			)
	if result.years:
		data.append(total_row(_("Total"), result))
	return data


def total_row(label: str, totals) -> dict:
	return {
		"indent": 0,
		"academic_year": label,
		"credits": totals.credits,
		"reversed": totals.reversed,
		"net": totals.net,
		"bold": 1,
	}


def chart(result) -> dict | None:
	if not result.years:
		return None
	return {
		"type": "bar",
		"data": {
			"labels": [year.academic_year for year in result.years],
			"datasets": [{"name": _("Net Credits"), "values": [year.net for year in result.years]}],
		},
	}


def columns() -> list[dict]:
	return [
		{"label": _("Academic Year"), "fieldname": "academic_year", "fieldtype": "Data", "width": 130},
		{"label": _("Date"), "fieldname": "credit_date", "fieldtype": "Date", "width": 100},
		{"label": _("Source Type"), "fieldname": "source_type", "fieldtype": "Data", "width": 130},
		{
			"label": _("Source"),
			"fieldname": "source",
			"fieldtype": "Dynamic Link",
			"options": "source_doctype",
			"width": 150,
		},
		{"label": _("Description"), "fieldname": "description", "fieldtype": "Data", "width": 180},
		{"label": _("Level"), "fieldname": "level", "fieldtype": "Data", "width": 80},
		{
			"label": _("School Course"),
			"fieldname": "school_course",
			"fieldtype": "Link",
			"options": "School Course",
			"width": 110,
		},
		{"label": _("Course Name"), "fieldname": "course_name", "fieldtype": "Data", "width": 160},
		{"label": _("Counts As"), "fieldname": "counts_as", "fieldtype": "Data", "width": 110},
		{"label": _("Credits"), "fieldname": "credits", "fieldtype": "Float", "width": 80},
		{"label": _("Reversed"), "fieldname": "reversed", "fieldtype": "Float", "width": 80},
		{"label": _("Reversed On"), "fieldname": "reversed_on", "fieldtype": "Date", "width": 100},
		{"label": _("Net Credits"), "fieldname": "net", "fieldtype": "Float", "width": 90},
	]
