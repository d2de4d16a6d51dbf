"""Factories for assessment plans, registrations, fee waivers and results.

Each makes valid records with defaults; every keyword overrides a default. Plans move
through their states with `apply_workflow`, as a user would, so the rules of every
transition run; records are made as Administrator (who holds every role)."""

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, today

from onex_pilot.assessment import results as assessment_results
from onex_pilot.assessment.plan_checks import required_examiners
from onex_pilot.assessment.waivers import REGISTERED_POOR_HOUSEHOLD
from onex_pilot.assessment.workflow_names import (
	APPLIED,
	APPROVE,
	APPROVED,
	CLASS_TEACHER_APPROVED,
	CLOSE_REGISTRATION,
	DRAFT,
	FINALISE_RESULTS,
	HELD,
	MARK_AS_HELD,
	OPEN_FOR_REGISTRATION,
	PENDING_APPROVAL,
	PUBLISH_RESULTS,
	REGISTRATION_CLOSED,
	REJECT,
	REJECTED,
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
	SUBMIT_FOR_APPROVAL,
)
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.faculty import make_trainer
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_term
from onex_pilot.tests.factories.students import (
	make_exam_room,
	make_exam_site,
	make_personal_data,
	make_student,
)

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
RESULT = "Skill Assessment Result"
WAIVER = "Fee Waiver"

# The way forward through a plan's states: (state reached, action that reaches it).
PLAN_PATH = (
	(PENDING_APPROVAL, SUBMIT_FOR_APPROVAL),
	(OPEN_FOR_REGISTRATION, APPROVE),
	(REGISTRATION_CLOSED, CLOSE_REGISTRATION),
	(HELD, MARK_AS_HELD),
	(RESULTS_IN_PUBLICITY, PUBLISH_RESULTS),
	(RESULTS_FINAL, FINALISE_RESULTS),
)
PLAN_ORDER = (DRAFT, *(state for state, _action in PLAN_PATH))
PASSING = (80, 75)


def plan_details(
	pilot_domain: str | None = None,
	level: str = ELEMENTARY,
	capacity: int = 30,
	exam_date=None,
	exam_site: str | None = None,
	rooms=None,
	examiners=None,
	**fields,
) -> dict:
	"""The fields of a valid new plan: an Active domain, an exam site accredited for its
	certificate level, a room seating the capacity and enough qualified examiners."""
	pilot_domain = pilot_domain or make_pilot_domain().name
	certificate = frappe.db.get_value("Pilot Domain", pilot_domain, "skill_certificate")
	exam_date = exam_date or today()
	make_school_term(on_date=exam_date)
	exam_site = exam_site or make_exam_site(accredited_for=[(certificate, level)]).name
	if rooms is None:
		rooms = [make_exam_room(exam_site=exam_site, capacity=max(capacity, 1)).name]
	if examiners is None:
		examiners = [
			make_trainer(examiner_for=[(certificate, level)]).name
			for _i in range(required_examiners(capacity))
		]
	return {
		"doctype": PLAN,
		"pilot_domain": pilot_domain,
		"level": level,
		"exam_date": exam_date,
		"start_time": "09:00:00",
		"end_time": "11:00:00",
		"exam_site": exam_site,
		"rooms": [{"exam_room": room} for room in rooms],
		"examiners": [{"trainer": trainer} for trainer in examiners],
		"registration_start": add_days(exam_date, -10) if exam_date == today() else today(),
		"registration_end": exam_date,
		"capacity": capacity,
		**fields,
	}


def make_plan(state: str = DRAFT, students=(), scores=None, **fields):
	"""A plan moved to `state`. `students` are registered while it is open; from Results in
	Publicity on, each gets a result: `scores` maps a student to (theory, practical) or to
	"Absent" (default: a pass). Results Final comes after the publicity window, backdated."""
	plan = frappe.get_doc(plan_details(**fields)).insert(ignore_permissions=True)
	advance(plan, min_state(state, OPEN_FOR_REGISTRATION))
	for student in students:
		make_registration(plan.name, student)
	advance(plan, min_state(state, HELD))
	if PLAN_ORDER.index(state) > PLAN_ORDER.index(HELD):
		scores = scores or {}
		enter_results(plan.name, {student: scores.get(student, PASSING) for student in students})
		advance(plan, RESULTS_IN_PUBLICITY)
	if state == RESULTS_FINAL:
		end_publicity(plan.name)
		advance(plan, RESULTS_FINAL)
	return fresh(plan)


def fresh(doc):
	"""The record as a user would load it: without the factory's ignore_permissions flag."""
	return frappe.get_doc(doc.doctype, doc.name)


def min_state(state: str, limit: str) -> str:
	return state if PLAN_ORDER.index(state) <= PLAN_ORDER.index(limit) else limit


def advance(plan, state: str):
	"""Apply the workflow actions that lead `plan` from its state to `state`."""
	plan.reload()
	for reached, action in PLAN_PATH:
		if PLAN_ORDER.index(plan.workflow_state) >= PLAN_ORDER.index(state):
			break
		if PLAN_ORDER.index(reached) == PLAN_ORDER.index(plan.workflow_state) + 1:
			apply_workflow(plan, action)
			plan.reload()
	return plan


def end_publicity(plan: str, days_ago: int = 1):
	"""Move a plan's publicity window into the past, as if its days had gone by."""
	frappe.db.set_value(
		PLAN,
		plan,
		{
			"results_published_on": add_days(today(), -days_ago - 5),
			"publicity_ends_on": add_days(today(), -days_ago),
		},
	)


def backdate_plan(plan: str, days: int):
	"""Move a finished plan's exam `days` into the past, with its registrations and results."""
	exam_date = add_days(today(), -days)
	frappe.db.set_value(PLAN, plan, "exam_date", exam_date)
	for doctype in (REGISTRATION, RESULT):
		frappe.db.set_value(doctype, {"plan": plan}, "exam_date", exam_date)


def make_registration(plan: str, student=None, **fields):
	"""A registration of `student` (a new student by default) for `plan`, which must be open."""
	if student is None:
		student = make_student(with_user=False).name
	registration = frappe.get_doc({"doctype": REGISTRATION, "plan": plan, "student": student, **fields})
	return fresh(registration.insert(ignore_permissions=True))


def result_row(registration: str, score) -> dict:
	if score == "Absent":
		return {"registration": registration, "absent": 1}
	theory, practical = score
	return {"registration": registration, "theory_score": theory, "practical_score": practical}


def enter_results(plan: str, scores: dict):
	"""Enter draft results through the grid: `scores` maps a student to (theory, practical)
	(None for a kept component) or to "Absent"."""
	registrations = dict(
		frappe.get_all(
			REGISTRATION,
			filters={"plan": plan, "status": "Registered"},
			fields=["student", "name"],
			as_list=True,
		)
	)
	rows = [result_row(registrations[student], score) for student, score in scores.items()]
	return assessment_results.enter_results(plan, rows)


def result_of(plan: str, student: str):
	name = frappe.db.get_value(RESULT, {"plan": plan, "student": student, "docstatus": ("<", 2)}, "name")
	return frappe.get_doc(RESULT, name) if name else None


def make_fee_waiver(
	student=None, state: str = APPROVED, basis: str = REGISTERED_POOR_HOUSEHOLD, poor: bool = True, **fields
):
	"""A Fee Waiver for `student` (a new student by default), covering the year around today,
	moved to `state`. With `poor`, the student's personal data records a registered poor household."""
	if student is None:
		student = make_student(with_user=False).name
	if poor and not frappe.db.exists("Student Personal Data", {"student": student}):
		make_personal_data(student, is_registered_poor=1)
	waiver = frappe.get_doc(
		{
			"doctype": WAIVER,
			"student": student,
			"basis": basis,
			"period_start": add_days(today(), -180),
			"period_end": add_days(today(), 180),
			**fields,
		}
	).insert(ignore_permissions=True)
	if state == REJECTED:
		waiver.db_set("rejection_reason", "Evidence does not cover the period")
		apply_workflow(waiver, REJECT)
	elif state in (CLASS_TEACHER_APPROVED, APPROVED):
		apply_workflow(waiver, APPROVE)
		if state == APPROVED:
			apply_workflow(waiver, APPROVE)
	waiver = fresh(waiver)
	assert waiver.workflow_state == (state or APPLIED)
	return waiver
