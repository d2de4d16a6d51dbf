"""Trainers' certificate workload per term and trainer training coverage per domain and term.

Everything is computed from the records (Teaching Assignments, assessment plans, training
sessions), never typed twice, with one query per part and no lookup per row."""

import frappe
from frappe.query_builder import Case, CustomFunction
from frappe.query_builder.functions import Count, Sum
from frappe.utils import flt, getdate, today

from onex_pilot.assessment.workflow_names import HELD as PLAN_HELD
from onex_pilot.assessment.workflow_names import RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.faculty.doctype.trainer_training_session.trainer_training_session import (
	HELD,
	PLANNED,
	SESSIONS_PER_TERM_MAX,
	SESSIONS_PER_TERM_MIN,
)

# The plan states in which the examiners have done their duty.
ASSESSMENT_DUTY_STATES = (PLAN_HELD, RESULTS_IN_PUBLICITY, RESULTS_FINAL)

ACTIVE_DOMAIN = "Active"
BELOW_TARGET = "Below target"
ON_TARGET = "On target"
ABOVE_TARGET = "Above target"

TimeToSec = CustomFunction("TIME_TO_SEC", ["time"])
TimeDiff = CustomFunction("TIMEDIFF", ["end", "start"])


def teaching_hours(school_term=None, trainer=None) -> list[dict]:
	"""Planned and delivered hours of certificate teaching, per trainer and term."""
	assignment = frappe.qb.DocType("Teaching Assignment")
	query = (
		frappe.qb.from_(assignment)
		.select(
			assignment.trainer,
			assignment.school_term,
			Sum(assignment.planned_hours).as_("planned_hours"),
			Sum(assignment.delivered_hours).as_("delivered_hours"),
		)
		.groupby(assignment.trainer, assignment.school_term)
	)
	if school_term:
		query = query.where(assignment.school_term == school_term)
	if trainer:
		query = query.where(assignment.trainer == trainer)
	return query.run(as_dict=True)


def assessment_hours(school_term=None, trainer=None) -> list[dict]:
	"""Hours of assessment duty per trainer and term: every examiner of a plan that was held
	is credited the plan's duration (end_time - start_time), in the term of its exam date."""
	plan = frappe.qb.DocType("Skill Assessment Plan")
	examiner = frappe.qb.DocType("Skill Assessment Plan Examiner")
	term = frappe.qb.DocType("School Term")
	query = (
		frappe.qb.from_(examiner)
		.join(plan)
		.on((plan.name == examiner.parent) & (examiner.parenttype == "Skill Assessment Plan"))
		.join(term)
		.on((plan.exam_date >= term.start_date) & (plan.exam_date <= term.end_date))
		.select(
			examiner.trainer,
			term.name.as_("school_term"),
			Sum(TimeToSec(TimeDiff(plan.end_time, plan.start_time))).as_("seconds"),
		)
		.where(plan.workflow_state.isin(ASSESSMENT_DUTY_STATES))
		.groupby(examiner.trainer, term.name)
	)
	if school_term:
		query = query.where(term.name == school_term)
	if trainer:
		query = query.where(examiner.trainer == trainer)
	rows = query.run(as_dict=True)
	for row in rows:
		row.hours = flt(flt(row.pop("seconds")) / 3600, 2)
	return rows


def training_hours(school_term=None, trainer=None) -> list[dict]:
	"""Hours credited to present attendees of held trainer training sessions, per trainer and term."""
	attendee = frappe.qb.DocType("Trainer Training Session Attendee")
	session = frappe.qb.DocType("Trainer Training Session")
	query = (
		frappe.qb.from_(attendee)
		.join(session)
		.on((session.name == attendee.parent) & (attendee.parenttype == "Trainer Training Session"))
		.select(attendee.trainer, session.school_term, Sum(attendee.hours_credited).as_("hours"))
		.where((session.status == HELD) & (attendee.present == 1))
		.groupby(attendee.trainer, session.school_term)
	)
	if school_term:
		query = query.where(session.school_term == school_term)
	if trainer:
		query = query.where(attendee.trainer == trainer)
	return query.run(as_dict=True)


def trainer_workload(school_term=None, trainer=None) -> list[dict]:
	"""One row per trainer and term with any certificate work: teaching (planned, delivered),
	assessment and training hours and their total (delivered teaching + assessment + training),
	ordered by term, then trainer name."""
	rows = {}

	def row_for(source):
		key = (source.trainer, source.school_term)
		if key not in rows:
			rows[key] = frappe._dict(
				trainer=source.trainer,
				school_term=source.school_term,
				planned_teaching_hours=0.0,
				teaching_hours=0.0,
				assessment_hours=0.0,
				training_hours=0.0,
			)
		return rows[key]

	for source in teaching_hours(school_term, trainer):
		row = row_for(source)
		row.planned_teaching_hours = flt(source.planned_hours)
		row.teaching_hours = flt(source.delivered_hours)
	for source in assessment_hours(school_term, trainer):
		row_for(source).assessment_hours = flt(source.hours)
	for source in training_hours(school_term, trainer):
		row_for(source).training_hours = flt(source.hours)
	if not rows:
		return []

	trainers = trainer_details({row.trainer for row in rows.values()})
	term_starts = term_start_dates({row.school_term for row in rows.values()})
	for row in rows.values():
		details = trainers.get(row.trainer, {})
		row.trainer_name = details.get("trainer_name")
		row.trainer_type = details.get("trainer_type")
		row.total_hours = flt(row.teaching_hours + row.assessment_hours + row.training_hours, 2)
	return sorted(
		rows.values(),
		key=lambda r: (term_starts.get(r.school_term) or getdate("1900-01-01"), r.trainer_name or ""),
	)


def trainer_details(names) -> dict:
	trainer = frappe.qb.DocType("Trainer")
	found = (
		frappe.qb.from_(trainer)
		.select(trainer.name, trainer.trainer_name, trainer.trainer_type)
		.where(trainer.name.isin(list(names)))
		.run(as_dict=True)
	)
	return {row.name: row for row in found}


def term_start_dates(names) -> dict:
	term = frappe.qb.DocType("School Term")
	found = frappe.qb.from_(term).select(term.name, term.start_date).where(term.name.isin(list(names))).run()
	return {name: getdate(start) for name, start in found}


def coverage_status(sessions_held: int) -> str:
	if sessions_held < SESSIONS_PER_TERM_MIN:
		return BELOW_TARGET
	if sessions_held > SESSIONS_PER_TERM_MAX:
		return ABOVE_TARGET
	return ON_TARGET


def training_coverage(school_term=None, pilot_domain=None, on_date=None) -> list[dict]:
	"""Per Active pilot domain and term, the trainer training sessions held (and still planned)
	against the target of 1 to 2 per term. Without `school_term`, every term that has begun by
	`on_date` (default today) and ends after the domain's launch."""
	domain = frappe.qb.DocType("Pilot Domain")
	term = frappe.qb.DocType("School Term")
	link = frappe.qb.DocType("Trainer Training Session Domain")
	session = frappe.qb.DocType("Trainer Training Session")
	query = (
		frappe.qb.from_(domain)
		.join(term)
		.on(domain.launch_date.isnull() | (term.end_date >= domain.launch_date))
		.left_join(link)
		.on((link.pilot_domain == domain.name) & (link.parenttype == "Trainer Training Session"))
		.left_join(session)
		.on((session.name == link.parent) & (session.school_term == term.name))
		.select(
			domain.name.as_("pilot_domain"),
			term.name.as_("school_term"),
			term.start_date,
			Count(Case().when(session.status == HELD, session.name)).distinct().as_("sessions_held"),
			Count(Case().when(session.status == PLANNED, session.name)).distinct().as_("sessions_planned"),
		)
		.where(domain.status == ACTIVE_DOMAIN)
		.groupby(domain.name, term.name, term.start_date)
		.orderby(term.start_date)
		.orderby(domain.name)
	)
	if school_term:
		query = query.where(term.name == school_term)
	else:
		query = query.where(term.start_date <= getdate(on_date or today()))
	if pilot_domain:
		query = query.where(domain.name == pilot_domain)

	rows = query.run(as_dict=True)
	for row in rows:
		row.pop("start_date")
		row.target_min, row.target_max = SESSIONS_PER_TERM_MIN, SESSIONS_PER_TERM_MAX
		row.coverage = coverage_status(row.sessions_held)
	return rows
