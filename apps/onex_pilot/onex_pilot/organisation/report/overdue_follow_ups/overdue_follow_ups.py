"""Follow-up actions of committee meetings that are still open after their due date."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate, today

from onex_pilot.organisation.doctype.committee_meeting.committee_meeting import OPEN


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_of = getdate(filters.as_of or today())
	return columns(), rows(as_of, filters.committee)


def columns() -> list[dict]:
	return [
		{
			"label": _("Committee Meeting"),
			"fieldname": "meeting",
			"fieldtype": "Link",
			"options": "Committee Meeting",
			"width": 150,
		},
		{
			"label": _("Committee"),
			"fieldname": "committee",
			"fieldtype": "Link",
			"options": "Pilot Committee",
			"width": 180,
		},
		{"label": _("Meeting Date"), "fieldname": "meeting_date", "fieldtype": "Date", "width": 110},
		{"label": _("Action"), "fieldname": "action", "fieldtype": "Data", "width": 260},
		{
			"label": _("Responsible"),
			"fieldname": "responsible",
			"fieldtype": "Link",
			"options": "Contact",
			"width": 140,
		},
		{"label": _("Due Date"), "fieldname": "due_date", "fieldtype": "Date", "width": 110},
		{"label": _("Days Overdue"), "fieldname": "days_overdue", "fieldtype": "Int", "width": 110},
	]


def rows(as_of, committee=None) -> list[dict]:
	meeting = frappe.qb.DocType("Committee Meeting")
	follow_up = frappe.qb.DocType("Meeting Follow Up")
	query = (
		frappe.qb.from_(follow_up)
		.join(meeting)
		.on((meeting.name == follow_up.parent) & (follow_up.parenttype == "Committee Meeting"))
		.select(
			meeting.name.as_("meeting"),
			meeting.committee,
			meeting.meeting_date,
			follow_up.action,
			follow_up.responsible,
			follow_up.due_date,
		)
		.where(follow_up.status == OPEN)
		.where(follow_up.due_date < as_of)
		.orderby(follow_up.due_date)
	)
	if committee:
		query = query.where(meeting.committee == committee)
	data = query.run(as_dict=True)
	for row in data:
		row.days_overdue = date_diff(as_of, row.due_date)
	return data
