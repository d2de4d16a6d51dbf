"""Row rules of the assessment records: who sees and changes which plans, registrations,
waivers, results, objections and certificates."""

import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.assessment.workflow_names import HELD, OPEN_FOR_REGISTRATION, RESULTS_FINAL
from onex_pilot.tests.factories.assessment import (
	enter_results,
	make_fee_waiver,
	make_plan,
	make_registration,
	result_of,
)
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_user
from onex_pilot.tests.factories.students import make_student

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
RESULT = "Skill Assessment Result"
WAIVER = "Fee Waiver"
CERTIFICATE = "Skill Certificate Record"


def can(user, doctype, ptype, doc) -> bool:
	return bool(frappe.has_permission(doctype, ptype, doc, user=user))


def listed(user, doctype, **filters) -> set[str]:
	return set(frappe.get_list(doctype, filters=filters, pluck="name", user=user))


class TestDomainLead(FrappeTestCase):
	def setUp(self):
		self.lead = make_user(roles=[roles.DOMAIN_LEAD]).name
		self.own = make_plan(
			state=OPEN_FOR_REGISTRATION, pilot_domain=make_pilot_domain(domain_lead=self.lead).name
		)
		self.other = make_plan(state=OPEN_FOR_REGISTRATION)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_lead_works_on_the_plans_of_their_domain_only(self):
		self.assertTrue(can(self.lead, PLAN, "write", self.own))
		self.assertFalse(can(self.lead, PLAN, "read", self.other))
		self.assertFalse(can(self.lead, PLAN, "write", self.other))
		self.assertEqual(
			listed(self.lead, PLAN, name=("in", [self.own.name, self.other.name])), {self.own.name}
		)

	def test_lead_reads_registrations_of_their_domain_without_fees(self):
		own = make_registration(self.own.name)
		other = make_registration(self.other.name)

		self.assertTrue(can(self.lead, REGISTRATION, "read", own))
		self.assertFalse(can(self.lead, REGISTRATION, "read", other))
		frappe.set_user(self.lead)
		doc = frappe.get_doc(REGISTRATION, own.name)
		doc.apply_fieldlevel_read_permissions()
		self.assertIsNone(doc.get("fee"))
		self.assertIsNone(doc.get("payment_status"))
		self.assertEqual(doc.plan, self.own.name)

	def test_lead_cannot_write_a_result(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_FINAL, students=[student], pilot_domain=self.own.pilot_domain)
		result = result_of(plan.name, student)

		self.assertTrue(can(self.lead, RESULT, "read", result))
		self.assertFalse(can(self.lead, RESULT, "write", result))


class TestExaminerAndStudent(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_examiner_writes_results_of_their_held_plan_only(self):
		examiner = make_user(roles=[roles.EXAMINER]).name
		students = [make_student(with_user=False).name for _i in range(2)]
		own = make_plan(state=HELD, students=[students[0]])
		other = make_plan(state=HELD, students=[students[1]])
		frappe.db.set_value("Trainer", own.examiners[0].trainer, "user", examiner)
		enter_results(own.name, {students[0]: (70, 70)})
		enter_results(other.name, {students[1]: (70, 70)})

		self.assertTrue(can(examiner, RESULT, "write", result_of(own.name, students[0])))
		self.assertFalse(can(examiner, RESULT, "write", result_of(other.name, students[1])))
		self.assertFalse(can(examiner, RESULT, "read", result_of(other.name, students[1])))

	def test_student_sees_only_their_own_registration(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		student, other = make_student(), make_student()
		own = make_registration(plan.name, student.name)
		theirs = make_registration(plan.name, other.name)

		self.assertTrue(can(student.user, REGISTRATION, "read", own))
		self.assertFalse(can(student.user, REGISTRATION, "read", theirs))
		self.assertEqual(listed(student.user, REGISTRATION, plan=plan.name), {own.name})

	def test_student_sees_only_their_own_certificate(self):
		student, other = make_student(), make_student()
		plan = make_plan(state=RESULTS_FINAL, students=[student.name, other.name])
		certificates = dict(
			frappe.get_all(CERTIFICATE, filters={"plan": plan.name}, fields=["student", "name"], as_list=True)
		)

		self.assertEqual(listed(student.user, CERTIFICATE), {certificates[student.name]})
		self.assertFalse(
			can(student.user, CERTIFICATE, "read", frappe.get_doc(CERTIFICATE, certificates[other.name]))
		)


class TestClassTeacherAndCommittee(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_class_teacher_sees_the_waivers_and_registrations_of_their_class_only(self):
		teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		own_student = make_student(
			with_user=False, school_class=make_school_class(class_teacher=teacher).name
		)
		other_student = make_student(with_user=False)
		own_waiver = make_fee_waiver(student=own_student.name)
		other_waiver = make_fee_waiver(student=other_student.name)
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		own_registration = make_registration(plan.name, own_student.name)
		other_registration = make_registration(plan.name, other_student.name)

		self.assertTrue(can(teacher, WAIVER, "read", own_waiver))
		self.assertFalse(can(teacher, WAIVER, "read", other_waiver))
		self.assertEqual(
			listed(teacher, WAIVER, name=("in", [own_waiver.name, other_waiver.name])), {own_waiver.name}
		)
		self.assertEqual(listed(teacher, REGISTRATION, plan=plan.name), {own_registration.name})
		self.assertFalse(can(teacher, REGISTRATION, "read", other_registration))

	def test_committee_member_reads_but_does_not_write_plans(self):
		member = make_user(roles=[roles.COMMITTEE_MEMBER]).name
		plan = make_plan()

		self.assertTrue(can(member, PLAN, "read", plan))
		self.assertFalse(can(member, PLAN, "write", plan))
