"""Set-ups for the top-level tests (tests/ at the repository root), called over HTTP.

They make data with the shared factories and commit it, so they answer only on a site
with `allow_tests` (the throwaway site `./onex test` creates) and only to a System Manager."""

import frappe
from frappe import _
from frappe.utils import add_days, add_years, cint, today

from onex_pilot.assessment.workflow_names import (
	CLASS_TEACHER_APPROVED,
	HELD,
	OPEN_FOR_REGISTRATION,
	PENDING_APPROVAL,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.tests.factories.assessment import (
	end_publicity,
	make_fee_waiver,
	make_plan,
	make_registration,
	plan_details,
	result_of,
)
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class
from onex_pilot.tests.factories.session import acting_as
from onex_pilot.tests.factories.students import STUDENT_PASSWORD, make_student, resident_id_for


def guard():
	if not frappe.conf.get("allow_tests"):
		frappe.throw(_("Test set-ups run only on a site with allow_tests."), frappe.PermissionError)
	frappe.only_for("System Manager")


@frappe.whitelist(methods=["POST"])
def registration_race(students: int = 50, capacity: int = 30) -> dict:
	"""An open plan with `capacity` seats and `students` students with portal logins."""
	guard()
	# Frappe refuses more than 60 new logins an hour by default; this set-up alone needs 50.
	frappe.local.conf.throttle_user_limit = max(
		cint(frappe.local.conf.get("throttle_user_limit")) or 60, 1000
	)
	plan = make_plan(state=OPEN_FOR_REGISTRATION, capacity=int(capacity))
	school_class = make_school_class().name
	logins = [make_student(school_class=school_class).user for _i in range(int(students))]
	return {"plan": plan.name, "school_class": school_class, "logins": logins, "password": STUDENT_PASSWORD}


@frappe.whitelist(methods=["POST"])
def end_registration_race(plan: str, school_class: str) -> int:
	"""Remove what `registration_race` made: the plan's registrations, the students of its class
	and their logins, so that Frappe's hourly limit on new logins does not count them against
	later tests."""
	guard()
	for registration in frappe.get_all("Skill Assessment Registration", filters={"plan": plan}, pluck="name"):
		frappe.delete_doc("Skill Assessment Registration", registration, ignore_permissions=True)
	students = frappe.get_all(
		"Pilot Student", filters={"school_class": school_class}, fields=["name", "user"]
	)
	for student in students:
		frappe.delete_doc("Pilot Student", student.name, ignore_permissions=True)
		if student.user:
			frappe.delete_doc("User", student.user, ignore_permissions=True)
	return len(students)


@frappe.whitelist(methods=["POST"])
def certificate_race(passes_per_plan: int = 3) -> dict:
	"""Two plans of one new certificate, same level and year, with results in publicity whose
	window has passed, each with `passes_per_plan` passing candidates: ready to become final."""
	guard()
	domain = make_pilot_domain().name
	plans = []
	for start_time, end_time in (("09:00:00", "11:00:00"), ("13:00:00", "15:00:00")):
		students = [make_student(with_user=False).name for _i in range(int(passes_per_plan))]
		plan = make_plan(
			state=RESULTS_IN_PUBLICITY,
			pilot_domain=domain,
			students=students,
			start_time=start_time,
			end_time=end_time,
		)
		end_publicity(plan.name)
		plans.append(plan.name)
	certificate = frappe.db.get_value("Pilot Domain", domain, "skill_certificate")
	return {"plans": plans, "skill_certificate": certificate}


@frappe.whitelist(methods=["POST"])
def pending_plan_without_accreditation() -> str:
	"""A plan awaiting approval whose exam site holds no accreditation for its certificate."""
	guard()
	details = plan_details()
	frappe.db.delete("Exam Site Accreditation", {"parent": details["exam_site"]})
	plan = frappe.get_doc(details).insert()
	from frappe.model.workflow import apply_workflow

	apply_workflow(plan, "Submit for Approval")
	return plan.name


@frappe.whitelist(methods=["POST"])
def assessment_rule_cases() -> dict:
	"""One record in the state each REST rule test of the assessment needs (tests/test_assessment_rules_api.py)."""
	guard()
	from frappe.model.workflow import apply_workflow

	student = make_student(with_user=False)
	full = make_plan(state=OPEN_FOR_REGISTRATION, capacity=1, students=[make_student(with_user=False).name])
	half_full = make_plan(state=OPEN_FOR_REGISTRATION, capacity=2)
	registered = make_registration(half_full.name).student
	later = add_days(today(), 20)
	not_yet_open = make_plan(
		state=OPEN_FOR_REGISTRATION,
		exam_date=later,
		registration_start=add_days(today(), 5),
		registration_end=add_days(today(), 10),
	)
	held = make_plan(state=HELD, students=[make_student(with_user=False).name])

	few_examiners = make_plan(state=PENDING_APPROVAL, capacity=40, examiners=[])
	booked = make_plan(state=OPEN_FOR_REGISTRATION, exam_date=later)
	room = booked.rooms[0].exam_room
	double_booked = frappe.get_doc(
		plan_details(
			pilot_domain=booked.pilot_domain,
			exam_date=later,
			exam_site=booked.exam_site,
			rooms=[room],
			capacity=booked.capacity,
		)
	).insert()
	apply_workflow(double_booked, "Submit for Approval")

	objector = make_student()
	in_publicity = make_plan(
		state=RESULTS_IN_PUBLICITY, students=[objector.name], scores={objector.name: (80, 40)}
	)
	lodge_objection(result_of(in_publicity.name, objector.name).name, objector.user)
	end_publicity(in_publicity.name)
	window_open = make_plan(state=RESULTS_IN_PUBLICITY, students=[make_student(with_user=False).name])

	return {
		"student": student.name,
		"valid_id": resident_id_for(student),
		"date_of_birth": str(add_years(today(), -17)),
		"full_plan": full.name,
		"half_full_plan": half_full.name,
		"registered_student": registered,
		"not_yet_open_plan": not_yet_open.name,
		"held_plan": held.name,
		"held_registration": frappe.db.get_value("Skill Assessment Registration", {"plan": held.name}),
		"few_examiners_plan": few_examiners.name,
		"double_booked_plan": double_booked.name,
		"waiver": make_fee_waiver(state=CLASS_TEACHER_APPROVED).name,
		"objected_plan": in_publicity.name,
		"publicity_plan": window_open.name,
	}


def lodge_objection(result: str, student_user: str):
	"""An objection as the student lodges it: Frappe takes the student from the session."""
	with acting_as(student_user):
		frappe.get_doc(
			{"doctype": "Result Objection", "result": result, "reason": "My practical seems low"}
		).insert()
