"""Exam Site Utilisation: per exam site and room, the sessions held, the seats offered and
used, and per site the accreditations that expire within the next 90 days.

A session is a plan that was held (Held, Results in Publicity or Results Final) in a room.
Seats offered are the room's capacity for each session; seats used are the candidates present
(registered and not absent), seated in the plan's rooms in the order the plan lists them, each
room filled before the next. A site's row adds up its rooms."""

from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import add_days, cint, getdate, today

from onex_pilot.assessment.results import ABSENT
from onex_pilot.assessment.workflow_names import HELD, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.reporting import and_permitted, column, percentage

HELD_STATES = (HELD, RESULTS_IN_PUBLICITY, RESULTS_FINAL)
EXPIRY_DAYS = 90
PLAN_FILTERS = {
	"from_date": "`tabSkill Assessment Plan`.`exam_date` >= %(from_date)s",
	"to_date": "`tabSkill Assessment Plan`.`exam_date` <= %(to_date)s",
}
SITE_FILTERS = {"exam_site": "site.`name` = %(exam_site)s"}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = query(filters)
	return get_columns(), build_tree(rows, seats_used_by_room(rows))


def query(filters) -> list[dict]:
	"""One row per room and session (a room without sessions: one row, plan None)."""
	plan_where = "".join(f" and {PLAN_FILTERS[k]}" for k in PLAN_FILTERS if filters.get(k))
	site_where = "".join(f" and {SITE_FILTERS[k]}" for k in SITE_FILTERS if filters.get(k))
	return frappe.db.sql(
		f"""
		select
			site.`name` as exam_site,
			room.`name` as exam_room,
			room.`room_name` as room_name,
			`tabSkill Assessment Plan`.`name` as plan,
			plan_room.`idx` as room_idx,
			coalesce(plan_room.`room_capacity`, room.`capacity`, 0) as seats_offered,
			coalesce(attendance.`present`, 0) as present,
			coalesce(accreditation.`expiring`, 0) as accreditations_expiring,
			accreditation.`next_expiry` as next_expiry
		from `tabExam Site` site
		left join `tabExam Room` room on room.`exam_site` = site.`name`
		left join (
			`tabSkill Assessment Plan Room` plan_room
			join `tabSkill Assessment Plan`
				on `tabSkill Assessment Plan`.`name` = plan_room.`parent`
				and plan_room.`parenttype` = 'Skill Assessment Plan'
				and `tabSkill Assessment Plan`.`workflow_state` in %(held_states)s
				{plan_where}
				{and_permitted("Skill Assessment Plan")}
		) on plan_room.`exam_room` = room.`name`
		left join (
			select registration.`plan` as plan, count(*) - count(absence.`name`) as present
			from `tabSkill Assessment Registration` registration
			left join `tabSkill Assessment Result` absence
				on absence.`registration` = registration.`name`
				and absence.`docstatus` < 2
				and absence.`outcome` = %(absent)s
			where registration.`status` = %(registered)s
			group by registration.`plan`
		) attendance on attendance.`plan` = `tabSkill Assessment Plan`.`name`
		left join (
			select `parent`, count(*) as expiring, min(`valid_to`) as next_expiry
			from `tabExam Site Accreditation`
			where `parenttype` = 'Exam Site' and `valid_to` between %(today)s and %(horizon)s
			group by `parent`
		) accreditation on accreditation.`parent` = site.`name`
		where (site.`disabled` = 0 or `tabSkill Assessment Plan`.`name` is not null)
			{site_where}
		order by site.`name`, room.`room_name`, plan_room.`idx`
		""",
		{
			**filters,
			"held_states": HELD_STATES,
			"absent": ABSENT,
			"registered": "Registered",
			"today": getdate(today()),
			"horizon": getdate(add_days(today(), EXPIRY_DAYS)),
		},
		as_dict=True,
	)


def seats_used_by_room(rows) -> dict:
	"""{(plan, room): seats used}: each plan's candidates present fill its rooms in order."""
	sessions = defaultdict(list)
	for row in rows:
		if row.plan:
			sessions[row.plan].append(row)
	used = {}
	for plan, rooms in sessions.items():
		rooms.sort(key=lambda r: cint(r.room_idx))
		left = cint(rooms[0].present)
		for i, room in enumerate(rooms):
			seated = left if i == len(rooms) - 1 else min(left, cint(room.seats_offered))
			used[(plan, room.exam_room)] = seated
			left -= seated
	return used


def build_tree(rows, used) -> list[dict]:
	"""A row per site (indent 0) followed by a row per room (indent 1)."""
	sites, rooms, site_plans = {}, {}, defaultdict(set)
	for row in rows:
		site = sites.setdefault(row.exam_site, new_node(row.exam_site, None, 0))
		site.accreditations_expiring = row.accreditations_expiring
		site.next_expiry = row.next_expiry
		if not row.exam_room:
			continue
		room = rooms.setdefault(row.exam_room, new_node(row.room_name, row.exam_site, 1, row.exam_room))
		if row.plan:
			site_plans[row.exam_site].add(row.plan)
			for node in (site, room):
				node.seats_offered += cint(row.seats_offered)
				node.seats_used += used[(row.plan, row.exam_room)]
			room.sessions_held += 1
	data = []
	for name, site in sites.items():
		site.sessions_held = len(site_plans[name])
		data.append(finish(site))
		data += [finish(room) for room in rooms.values() if room.parent_node == name]
	return data


def new_node(label, parent, indent, exam_room=None):
	return frappe._dict(
		node=exam_room or label,
		parent_node=parent,
		indent=indent,
		site_or_room=label,
		exam_site=parent or label,
		exam_room=exam_room,
		sessions_held=0,
		seats_offered=0,
		seats_used=0,
	)


def finish(node):
	node.utilisation = percentage(node.seats_used, node.seats_offered)
	return node


def get_columns() -> list[dict]:
	return [
		column(_("Site or Room"), "site_or_room", "Data", None, 200),
		column(_("Exam Site"), "exam_site", "Link", "Exam Site", 150),
		column(_("Exam Room"), "exam_room", "Link", "Exam Room", 150),
		column(_("Sessions Held"), "sessions_held", "Int", None, 110),
		column(_("Seats Offered"), "seats_offered", "Int", None, 110),
		column(_("Seats Used"), "seats_used", "Int", None, 100),
		column(_("Utilisation (%)"), "utilisation", "Percent", None, 110),
		column(_("Accreditations Expiring in 90 Days"), "accreditations_expiring", "Int", None, 150),
		column(_("Next Expiry"), "next_expiry", "Date", None, 110),
	]
