"""Test data for the browser and HTTP tests of the portal, made on the server.

Refused unless the site is a test site (`allow_tests` in its configuration, as `./onex test`
sets) and the caller a System Manager. Nothing here runs on a real school's site."""

import frappe
from frappe import _

SCENARIO_PASSWORD = "Student@2026!"


def ensure_test_site():
	if not frappe.conf.get("allow_tests"):
		frappe.throw(_("Test data can only be made on a test site."), frappe.PermissionError)
	frappe.only_for("System Manager")


@frappe.whitelist(methods=["POST"])
def make_portal_scenario() -> dict:
	"""A student from a registered poor household with an approved fee waiver, a plan open for
	registration, a plan in publicity with the student's result, and a final plan that issued
	the student a certificate (Chinese name) and another student a certificate since revoked."""
	ensure_test_site()
	from onex_pilot.assessment.certificates import REVOKED, set_status
	from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan
	from onex_pilot.tests.factories.organisation import make_pilot_domain, make_skill_certificate
	from onex_pilot.tests.factories.students import make_personal_data, make_student

	tag = frappe.generate_hash(length=4)
	student = make_student(student_name="张晓明", password=SCENARIO_PASSWORD)
	personal = make_personal_data(student, is_registered_poor=1)
	waiver = make_fee_waiver(student=student.name)
	other = make_student(student_name="李四", with_user=False)

	certificate = make_skill_certificate(certificate_name=f"民航旅客地面服务职业技能等级证书 {tag}")
	final_domain = make_pilot_domain(skill_certificate=certificate.name)
	open_plan = make_plan(state="Open for Registration")
	publicity_plan = make_plan(state="Results in Publicity", students=[student.name, other.name])
	final_plan = make_plan(
		state="Results Final", students=[student.name, other.name], pilot_domain=final_domain.name
	)

	records = {
		row.student: row
		for row in frappe.get_all(
			"Skill Certificate Record",
			filters={"plan": final_plan.name, "docstatus": 1},
			fields=["name", "student", "verification_code"],
		)
	}
	revoked = frappe.get_doc("Skill Certificate Record", records[other.name].name)
	set_status(revoked, REVOKED, "Misconduct found after the results were final")
	result = frappe.db.get_value(
		"Skill Assessment Result", {"plan": publicity_plan.name, "student": student.name, "docstatus": 1}
	)

	return {
		"student_number": student.student_number,
		"student_name": student.student_name,
		"password": SCENARIO_PASSWORD,
		"id_tail": personal.id_number[-6:],
		"fee_waiver": waiver.name,
		"open_plan": open_plan.name,
		"publicity_plan": publicity_plan.name,
		"publicity_result": result,
		"final_plan": final_plan.name,
		"certificate_name": certificate.certificate_name,
		"certificate": records[student.name].name,
		"verification_code": records[student.name].verification_code,
		"revoked_certificate": revoked.name,
		"revoked_holder": other.student_name,
		"revoked_code": records[other.name].verification_code,
	}


@frappe.whitelist(methods=["POST"])
def reset_rate_limits() -> int:
	"""Forget every rate-limit count of the site, so each test starts with a full allowance."""
	ensure_test_site()
	keys = frappe.cache.get_keys("rl:")
	frappe.cache.delete_value(keys, make_keys=False)
	return len(keys)


@frappe.whitelist(methods=["POST"])
def make_student_with_initial_password() -> dict:
	"""A student whose portal login still has the initial password the school gave it."""
	ensure_test_site()
	from onex_pilot.tests.factories.students import make_student

	student = make_student(password=SCENARIO_PASSWORD, own_password=False)
	return {"login": student.student_number, "password": SCENARIO_PASSWORD}
