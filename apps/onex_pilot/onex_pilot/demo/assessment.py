"""The demo assessment rounds, built on the organisation, faculty and students demos.

- Approved fee waivers for every student from a registered poor household: the class teacher
  gives the first approval (Administrator where a class has none this term), the Finance
  Officer the final one.
- For every Active pilot domain, one elementary round with final results: passes, a student
  who passed theory but failed practical, one who failed both, an absence, and the
  certificates that follow. Rounds are run today through the real workflow (`apply_workflow`,
  the result grid), as Administrator, then moved back in time as a whole (exam, registration
  window, publicity, certificate issue date), a few weeks apart and within the current year, so
  that they read as past rounds and record numbers keep their year.
- Fees of past rounds paid (recorded by the Finance Officer), but for one candidate of the
  round in publicity.
- One intermediate round held three days ago, its results in publicity since yesterday, with an
  open objection lodged by the demo student (from their own session).
- One intermediate round open for registration, its exam a month ahead, with a registration
  whose fee is waived.

Rounds are found by their natural key (pilot domain, level and start time); a round found
half-way is moved on from where it stands, and nothing present is created twice.
"""

import random

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, getdate, today

from onex_pilot.assessment.doctype.pilot_settings.pilot_settings import get_setting
from onex_pilot.assessment.doctype.result_objection.result_objection import lodge
from onex_pilot.assessment.results import enter_results
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
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
	SUBMIT_FOR_APPROVAL,
)
from onex_pilot.demo.organisation import DOMAINS
from onex_pilot.organisation.levels import ELEMENTARY, INTERMEDIATE
from onex_pilot.organisation.school_class import class_teacher_of
from onex_pilot.organisation.terms import term_on

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
RESULT = "Skill Assessment Result"
WAIVER = "Fee Waiver"

FINANCE_LOGIN = "finance@pilot.example"
KNOWN_STUDENT = "XS0001"  # the demo student with a portal login (demo/students.py)
SITE = "本校1+X考核站点"
ROOM = "理论考场101"
CANDIDATES = 12
# Each round run today gets its own time of day, so that rounds sharing a room never clash.
FINAL_SLOTS = (
	("08:00:00", "09:30:00"),
	("10:00:00", "11:30:00"),
	("13:00:00", "14:30:00"),
	("15:00:00", "16:30:00"),
	("17:00:00", "18:30:00"),
	("07:00:00", "07:50:00"),
)
PUBLICITY_SLOT = ("19:00:00", "20:30:00")
OPEN_SLOT = ("09:00:00", "11:00:00")
FIRST_ROUND_DAYS_AGO = 35
DAYS_BETWEEN_ROUNDS = 14
OPEN_ROUND_IN_DAYS = 30
# Candidate i of a round: 0 is absent, 1 fails practical only, 2 fails both, the rest pass.
ABSENT, FAIL_PRACTICAL, FAIL_BOTH = 0, 1, 2

PATH = (
	(PENDING_APPROVAL, SUBMIT_FOR_APPROVAL),
	(OPEN_FOR_REGISTRATION, APPROVE),
	(REGISTRATION_CLOSED, CLOSE_REGISTRATION),
	(HELD, MARK_AS_HELD),
	(RESULTS_IN_PUBLICITY, PUBLISH_RESULTS),
	(RESULTS_FINAL, FINALISE_RESULTS),
)
ORDER = (DRAFT, *(state for state, _action in PATH))


def load():
	domains = demo_domains()
	if not domains or not frappe.db.exists("Exam Room", {"exam_site": SITE, "room_name": ROOM}):
		return
	try:
		approve_waivers(poor_students())
		for index, domain in enumerate(domains):
			ensure_final_round(domain, index)
		ensure_publicity_round(domains)
		ensure_open_round(domains)
	finally:
		frappe.set_user("Administrator")


def demo_domains() -> list[frappe._dict]:
	"""The Active ones of the organisation demo's five pilot domains."""
	return frappe.get_all(
		"Pilot Domain",
		filters={"status": "Active", "name": ("in", [row[0] for row in DOMAINS])},
		fields=["name", "skill_certificate", "host_major"],
		order_by="name",
	)


def poor_students() -> list[str]:
	return frappe.get_all(
		"Student Personal Data", filters={"is_registered_poor": 1}, pluck="student", order_by="student"
	)


# ---- fee waivers


def approve_waivers(students):
	"""An approved registered-poor-household waiver for each of `students`, for a year either side."""
	for student in students:
		name = frappe.db.get_value(WAIVER, {"student": student, "basis": REGISTERED_POOR_HOUSEHOLD}, "name")
		if not name:
			name = (
				frappe.get_doc(
					{
						"doctype": WAIVER,
						"student": student,
						"basis": REGISTERED_POOR_HOUSEHOLD,
						"period_start": add_days(today(), -365),
						"period_end": add_days(today(), 365),
					}
				)
				.insert(ignore_permissions=True)
				.name
			)
		approve_waiver(name)


def approve_waiver(name: str):
	waiver = frappe.get_doc(WAIVER, name)
	if waiver.workflow_state == APPLIED:
		teacher = class_teacher_of(waiver.school_class, today()) if waiver.school_class else None
		act_as(teacher, lambda: apply_workflow(frappe.get_doc(WAIVER, name), APPROVE))
		waiver.reload()
	if waiver.workflow_state == CLASS_TEACHER_APPROVED:
		act_as(FINANCE_LOGIN, lambda: apply_workflow(frappe.get_doc(WAIVER, name), APPROVE))


def act_as(user: str | None, action):
	"""Do `action` as `user` when that login exists, else as Administrator."""
	frappe.set_user(user if user and frappe.db.exists("User", user) else "Administrator")
	try:
		return action()
	finally:
		frappe.set_user("Administrator")


# ---- rounds


def ensure_final_round(domain, index: int):
	slot = FINAL_SLOTS[index % len(FINAL_SLOTS)]
	plan = ensure_plan(domain, ELEMENTARY, slot, exam_date=today())
	if plan.workflow_state == RESULTS_FINAL:
		return
	students = candidates(domain, skip=0)
	if domain.name == known_student_domain() and KNOWN_STUDENT not in students:
		# The demo student passed the elementary round (a certificate on the portal, its credits
		# in the transcript) before sitting the intermediate one in publicity. Candidates are
		# scored in student-number order, and the demo student's number (XS…) sorts last: a pass.
		students = [*students[:-1], KNOWN_STUDENT]
	run_round(plan, students, RESULTS_FINAL, score_of=final_scores(plan.name))
	record_payments(plan.name)
	days_ago = min(
		FIRST_ROUND_DAYS_AGO + DAYS_BETWEEN_ROUNDS * index, getdate(today()).timetuple().tm_yday - 1
	)
	move_back(plan.name, days_ago)


def known_student_domain() -> str | None:
	"""The pilot domain hosted by the demo student's major, if the demo student exists."""
	if not frappe.db.exists("Pilot Student", KNOWN_STUDENT):
		return None
	domain = domain_of_student(demo_domains(), KNOWN_STUDENT)
	return domain.name if domain else None


def ensure_publicity_round(domains):
	domain = domain_of_student(domains, KNOWN_STUDENT) or domains[0]
	plan = ensure_plan(domain, INTERMEDIATE, PUBLICITY_SLOT, exam_date=today())
	if ORDER.index(plan.workflow_state) >= ORDER.index(RESULTS_IN_PUBLICITY):
		return
	students = candidates(domain, skip=CANDIDATES)
	if frappe.db.exists("Pilot Student", KNOWN_STUDENT) and KNOWN_STUDENT not in students:
		students = [KNOWN_STUDENT, *students[:-1]]
	run_round(plan, students, RESULTS_IN_PUBLICITY, score_of=publicity_scores)
	record_payments(plan.name, outstanding=1)
	date_publicity_round(plan.name)
	lodge_objection(plan.name, KNOWN_STUDENT)


def ensure_open_round(domains):
	domain = domains[1 % len(domains)]
	exam_date = add_days(today(), OPEN_ROUND_IN_DAYS)
	plan = ensure_plan(
		domain, INTERMEDIATE, OPEN_SLOT, exam_date=exam_date, registration_end=add_days(exam_date, -10)
	)
	students = candidates(domain, skip=0)[:5]
	waived = frappe.get_all(
		WAIVER, filters={"workflow_state": APPROVED}, pluck="student", limit=1, order_by="student"
	)
	run_round(plan, [*waived, *students], OPEN_FOR_REGISTRATION, score_of=None)


def ensure_plan(domain, level: str, slot, exam_date, registration_end=None):
	start_time, end_time = slot
	name = frappe.db.get_value(
		PLAN, {"pilot_domain": domain.name, "level": level, "start_time": start_time}, "name"
	)
	if name:
		return frappe.get_doc(PLAN, name)
	return frappe.get_doc(
		{
			"doctype": PLAN,
			"pilot_domain": domain.name,
			"level": level,
			"exam_date": exam_date,
			"start_time": start_time,
			"end_time": end_time,
			"exam_site": SITE,
			"rooms": [
				{"exam_room": frappe.db.get_value("Exam Room", {"exam_site": SITE, "room_name": ROOM})}
			],
			"examiners": [
				{"trainer": t} for t in qualified_examiners(domain.skill_certificate, level, exam_date)[:2]
			],
			"registration_start": add_days(today(), -5),
			"registration_end": registration_end or exam_date,
			"capacity": 20,
		}
	).insert(ignore_permissions=True)


def run_round(plan, students, target: str, score_of):
	"""Move `plan` through the workflow to `target`, registering `students` while it is open
	and entering their results while it is held."""
	while ORDER.index(plan.workflow_state) < ORDER.index(target):
		state = plan.workflow_state
		if state == OPEN_FOR_REGISTRATION:
			register(plan.name, students)
		if state == HELD:
			enter_missing_results(plan.name, score_of)
		if state == RESULTS_IN_PUBLICITY:
			end_publicity_window(plan.name)
		action = next(action for reached, action in PATH if ORDER.index(reached) == ORDER.index(state) + 1)
		apply_workflow(frappe.get_doc(PLAN, plan.name), action)
		plan = frappe.get_doc(PLAN, plan.name)
	if plan.workflow_state == OPEN_FOR_REGISTRATION:
		register(plan.name, students)
	return plan


def register(plan: str, students):
	for student in students:
		if frappe.db.exists(REGISTRATION, {"plan": plan, "student": student, "status": "Registered"}):
			continue
		frappe.get_doc({"doctype": REGISTRATION, "plan": plan, "student": student}).insert(
			ignore_permissions=True
		)


def enter_missing_results(plan: str, score_of):
	registrations = frappe.get_all(
		REGISTRATION,
		filters={"plan": plan, "status": "Registered"},
		fields=["name", "student"],
		order_by="student",
	)
	done = set(frappe.get_all(RESULT, filters={"plan": plan, "docstatus": 0}, pluck="registration"))
	rows = [score_of(i, r) for i, r in enumerate(registrations) if r.name not in done]
	if rows:
		enter_results(plan, rows)


def final_scores(seed: str):
	def score(index: int, registration) -> dict:
		rng = random.Random(f"{seed}-{registration.student}")
		if index == ABSENT:
			return {"registration": registration.name, "absent": 1}
		if index == FAIL_PRACTICAL:
			return {"registration": registration.name, "theory_score": 78, "practical_score": 52.5}
		if index == FAIL_BOTH:
			return {"registration": registration.name, "theory_score": 48, "practical_score": 55}
		return {
			"registration": registration.name,
			"theory_score": rng.randint(62, 96),
			"practical_score": rng.randint(60, 98) + rng.choice((0, 0.5)),
		}

	return score


def publicity_scores(index: int, registration) -> dict:
	rng = random.Random(f"publicity-{registration.student}")
	practical = 58 if registration.student == KNOWN_STUDENT else rng.randint(61, 93)
	return {
		"registration": registration.name,
		"theory_score": rng.randint(64, 95),
		"practical_score": practical,
	}


def end_publicity_window(plan: str):
	"""The demo's final rounds run today, so their publicity window is closed at once: the exam
	is put the window's length before today, its results published the day after it. The whole
	round is moved back in time afterwards."""
	days = get_setting("publicity_days")
	exam_date = add_days(today(), -(days + 1))
	redate(
		plan,
		exam_date,
		registration_start=add_days(exam_date, -20),
		registration_end=add_days(exam_date, -3),
		results_published_on=add_days(exam_date, 1),
		publicity_ends_on=today(),
	)


def date_publicity_round(plan: str):
	"""Held three days ago, its results published yesterday: the window stays open some days more."""
	move_back(plan, 3)
	published = add_days(today(), -1)
	frappe.db.set_value(
		PLAN,
		plan,
		{
			"results_published_on": published,
			"publicity_ends_on": add_days(published, get_setting("publicity_days")),
		},
		update_modified=False,
	)


def record_payments(plan: str, outstanding: int = 0):
	"""The Finance Officer records the fees of `plan` paid, but for the last `outstanding` candidates
	(in student order) who still owe theirs."""
	unpaid = frappe.get_all(
		REGISTRATION,
		filters={"plan": plan, "status": "Registered", "payment_status": "Unpaid"},
		pluck="name",
		order_by="student",
	)
	for name in unpaid[: len(unpaid) - outstanding]:
		act_as(FINANCE_LOGIN, lambda name=name: mark_paid(name))


def mark_paid(registration: str):
	doc = frappe.get_doc(REGISTRATION, registration)
	doc.payment_status = "Paid"
	doc.save(ignore_permissions=True)


def lodge_objection(plan: str, student: str):
	user = frappe.db.get_value("Pilot Student", student, "user")
	result = frappe.db.get_value(RESULT, {"plan": plan, "student": student, "docstatus": 1}, "name")
	if not (user and result) or frappe.db.exists("Result Objection", {"result": result}):
		return
	act_as(user, lambda: lodge(result, "我认为实操考核的第3项评分偏低，申请复核。"))


def move_back(plan: str, days: int):
	"""Move a finished round `days` into the past: its dates, its candidates' and results' exam
	date, and the certificates it issued."""
	if days <= 0:
		return
	doc = frappe.get_doc(PLAN, plan)
	shifted = {
		field: add_days(doc.get(field), -days)
		for field in (
			"exam_date",
			"registration_start",
			"registration_end",
			"results_published_on",
			"publicity_ends_on",
		)
		if doc.get(field)
	}
	redate(plan, shifted.pop("exam_date"), **shifted)
	frappe.db.set_value(
		"Skill Certificate Record",
		{"plan": plan},
		"issue_date",
		shifted["publicity_ends_on"],
		update_modified=False,
	)


def redate(plan: str, exam_date, **dates):
	"""Give a round another exam date (and other dates): the plan, with its title and term as
	the plan would derive them, and its candidates' registrations and results."""
	doc = frappe.get_doc(PLAN, plan)
	title = (doc.plan_title or "").replace(str(getdate(doc.exam_date)), str(getdate(exam_date)))
	frappe.db.set_value(
		PLAN,
		plan,
		{**dates, "exam_date": exam_date, "plan_title": title, "school_term": term_on(exam_date)},
		update_modified=False,
	)
	for doctype in (REGISTRATION, RESULT):
		frappe.db.set_value(doctype, {"plan": plan}, "exam_date", exam_date, update_modified=False)


# ---- who takes part


def candidates(domain, skip: int) -> list[str]:
	"""CANDIDATES students of the classes of the domain's host major, after the first `skip`."""
	classes = frappe.get_all("School Class", filters={"major": domain.host_major}, pluck="name")
	students = frappe.get_all(
		"Pilot Student", filters={"school_class": ("in", classes or [""])}, pluck="name", order_by="name"
	)
	return students[skip : skip + CANDIDATES]


def domain_of_student(domains, student: str):
	school_class = frappe.db.get_value("Pilot Student", student, "school_class")
	major = frappe.db.get_value("School Class", school_class, "major") if school_class else None
	return next((d for d in domains if d.host_major == major), None)


def qualified_examiners(skill_certificate: str, level: str, on_date) -> list[str]:
	"""Trainers holding an examiner qualification for the certificate level valid on `on_date`."""
	on_date = getdate(on_date)
	rows = frappe.get_all(
		"Trainer Qualification",
		filters={
			"parenttype": "Trainer",
			"qualification_type": "Examiner Qualification",
			"skill_certificate": skill_certificate,
			"level": level,
			"valid_from": ("<=", on_date),
			"valid_to": (">=", on_date),
		},
		pluck="parent",
		order_by="parent",
	)
	return list(dict.fromkeys(rows))
