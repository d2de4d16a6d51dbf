"""The pilot's assessment figures, counted one way for reports, number cards and charts.

- registered: registrations still Registered (cancelled ones are left out);
- sat: published results (submitted) with outcome Pass, Fail or Void; Absent did not sit;
- passed: published results with outcome Pass; pass rate = passed ÷ sat;
- certificates issued: submitted Skill Certificate Records of those results still Valid.

A round is a Skill Assessment Plan; Cancelled plans count nothing. Every query keeps to the
plans the user may read (the plan's `permission_query_conditions`), so a Domain Lead counts
the domains they lead."""

import frappe
from frappe.utils import getdate

from onex_pilot.assessment.results import ABSENT, FAIL, PASS, VOID
from onex_pilot.assessment.workflow_names import CANCELLED
from onex_pilot.organisation.levels import LEVELS
from onex_pilot.reporting import and_permitted

REGISTERED = "Registered"
VALID = "Valid"
SAT_OUTCOMES = (PASS, FAIL, VOID)

# The plan fields each grouping keeps, in order.
BY_ROUND = "Round"
BY_LEVEL = "Level"
BY_DOMAIN = "Domain"
TOTAL = "Total"
GROUPINGS = {
	BY_ROUND: (
		"pilot_domain",
		"skill_certificate",
		"certificate_name",
		"level",
		"name",
		"exam_date",
		"school_term",
		"workflow_state",
	),
	BY_LEVEL: ("pilot_domain", "skill_certificate", "certificate_name", "level"),
	BY_DOMAIN: ("pilot_domain",),
	TOTAL: (),
}
# Filters on the plan (or the registration, for the class), by filter name.
FILTER_CONDITIONS = {
	"from_date": "`tabSkill Assessment Plan`.`exam_date` >= %(from_date)s",
	"to_date": "`tabSkill Assessment Plan`.`exam_date` <= %(to_date)s",
	"school_term": "`tabSkill Assessment Plan`.`school_term` = %(school_term)s",
	"pilot_domain": "`tabSkill Assessment Plan`.`pilot_domain` = %(pilot_domain)s",
	"skill_certificate": "`tabSkill Assessment Plan`.`skill_certificate` = %(skill_certificate)s",
	"level": "`tabSkill Assessment Plan`.`level` = %(level)s",
	"school_class": "`tabSkill Assessment Registration`.`school_class` = %(school_class)s",
}


def filter_clause(filters: dict) -> str:
	return "".join(f" and {FILTER_CONDITIONS[key]}" for key in FILTER_CONDITIONS if filters.get(key))


def plan_column(field: str) -> str:
	return f"`tabSkill Assessment Plan`.`{field}`"


def order_column(field: str) -> str:
	"""Levels sort Elementary, Intermediate, Advanced; everything else as stored."""
	if field == "level":
		return f"field({plan_column(field)}, %(level_1)s, %(level_2)s, %(level_3)s)"
	return plan_column(field)


def assessment_figures(grouping: str = BY_ROUND, filters: dict | None = None) -> list[dict]:
	"""Registered, sat, passed, failed, absent, void and certificates issued, one row per group
	of `grouping`, for the plans matching `filters` (keys of FILTER_CONDITIONS). One query.
	In rows by round the plan's name is in `plan`."""
	filters = frappe._dict(filters or {})
	fields = GROUPINGS[grouping]
	select = "".join(f"{plan_column(f)} as `{'plan' if f == 'name' else f}`, " for f in fields)
	group_by = ("group by " + ", ".join(plan_column(f) for f in fields)) if fields else ""
	order_by = ", ".join(order_column(f) for f in fields) or "1"
	return frappe.db.sql(
		f"""
		select {select}
			count(`tabSkill Assessment Registration`.`name`) as registered,
			coalesce(sum(`tabSkill Assessment Result`.`outcome` in %(sat_outcomes)s), 0) as sat,
			coalesce(sum(`tabSkill Assessment Result`.`outcome` = %(pass)s), 0) as passed,
			coalesce(sum(`tabSkill Assessment Result`.`outcome` = %(fail)s), 0) as failed,
			coalesce(sum(`tabSkill Assessment Result`.`outcome` = %(absent)s), 0) as absent,
			coalesce(sum(`tabSkill Assessment Result`.`outcome` = %(void)s), 0) as void,
			count(`tabSkill Certificate Record`.`name`) as certificates_issued
		from `tabSkill Assessment Registration`
		join `tabSkill Assessment Plan`
			on `tabSkill Assessment Plan`.`name` = `tabSkill Assessment Registration`.`plan`
		left join `tabSkill Assessment Result`
			on `tabSkill Assessment Result`.`registration` = `tabSkill Assessment Registration`.`name`
			and `tabSkill Assessment Result`.`docstatus` = 1
		left join `tabSkill Certificate Record`
			on `tabSkill Certificate Record`.`result` = `tabSkill Assessment Result`.`name`
			and `tabSkill Certificate Record`.`docstatus` = 1
			and `tabSkill Certificate Record`.`status` = %(valid)s
		where `tabSkill Assessment Registration`.`status` = %(registered)s
			and `tabSkill Assessment Plan`.`workflow_state` != %(cancelled)s
			{filter_clause(filters)}
			{and_permitted("Skill Assessment Plan")}
		{group_by}
		order by {order_by}
		""",
		{
			**filters,
			"sat_outcomes": SAT_OUTCOMES,
			"pass": PASS,
			"fail": FAIL,
			"absent": ABSENT,
			"void": VOID,
			"valid": VALID,
			"registered": REGISTERED,
			"cancelled": CANCELLED,
			"level_1": LEVELS[0],
			"level_2": LEVELS[1],
			"level_3": LEVELS[2],
		},
		as_dict=True,
	)


def calendar_year(on_date=None) -> dict:
	"""The from_date and to_date filters of the calendar year containing `on_date` (default today)."""
	year = getdate(on_date).year
	return {"from_date": f"{year}-01-01", "to_date": f"{year}-12-31"}


def students_registered(school_term: str | None) -> int:
	"""Distinct students with a registration still Registered on a plan of `school_term`."""
	if not school_term:
		return 0
	return frappe.db.sql(
		f"""
		select count(distinct `tabSkill Assessment Registration`.`student`)
		from `tabSkill Assessment Registration`
		join `tabSkill Assessment Plan`
			on `tabSkill Assessment Plan`.`name` = `tabSkill Assessment Registration`.`plan`
		where `tabSkill Assessment Registration`.`status` = %(registered)s
			and `tabSkill Assessment Plan`.`workflow_state` != %(cancelled)s
			and `tabSkill Assessment Plan`.`school_term` = %(school_term)s
			{and_permitted("Skill Assessment Plan")}
		""",
		{"registered": REGISTERED, "cancelled": CANCELLED, "school_term": school_term},
	)[0][0]


def registrations_per_month(year: int) -> dict[int, int]:
	"""{month: registrations still Registered for plans with an exam in that month of `year`}."""
	rows = frappe.db.sql(
		f"""
		select month(`tabSkill Assessment Plan`.`exam_date`) as month, count(*) as registrations
		from `tabSkill Assessment Registration`
		join `tabSkill Assessment Plan`
			on `tabSkill Assessment Plan`.`name` = `tabSkill Assessment Registration`.`plan`
		where `tabSkill Assessment Registration`.`status` = %(registered)s
			and `tabSkill Assessment Plan`.`workflow_state` != %(cancelled)s
			and `tabSkill Assessment Plan`.`exam_date` between %(from_date)s and %(to_date)s
			{and_permitted("Skill Assessment Plan")}
		group by month(`tabSkill Assessment Plan`.`exam_date`)
		""",
		{"registered": REGISTERED, "cancelled": CANCELLED, **calendar_year(f"{year}-01-01")},
	)
	return {int(month): count for month, count in rows}


def fees_waived() -> float:
	"""The fees waived on registrations still Registered, on plans not cancelled."""
	return frappe.db.sql(
		f"""
		select coalesce(sum(`tabSkill Assessment Registration`.`waived_amount`), 0)
		from `tabSkill Assessment Registration`
		join `tabSkill Assessment Plan`
			on `tabSkill Assessment Plan`.`name` = `tabSkill Assessment Registration`.`plan`
		where `tabSkill Assessment Registration`.`status` = %(registered)s
			and `tabSkill Assessment Registration`.`payment_status` = %(waived)s
			and `tabSkill Assessment Plan`.`workflow_state` != %(cancelled)s
			{and_permitted("Skill Assessment Registration")}
		""",
		{"registered": REGISTERED, "waived": "Waived", "cancelled": CANCELLED},
	)[0][0]
