import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot import roles
from onex_pilot.assessment.doctype.skill_assessment_registration.skill_assessment_registration import (
	cancel,
	register,
)
from onex_pilot.assessment.exceptions import (
	CancellationNotAllowedError,
	DuplicateRegistrationError,
	NoSeatsLeftError,
	NotAStudentError,
	PaymentStatusError,
	RegistrationChangeError,
	RegistrationClosedError,
)
from onex_pilot.assessment.workflow_names import DRAFT, HELD, OPEN_FOR_REGISTRATION
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan, make_registration
from onex_pilot.tests.factories.organisation import make_user
from onex_pilot.tests.factories.students import make_student

REGISTRATION = "Skill Assessment Registration"


class TestRegistration(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def assert_refused(self, plan, student, exc):
		with self.assertRaises(exc):
			make_registration(plan, student)
		self.assertFalse(
			frappe.db.exists(REGISTRATION, {"plan": plan, "student": student, "status": "Registered"})
		)

	def test_registration_takes_the_fee_from_the_plan(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION, override_fee=1, fee=260)

		registration = make_registration(plan.name)

		self.assertEqual(registration.fee, 260)
		self.assertEqual(registration.payment_status, "Unpaid")
		self.assertEqual(registration.pilot_domain, plan.pilot_domain)

	def test_registration_for_a_plan_not_yet_open_is_refused(self):
		plan = make_plan(state=DRAFT)

		self.assert_refused(plan.name, make_student(with_user=False).name, RegistrationClosedError)

	def test_registration_before_the_window_opens_is_refused(self):
		exam_date = add_days(today(), 20)
		plan = make_plan(
			state=OPEN_FOR_REGISTRATION,
			exam_date=exam_date,
			registration_start=add_days(today(), 5),
			registration_end=add_days(today(), 10),
		)

		self.assert_refused(plan.name, make_student(with_user=False).name, RegistrationClosedError)

	def test_registration_over_capacity_is_refused(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION, capacity=1)
		make_registration(plan.name)

		self.assert_refused(plan.name, make_student(with_user=False).name, NoSeatsLeftError)
		self.assertEqual(frappe.db.count(REGISTRATION, {"plan": plan.name}), 1)

	def test_second_registration_of_a_student_is_refused(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		student = make_student(with_user=False).name
		make_registration(plan.name, student)

		with self.assertRaises(DuplicateRegistrationError):
			make_registration(plan.name, student)
		self.assertEqual(frappe.db.count(REGISTRATION, {"plan": plan.name, "student": student}), 1)

	def test_cancellation_frees_the_seat(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION, capacity=1)
		first = make_registration(plan.name)
		self.assertTrue(first.can_be_cancelled())  # the Desk offers the button

		cancel(first.name, "Ill")
		second = make_registration(plan.name)

		self.assertEqual(frappe.db.get_value(REGISTRATION, first.name, "status"), "Cancelled")
		self.assertEqual(second.status, "Registered")

	def test_cancellation_after_the_exam_is_refused(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=HELD, students=[student])
		name = frappe.db.get_value(REGISTRATION, {"plan": plan.name}, "name")

		self.assertFalse(frappe.get_doc(REGISTRATION, name).can_be_cancelled())  # no button
		with self.assertRaises(CancellationNotAllowedError):
			cancel(name)
		self.assertEqual(frappe.db.get_value(REGISTRATION, name, "status"), "Registered")

	def test_fee_cannot_be_changed_by_hand(self):
		registration = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name)
		registration.fee = 1

		with self.assertRaises(RegistrationChangeError):
			registration.save()
		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "fee"), 300)


class TestRegistrationFees(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_approved_waiver_covering_the_exam_date_waives_the_fee(self):
		waiver = make_fee_waiver()
		plan = make_plan(state=OPEN_FOR_REGISTRATION)

		registration = make_registration(plan.name, waiver.student)

		self.assertEqual(registration.fee, 0)
		self.assertEqual(registration.payment_status, "Waived")
		self.assertEqual(registration.fee_waiver, waiver.name)
		self.assertEqual(registration.waived_amount, 300)

	def test_waiver_ending_before_the_exam_waives_nothing(self):
		waiver = make_fee_waiver(period_start=add_days(today(), -100), period_end=add_days(today(), -1))

		registration = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name, waiver.student)

		self.assertEqual(registration.fee, 300)
		self.assertEqual(registration.payment_status, "Unpaid")
		self.assertFalse(registration.fee_waiver)

	def test_finance_officer_records_a_payment(self):
		registration = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name)
		frappe.set_user(make_user(roles=[roles.FINANCE_OFFICER]).name)

		registration.reload()
		registration.payment_status = "Paid"
		registration.save()

		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "payment_status"), "Paid")

	def test_finance_officer_cannot_mark_a_fee_waived(self):
		registration = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name)
		frappe.set_user(make_user(roles=[roles.FINANCE_OFFICER]).name)

		registration.reload()
		registration.payment_status = "Waived"
		with self.assertRaises(PaymentStatusError):
			registration.save()
		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "payment_status"), "Unpaid")

	def test_assessment_officer_cannot_change_payment_status(self):
		registration = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name)
		frappe.set_user(make_user(roles=[roles.ASSESSMENT_OFFICER]).name)

		registration.reload()
		registration.payment_status = "Paid"
		registration.save()  # without level-1 write access the field is reset to its saved value

		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "payment_status"), "Unpaid")


class TestStudentRegistration(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_student_registers_themselves_from_the_session(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		student = make_student()
		frappe.set_user(student.user)

		name = register(plan.name)

		self.assertEqual(frappe.db.get_value(REGISTRATION, name, "student"), student.name)

	def test_student_cannot_register_another_student(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		other = make_student(with_user=False).name
		frappe.set_user(make_student().user)

		registration = frappe.get_doc({"doctype": REGISTRATION, "plan": plan.name, "student": other})
		with self.assertRaises(frappe.PermissionError):
			registration.insert()
		frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists(REGISTRATION, {"student": other}))

	def test_staff_without_a_student_record_cannot_use_register(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		frappe.set_user(make_user(roles=[roles.CLASS_TEACHER]).name)

		with self.assertRaises(NotAStudentError):
			register(plan.name)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count(REGISTRATION, {"plan": plan.name}), 0)
