"""Milestone Progress: the pilot's schedule (Pilot Milestones) with status and overdue flags,
followed by the open follow-up actions of committee meetings, in one list by due date.

Overdue means still Open after the due date. Follow-up actions are listed for users who may
read Committee Meetings; rows of both follow the DocTypes' row-level rules."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate, today

from onex_pilot.reporting import NOTHING, column, permitted_rows

MILESTONE, FOLLOW_UP = "Milestone", "Follow-up Action"
# What the Show filter lists: both by default.
MILESTONES, FOLLOW_UPS = "Milestones", "Follow-up Actions"
OPEN = "Open"
MILESTONE_FILTERS = {
	"from_date": "`tabPilot Milestone`.`due_date` >= %(from_date)s",
	"to_date": "`tabPilot Milestone`.`due_date` <= %(to_date)s",
	"status": "`tabPilot Milestone`.`status` = %(status)s",
}
FOLLOW_UP_FILTERS = {
	"from_date": "follow_up.`due_date` >= %(from_date)s",
	"to_date": "follow_up.`due_date` <= %(to_date)s",
	"committee": "`tabCommittee Meeting`.`committee` = %(committee)s",
}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	data = query(filters)
	on = getdate(today())
	for row in data:
		row.overdue = int(row.status == OPEN and bool(row.due_date) and getdate(row.due_date) < on)
		row.days_overdue = date_diff(on, row.due_date) if row.overdue else 0
		row.type = _(row.kind)
		row.status = _(row.status)
	if filters.overdue_only:
		data = [row for row in data if row.overdue]
	return get_columns(), data, None, None, get_summary(data)


def conditions(filter_map: dict, filters) -> str:
	return "".join(f" and {filter_map[key]}" for key in filter_map if filters.get(key))


def milestone_branch(filters) -> str | None:
	permitted = permitted_rows("Pilot Milestone")
	if filters.committee or filters.show == FOLLOW_UPS or permitted == NOTHING:
		return None
	return f"""
		select
			%(milestone)s as kind,
			%(milestone_doctype)s as reference_doctype,
			`tabPilot Milestone`.`name` as reference,
			`tabPilot Milestone`.`period` as period,
			null as committee,
			`tabPilot Milestone`.`description` as description,
			`tabPilot Milestone`.`owner_contact` as responsible,
			`tabPilot Milestone`.`owner_name` as responsible_name,
			`tabPilot Milestone`.`due_date` as due_date,
			`tabPilot Milestone`.`status` as status,
			`tabPilot Milestone`.`completed_on` as completed_on
		from `tabPilot Milestone`
		where `tabPilot Milestone`.`docstatus` < 2
			{conditions(MILESTONE_FILTERS, filters)}
			{f"and ({permitted})" if permitted else ""}
	"""


def follow_up_branch(filters) -> str | None:
	permitted = permitted_rows("Committee Meeting")
	if filters.show == MILESTONES or filters.status not in (None, "", OPEN) or permitted == NOTHING:
		return None
	return f"""
		select
			%(follow_up)s as kind,
			%(meeting_doctype)s as reference_doctype,
			`tabCommittee Meeting`.`name` as reference,
			null as period,
			`tabCommittee Meeting`.`committee` as committee,
			follow_up.`action` as description,
			follow_up.`responsible` as responsible,
			follow_up.`responsible_name` as responsible_name,
			follow_up.`due_date` as due_date,
			follow_up.`status` as status,
			null as completed_on
		from `tabMeeting Follow Up` follow_up
		join `tabCommittee Meeting`
			on `tabCommittee Meeting`.`name` = follow_up.`parent`
			and follow_up.`parenttype` = %(meeting_doctype)s
		where follow_up.`status` = %(open)s
			{conditions(FOLLOW_UP_FILTERS, filters)}
			{f"and ({permitted})" if permitted else ""}
	"""


def query(filters) -> list[dict]:
	"""Milestones and open follow-up actions, by due date; one query."""
	branches = [b for b in (milestone_branch(filters), follow_up_branch(filters)) if b]
	if not branches:
		return []
	return frappe.db.sql(
		f"""
		select * from ({" union all ".join(branches)}) schedule
		order by due_date is null, due_date, kind desc, reference
		""",
		{
			**filters,
			"milestone": MILESTONE,
			"follow_up": FOLLOW_UP,
			"open": OPEN,
			"milestone_doctype": "Pilot Milestone",
			"meeting_doctype": "Committee Meeting",
		},
		as_dict=True,
	)


def get_summary(data) -> list[dict]:
	milestones = [row for row in data if row.kind == MILESTONE]
	follow_ups = [row for row in data if row.kind == FOLLOW_UP]
	return [
		{"label": _("Milestones"), "value": len(milestones), "datatype": "Int"},
		{
			"label": _("Overdue Milestones"),
			"value": sum(row.overdue for row in milestones),
			"datatype": "Int",
			"indicator": "Red" if any(row.overdue for row in milestones) else "Green",
		},
		{"label": _("Open Follow-up Actions"), "value": len(follow_ups), "datatype": "Int"},
		{
			"label": _("Overdue Follow-up Actions"),
			"value": sum(row.overdue for row in follow_ups),
			"datatype": "Int",
			"indicator": "Red" if any(row.overdue for row in follow_ups) else "Green",
		},
	]


def get_columns() -> list[dict]:
	return [
		column(_("Type"), "type", "Data", None, 110),
		column(_("Source Record"), "reference", "Dynamic Link", "reference_doctype", 140),
		column(_("Milestone Period"), "period", "Data", None, 80),
		column(_("Committee"), "committee", "Link", "Pilot Committee", 150),
		column(_("Description"), "description", "Data", None, 260),
		column(_("Responsible"), "responsible", "Link", "Contact", 120),
		column(_("Responsible Name"), "responsible_name", "Data", None, 110),
		column(_("Due Date"), "due_date", "Date", None, 100),
		column(_("Status"), "status", "Data", None, 80),
		column(_("Completed On"), "completed_on", "Date", None, 100),
		column(_("Overdue"), "overdue", "Check", None, 80),
		column(_("Days Overdue"), "days_overdue", "Int", None, 100),
	]
