"""The student portal's methods, called as the student: the student is the session's."""

import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal import api
from onex_pilot.portal.exceptions import NotAStudentError, NotFoundError, RegistrationWindowClosedError
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan, make_registration
from onex_pilot.tests.factories.organisation import make_user
from onex_pilot.tests.factories.students import make_student

REGISTRATION = "Skill Assessment Registration"


class TestPortalApi(FrappeTestCase):
	def setUp(self):
		self.student = make_student()
		self.plan = make_plan(state="Open for Registration")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_register_uses_the_session_student(self):
		frappe.set_user(self.student.user)
		answer = api.register(plan=self.plan.name)
		self.assertEqual(
			frappe.db.get_value(REGISTRATION, answer["registration"], "student"), self.student.name
		)

	def test_waived_student_registers_at_fee_zero(self):
		make_fee_waiver(student=self.student.name)
		frappe.set_user(self.student.user)
		answer = api.register(plan=self.plan.name)
		self.assertEqual(answer["fee"], 0)
		self.assertEqual(answer["payment_status"], "Waived")

	def test_staff_user_is_not_a_student(self):
		frappe.set_user(make_user(roles=["Assessment Officer"]).name)
		before = frappe.db.count(REGISTRATION)
		with self.assertRaises(NotAStudentError):
			api.register(plan=self.plan.name)
		self.assertEqual(frappe.db.count(REGISTRATION), before)

	def test_cancel_while_the_window_is_open(self):
		registration = make_registration(self.plan.name, self.student.name)
		frappe.set_user(self.student.user)
		self.assertEqual(api.cancel_registration(registration.name)["status"], "Cancelled")

	def test_cancel_after_the_window_closed_is_refused_and_nothing_changes(self):
		registration = make_registration(self.plan.name, self.student.name)
		frappe.db.set_value(
			"Skill Assessment Plan",
			self.plan.name,
			"registration_end",
			frappe.utils.add_days(frappe.utils.today(), -1),
		)
		frappe.set_user(self.student.user)
		with self.assertRaises(RegistrationWindowClosedError):
			api.cancel_registration(registration.name)
		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "status"), "Registered")

	def test_another_students_registration_is_not_found(self):
		other = make_registration(self.plan.name, make_student(with_user=False).name)
		frappe.set_user(self.student.user)
		for call in (api.cancel_registration, api.admission_ticket):
			with self.subTest(call=call.__name__), self.assertRaises(NotFoundError):
				call(other.name)
		self.assertEqual(frappe.db.get_value(REGISTRATION, other.name, "status"), "Registered")

	def test_objection_to_own_result_in_publicity(self):
		plan = make_plan(state="Results in Publicity", students=[self.student.name])
		result = frappe.db.get_value("Skill Assessment Result", {"plan": plan.name, "docstatus": 1})
		frappe.set_user(self.student.user)
		answer = api.lodge_objection(result=result, reason="<b>My practical</b> score was added wrongly")
		objection = frappe.get_doc("Result Objection", answer["objection"])
		self.assertEqual(objection.student, self.student.name)
		self.assertNotIn("<", objection.reason)

	def test_objection_to_another_students_result_is_not_found(self):
		other = make_student(with_user=False)
		plan = make_plan(state="Results in Publicity", students=[other.name])
		result = frappe.db.get_value("Skill Assessment Result", {"plan": plan.name, "docstatus": 1})
		frappe.set_user(self.student.user)
		before = frappe.db.count("Result Objection")
		with self.assertRaises(NotFoundError):
			api.lodge_objection(result=result, reason="Not mine")
		self.assertEqual(frappe.db.count("Result Objection"), before)
