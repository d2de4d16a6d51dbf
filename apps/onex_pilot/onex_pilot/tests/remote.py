"""Set-ups for the top-level tests (tests/ at the repository root), called over HTTP.

They make data with the shared factories and commit it, so they answer only on a site
with `allow_tests` (the throwaway site `./onex test` creates) and only to a System Manager."""

import frappe
from frappe import _
from frappe.utils import cint

from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION, RESULTS_IN_PUBLICITY
from onex_pilot.tests.factories.assessment import end_publicity, make_plan, plan_details
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class
from onex_pilot.tests.factories.students import STUDENT_PASSWORD, make_student


def guard():
	if not frappe.conf.get("allow_tests"):
		frappe.throw(_("Test set-ups run only on a site with allow_tests."), frappe.PermissionError)
	frappe.only_for("System Manager")


@frappe.whitelist(methods=["POST"])
def registration_race(students: int = 50, capacity: int = 30) -> dict:
	"""An open plan with `capacity` seats and `students` students with portal logins."""
	guard()
	# Frappe refuses more than 60 new logins an hour by default; this set-up alone needs 50.
	frappe.local.conf.throttle_user_limit = max(cint(frappe.local.conf.get("throttle_user_limit")) or 60, 1000)
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
