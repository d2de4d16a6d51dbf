import frappe
from frappe.model.workflow import apply_workflow
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.assessment.doctype.skill_assessment_plan import skill_assessment_plan as plan_module
from onex_pilot.assessment.exceptions import (
	ExaminerConflictOfInterestError,
	ExaminerDoubleBookedError,
	ExaminerNotQualifiedError,
	ExamNotYetHeldError,
	InactivePilotDomainError,
	InvalidCapacityError,
	InvalidExamTimeError,
	InvalidRegistrationWindowError,
	PlanDeletionError,
	PlanEditNotAllowedError,
	PublicityNotOverError,
	ResultsMissingError,
	RoomDoubleBookedError,
	RoomNotAtSiteError,
	SiteNotAccreditedError,
	TooFewExaminersError,
)
from onex_pilot.assessment.workflow_names import (
	APPROVE,
	CANCEL_PLAN,
	CANCELLED,
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
)
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.assessment import (
	enter_results,
	make_plan,
	make_registration,
	plan_details,
)
from onex_pilot.tests.factories.faculty import make_teaching_assignment, make_trainer
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_term
from onex_pilot.tests.factories.students import make_exam_room, make_exam_site, make_student

PLAN = "Skill Assessment Plan"


class PlanTestCase(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def assert_not_saved(self, details, exc):
		count = frappe.db.count(PLAN)
		with self.assertRaises(exc):
			frappe.get_doc(details).insert(ignore_permissions=True)
		self.assertEqual(frappe.db.count(PLAN), count)

	def assert_transition_refused(self, plan, action, next_state, exc):
		"""Refused through apply_workflow and through a save of workflow_state (the REST
		API's way); either way the plan keeps its state."""
		state = frappe.db.get_value(PLAN, plan.name, "workflow_state")
		with self.assertRaises(exc):
			apply_workflow(plan, action)
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), state)

		doc = frappe.get_doc(PLAN, plan.name)
		doc.workflow_state = next_state
		with self.assertRaises(exc):
			doc.save()
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), state)


class TestPlanFields(PlanTestCase):
	def test_new_plan_is_draft_with_the_level_fee_and_term(self):
		plan = make_plan()

		self.assertEqual(plan.workflow_state, DRAFT)
		self.assertEqual(plan.fee, 300)
		self.assertEqual(plan.school_term, make_school_term().name)

	def test_overridden_fee_is_kept(self):
		plan = make_plan(override_fee=1, fee=120)

		self.assertEqual(plan.fee, 120)

	def test_state_names_are_the_module_constants(self):
		self.assertEqual(plan_module.HELD, "Held")
		self.assertEqual(len(plan_module.PLAN_STATES), 8)

	def test_capacity_above_the_rooms_is_refused(self):
		site = make_exam_site().name
		room = make_exam_room(exam_site=site, capacity=10).name
		details = plan_details(exam_site=site, rooms=[room], capacity=10)
		details["capacity"] = 11

		self.assert_not_saved(details, InvalidCapacityError)

	def test_room_of_another_site_is_refused(self):
		details = plan_details(rooms=[make_exam_room().name])

		self.assert_not_saved(details, RoomNotAtSiteError)

	def test_plan_for_a_suspended_domain_is_refused(self):
		details = plan_details(pilot_domain=make_pilot_domain(status="Suspended").name)

		self.assert_not_saved(details, InactivePilotDomainError)

	def test_exam_ending_before_it_starts_is_refused(self):
		details = plan_details(start_time="11:00:00", end_time="09:00:00")

		self.assert_not_saved(details, InvalidExamTimeError)

	def test_time_that_is_no_time_of_day_is_refused(self):
		for start_time in ("25:99", "24:00", "abc"):
			with self.subTest(start_time=start_time):
				self.assert_not_saved(plan_details(start_time=start_time), InvalidExamTimeError)

	def test_saved_plan_given_a_bad_time_keeps_its_time(self):
		plan = make_plan()
		saved = frappe.db.get_value(PLAN, plan.name, "start_time")
		self.assertTrue(saved)
		plan.start_time = "25:99"
		with self.assertRaises(InvalidExamTimeError):
			plan.save()
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "start_time"), saved)

	def test_registration_closing_after_the_exam_is_refused(self):
		exam_date = add_days(today(), 5)
		details = plan_details(exam_date=exam_date, registration_end=add_days(exam_date, 1))

		self.assert_not_saved(details, InvalidRegistrationWindowError)


class TestPlanApproval(PlanTestCase):
	def test_approval_with_everything_in_order_opens_registration(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)

		self.assertEqual(plan.workflow_state, OPEN_FOR_REGISTRATION)

	def test_approval_with_an_expired_accreditation_is_refused(self):
		domain = make_pilot_domain()
		certificate = frappe.db.get_value("Pilot Domain", domain.name, "skill_certificate")
		site = make_exam_site(
			accredited_for=[(certificate, ELEMENTARY)],
			valid_from=add_days(today(), -400),
			valid_to=add_days(today(), -1),
		).name
		plan = make_plan(state=PENDING_APPROVAL, pilot_domain=domain.name, exam_site=site)

		self.assert_transition_refused(plan, APPROVE, OPEN_FOR_REGISTRATION, SiteNotAccreditedError)

	def test_approval_with_too_few_examiners_is_refused(self):
		domain = make_pilot_domain()
		certificate = frappe.db.get_value("Pilot Domain", domain.name, "skill_certificate")
		two = [make_trainer(examiner_for=[(certificate, ELEMENTARY)]).name for _i in range(2)]
		# 41 candidates need 3 examiners at 20 each.
		plan = make_plan(state=PENDING_APPROVAL, pilot_domain=domain.name, capacity=41, examiners=two)

		self.assert_transition_refused(plan, APPROVE, OPEN_FOR_REGISTRATION, TooFewExaminersError)

	def test_approval_with_an_unqualified_examiner_is_refused(self):
		domain = make_pilot_domain()
		certificate = frappe.db.get_value("Pilot Domain", domain.name, "skill_certificate")
		expired = make_trainer(
			examiner_for=[(certificate, ELEMENTARY)],
			valid_from=add_days(today(), -400),
			valid_to=add_days(today(), -1),
		).name
		plan = make_plan(state=PENDING_APPROVAL, pilot_domain=domain.name, capacity=10, examiners=[expired])

		self.assert_transition_refused(plan, APPROVE, OPEN_FOR_REGISTRATION, ExaminerNotQualifiedError)

	def test_approval_with_a_double_booked_room_is_refused(self):
		first = make_plan(state=OPEN_FOR_REGISTRATION)
		second = make_plan(
			state=PENDING_APPROVAL,
			pilot_domain=first.pilot_domain,
			exam_site=first.exam_site,
			rooms=[first.rooms[0].exam_room],
			start_time="10:30:00",
			end_time="12:00:00",
		)

		self.assert_transition_refused(second, APPROVE, OPEN_FOR_REGISTRATION, RoomDoubleBookedError)

	def test_approval_with_a_double_booked_examiner_is_refused(self):
		first = make_plan(state=OPEN_FOR_REGISTRATION)
		second = make_plan(
			state=PENDING_APPROVAL,
			pilot_domain=first.pilot_domain,
			examiners=[row.trainer for row in first.examiners],
		)

		self.assert_transition_refused(second, APPROVE, OPEN_FOR_REGISTRATION, ExaminerDoubleBookedError)

	def test_plans_at_different_times_share_a_room(self):
		first = make_plan(state=OPEN_FOR_REGISTRATION)
		second = make_plan(
			state=OPEN_FOR_REGISTRATION,
			pilot_domain=first.pilot_domain,
			exam_site=first.exam_site,
			rooms=[first.rooms[0].exam_room],
			start_time="13:00:00",
			end_time="15:00:00",
		)

		self.assertEqual(second.workflow_state, OPEN_FOR_REGISTRATION)


class TestPlanChangesByState(PlanTestCase):
	def test_pending_plan_cannot_be_edited(self):
		plan = make_plan(state=PENDING_APPROVAL)
		plan.capacity = 5

		with self.assertRaises(PlanEditNotAllowedError):
			plan.save()
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "capacity"), 30)

	def test_open_plan_keeps_its_date_and_capacity(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		plan.exam_date = add_days(today(), 3)

		with self.assertRaises(PlanEditNotAllowedError):
			plan.save()
		self.assertEqual(str(frappe.db.get_value(PLAN, plan.name, "exam_date")), today())

	def test_open_plan_takes_another_qualified_examiner(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		other = make_trainer(examiner_for=[(plan.skill_certificate, plan.level)]).name
		plan.examiners[0].trainer = other

		plan.save()

		self.assertEqual(frappe.get_doc(PLAN, plan.name).examiners[0].trainer, other)

	def test_open_plan_refuses_an_unqualified_examiner(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		plan.examiners[0].trainer = make_trainer().name

		with self.assertRaises(ExaminerNotQualifiedError):
			plan.save()

	def test_finished_plan_cannot_be_deleted(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)

		with self.assertRaises(PlanDeletionError):
			frappe.delete_doc(PLAN, plan.name)
		self.assertTrue(frappe.db.exists(PLAN, plan.name))

	def test_cancelling_a_plan_cancels_its_registrations(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION)
		registration = make_registration(plan.name)

		apply_workflow(plan, CANCEL_PLAN)

		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), CANCELLED)
		self.assertEqual(frappe.db.get_value(registration.doctype, registration.name, "status"), "Cancelled")


class TestConflictOfInterest(PlanTestCase):
	def conflicted_plan(self):
		"""An open plan with one registered student whose class the plan's examiner teaches."""
		plan = make_plan(state=OPEN_FOR_REGISTRATION, capacity=10)
		student = make_student(with_user=False)
		make_registration(plan.name, student.name)
		make_teaching_assignment(
			trainer=plan.examiners[0].trainer,
			pilot_domain=plan.pilot_domain,
			school_class=student.school_class,
			school_term=plan.school_term,
		)
		return plan, student

	def test_closing_registration_with_a_conflicted_examiner_is_refused(self):
		plan, _student = self.conflicted_plan()

		self.assert_transition_refused(
			plan, CLOSE_REGISTRATION, REGISTRATION_CLOSED, ExaminerConflictOfInterestError
		)

	def test_swapping_in_a_conflicted_examiner_after_closing_is_refused(self):
		plan = make_plan(state=OPEN_FOR_REGISTRATION, capacity=10)
		student = make_student(with_user=False)
		make_registration(plan.name, student.name)
		apply_workflow(plan, CLOSE_REGISTRATION)
		teacher = make_trainer(examiner_for=[(plan.skill_certificate, plan.level)]).name
		make_teaching_assignment(
			trainer=teacher,
			pilot_domain=plan.pilot_domain,
			school_class=student.school_class,
			school_term=plan.school_term,
		)
		plan.reload()
		plan.examiners[0].trainer = teacher

		with self.assertRaises(ExaminerConflictOfInterestError):
			plan.save()
		self.assertNotEqual(frappe.get_doc(PLAN, plan.name).examiners[0].trainer, teacher)


class TestHeldAndResults(PlanTestCase):
	def test_marking_as_held_before_the_exam_date_is_refused(self):
		plan = make_plan(state=REGISTRATION_CLOSED, exam_date=add_days(today(), 7))

		self.assert_transition_refused(plan, MARK_AS_HELD, HELD, ExamNotYetHeldError)

	def test_publishing_with_a_missing_result_is_refused(self):
		students = [make_student(with_user=False).name for _i in range(2)]
		plan = make_plan(state=HELD, students=students)
		enter_results(plan.name, {students[0]: (70, 70)})

		self.assert_transition_refused(plan, PUBLISH_RESULTS, RESULTS_IN_PUBLICITY, ResultsMissingError)
		self.assertEqual(frappe.db.count("Skill Assessment Result", {"plan": plan.name, "docstatus": 1}), 0)

	def test_publishing_submits_every_result(self):
		students = [make_student(with_user=False).name for _i in range(2)]
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=students, scores={students[1]: "Absent"})

		submitted = frappe.get_all(
			"Skill Assessment Result", filters={"plan": plan.name, "docstatus": 1}, pluck="outcome"
		)
		self.assertEqual(sorted(submitted), ["Absent", "Pass"])
		self.assertEqual(str(plan.results_published_on), today())

	def test_final_before_the_publicity_window_has_passed_is_refused(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])

		self.assert_transition_refused(plan, FINALISE_RESULTS, RESULTS_FINAL, PublicityNotOverError)

	def test_an_edit_cannot_shorten_the_publicity_window(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])
		ends = frappe.db.get_value(PLAN, plan.name, "publicity_ends_on")

		doc = frappe.get_doc(PLAN, plan.name)
		doc.results_published_on = add_days(today(), -10)
		doc.publicity_ends_on = add_days(today(), -1)
		doc.save()

		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "publicity_ends_on"), ends)
		self.assert_transition_refused(plan, FINALISE_RESULTS, RESULTS_FINAL, PublicityNotOverError)

	def test_final_with_a_backdated_window_in_the_same_save_is_refused(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])

		doc = frappe.get_doc(PLAN, plan.name)
		doc.publicity_ends_on = add_days(today(), -1)
		doc.workflow_state = RESULTS_FINAL
		with self.assertRaises(PublicityNotOverError):
			doc.save()
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), RESULTS_IN_PUBLICITY)
		self.assertEqual(frappe.db.count("Skill Certificate Record", {"plan": plan.name}), 0)

	def test_final_after_the_publicity_window_is_reached(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_FINAL, students=[student])

		self.assertEqual(plan.workflow_state, RESULTS_FINAL)
