import frappe
from frappe.model.workflow import apply_workflow
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, add_years, today

from onex_pilot import roles
from onex_pilot.assessment.doctype.fee_waiver import fee_waiver as waiver_module
from onex_pilot.assessment.exceptions import (
	EvidenceNotUploadedError,
	InvalidWaiverPeriodError,
	NotClassTeacherError,
	NotRegisteredPoorError,
	OverlappingWaiverError,
	RejectionReasonMissingError,
	WaiverEditNotAllowedError,
)
from onex_pilot.assessment.workflow_names import (
	APPLIED,
	APPROVE,
	APPROVED,
	CLASS_TEACHER_APPROVED,
	OPEN_FOR_REGISTRATION,
	REJECT,
	REJECTED,
)
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan, make_registration
from onex_pilot.tests.factories.organisation import make_school_class, make_user
from onex_pilot.tests.factories.students import make_personal_data, make_student

WAIVER = "Fee Waiver"
REGISTRATION = "Skill Assessment Registration"


class TestFeeWaiver(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_state_names_are_the_module_constants(self):
		self.assertEqual(
			waiver_module.WAIVER_STATES, ("Applied", "Class Teacher Approved", "Approved", "Rejected")
		)

	def test_period_ending_before_it_starts_is_refused(self):
		count = frappe.db.count(WAIVER)

		with self.assertRaises(InvalidWaiverPeriodError):
			make_fee_waiver(state=APPLIED, period_start=today(), period_end=add_days(today(), -1))
		self.assertEqual(frappe.db.count(WAIVER), count)

	def test_period_longer_than_a_programme_is_refused(self):
		count = frappe.db.count(WAIVER)
		with self.assertRaises(InvalidWaiverPeriodError):
			make_fee_waiver(state=APPLIED, period_start=today(), period_end=add_years(today(), 50))
		self.assertEqual(frappe.db.count(WAIVER), count)
		longest = make_fee_waiver(state=APPLIED, period_start=today(), period_end=add_years(today(), 3))
		self.assertEqual(longest.workflow_state, APPLIED)

	def test_a_second_waiver_for_days_already_covered_is_refused(self):
		first = make_fee_waiver(state=APPLIED)
		count = frappe.db.count(WAIVER)
		with self.assertRaises(OverlappingWaiverError):
			make_fee_waiver(
				student=first.student,
				state=APPLIED,
				period_start=first.period_end,
				period_end=add_days(first.period_end, 30),
			)
		self.assertEqual(frappe.db.count(WAIVER), count)

		# The day after it ends is free; and once the first is rejected, its days are free again.
		after = make_fee_waiver(
			student=first.student,
			state=APPLIED,
			period_start=add_days(first.period_end, 1),
			period_end=add_days(first.period_end, 30),
		)
		self.assertEqual(after.workflow_state, APPLIED)
		frappe.db.set_value(WAIVER, first.name, {"workflow_state": REJECTED, "rejection_reason": "Test"})
		again = make_fee_waiver(student=first.student, state=APPLIED)
		self.assertEqual(again.workflow_state, APPLIED)

	def test_evidence_must_be_an_uploaded_file(self):
		count = frappe.db.count(WAIVER)
		with self.assertRaises(EvidenceNotUploadedError):
			make_fee_waiver(state=APPLIED, evidence="/private/files/none.png")
		self.assertEqual(frappe.db.count(WAIVER), count)
		upload = frappe.get_doc(
			{"doctype": "File", "file_name": "household.txt", "content": b"evidence", "is_private": 1}
		).insert(ignore_permissions=True)
		waiver = make_fee_waiver(state=APPLIED, evidence=upload.file_url)
		self.assertEqual(waiver.evidence, upload.file_url)

	def test_rejection_without_a_reason_is_refused(self):
		waiver = make_fee_waiver(state=APPLIED)

		with self.assertRaises(RejectionReasonMissingError):
			apply_workflow(waiver, REJECT)
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), APPLIED)

		waiver.reload()
		waiver.workflow_state = REJECTED  # as a REST call would
		with self.assertRaises(RejectionReasonMissingError):
			waiver.save()
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), APPLIED)

	def test_rejection_with_a_reason_is_recorded(self):
		waiver = make_fee_waiver(state=REJECTED)

		self.assertEqual(waiver.workflow_state, REJECTED)
		self.assertEqual(waiver.rejected_by, "Administrator")

	def test_another_class_teacher_cannot_even_see_the_waiver(self):
		teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		student = make_student(with_user=False, school_class=make_school_class(class_teacher=teacher).name)
		waiver = make_fee_waiver(student=student.name, state=APPLIED)
		frappe.set_user(make_user(roles=[roles.CLASS_TEACHER]).name)

		with self.assertRaises(frappe.PermissionError):
			apply_workflow(waiver, APPROVE)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), APPLIED)

	def test_first_approval_by_someone_not_the_students_class_teacher_is_refused(self):
		teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		student = make_student(with_user=False, school_class=make_school_class(class_teacher=teacher).name)
		waiver = make_fee_waiver(student=student.name, state=APPLIED)
		# A Finance Officer who is also a class teacher, of another class: sees the waiver, may
		# use the Class Teacher's transition, but is not this student's class teacher.
		frappe.set_user(make_user(roles=[roles.CLASS_TEACHER, roles.FINANCE_OFFICER]).name)

		with self.assertRaises(NotClassTeacherError):
			apply_workflow(waiver, APPROVE)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), APPLIED)

	def test_class_teacher_gives_the_first_approval_and_finance_the_final(self):
		teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		finance = make_user(roles=[roles.FINANCE_OFFICER]).name
		student = make_student(with_user=False, school_class=make_school_class(class_teacher=teacher).name)
		waiver = make_fee_waiver(student=student.name, state=APPLIED)

		frappe.set_user(teacher)
		apply_workflow(waiver, APPROVE)
		frappe.set_user(finance)
		apply_workflow(waiver, APPROVE)

		waiver.reload()
		self.assertEqual(waiver.workflow_state, APPROVED)
		self.assertEqual(waiver.class_teacher_approved_by, teacher)
		self.assertEqual(waiver.approved_by, finance)

	def test_class_teacher_cannot_give_the_final_approval(self):
		teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		student = make_student(with_user=False, school_class=make_school_class(class_teacher=teacher).name)
		waiver = make_fee_waiver(student=student.name, state=CLASS_TEACHER_APPROVED)
		frappe.set_user(teacher)

		with self.assertRaises(frappe.ValidationError):
			apply_workflow(waiver, APPROVE)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), CLASS_TEACHER_APPROVED)

	def test_poor_household_basis_without_the_record_is_refused(self):
		student = make_student(with_user=False).name
		make_personal_data(student, is_registered_poor=0)
		waiver = make_fee_waiver(student=student, state=APPLIED, poor=False)

		with self.assertRaises(NotRegisteredPoorError):
			apply_workflow(waiver, APPROVE)
		self.assertEqual(frappe.db.get_value(WAIVER, waiver.name, "workflow_state"), APPLIED)

	def test_period_cannot_change_after_the_first_approval(self):
		waiver = make_fee_waiver(state=CLASS_TEACHER_APPROVED)
		waiver.period_end = add_days(today(), 400)

		with self.assertRaises(WaiverEditNotAllowedError):
			waiver.save()
		self.assertEqual(str(frappe.db.get_value(WAIVER, waiver.name, "period_end")), add_days(today(), 180))


class TestWaiverRepricing(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_approval_waives_the_unpaid_registrations_in_the_period(self):
		student = make_student(with_user=False).name
		unpaid = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name, student)
		paid = make_registration(make_plan(state=OPEN_FOR_REGISTRATION).name, student)
		paid.db_set("payment_status", "Paid")
		later_plan = make_plan(state=OPEN_FOR_REGISTRATION, exam_date=add_days(today(), 200))
		later = make_registration(later_plan.name, student)
		waiver = make_fee_waiver(student=student, state=CLASS_TEACHER_APPROVED)

		apply_workflow(waiver, APPROVE)

		unpaid.reload()
		self.assertEqual((unpaid.fee, unpaid.payment_status, unpaid.fee_waiver), (0, "Waived", waiver.name))
		self.assertEqual(unpaid.waived_amount, 300)
		self.assertEqual(
			frappe.db.get_value(REGISTRATION, paid.name, ["fee", "payment_status"]), (300, "Paid")
		)
		self.assertEqual(frappe.db.get_value(REGISTRATION, later.name, "payment_status"), "Unpaid")

	def test_approval_leaves_plans_of_suspended_domains_alone(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		registration = make_registration(plan.name, student)
		frappe.db.set_value("Pilot Domain", plan.pilot_domain, "status", "Suspended")

		make_fee_waiver(student=student)

		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "payment_status"), "Unpaid")
