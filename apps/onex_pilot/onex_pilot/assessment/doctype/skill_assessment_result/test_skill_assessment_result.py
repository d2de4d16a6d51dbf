import frappe
from frappe.model.workflow import apply_workflow
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.assessment.exceptions import (
	AmendmentReasonMissingError,
	InvalidScoreError,
	MissingScoreError,
	NotPlanExaminerError,
	ResultCancelError,
	ResultEntryNotAllowedError,
	ResultSubmissionError,
	VoidReasonMissingError,
)
from onex_pilot.assessment.results import amend_result, enter_results
from onex_pilot.assessment.workflow_names import (
	HELD,
	PUBLISH_RESULTS,
	REGISTRATION_CLOSED,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.tests.factories.assessment import make_plan, result_of
from onex_pilot.tests.factories.faculty import make_trainer
from onex_pilot.tests.factories.organisation import make_user
from onex_pilot.tests.factories.students import make_student

RESULT = "Skill Assessment Result"


class ResultTestCase(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def held_plan(self, count=1, **fields):
		students = [make_student(with_user=False).name for _i in range(count)]
		plan = make_plan(state=HELD, students=students, **fields)
		registrations = [
			frappe.db.get_value("Skill Assessment Registration", {"plan": plan.name, "student": s}, "name")
			for s in students
		]
		return plan, students, registrations

	def assert_no_result(self, plan):
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count(RESULT, {"plan": plan.name}), 0)


class TestScores(ResultTestCase):
	def test_score_above_100_is_refused(self):
		plan, _students, (registration,) = self.held_plan()

		with self.assertRaises(InvalidScoreError):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 101, "practical_score": 80}]
			)
		self.assert_no_result(plan)

	def test_negative_score_is_refused(self):
		plan, _students, (registration,) = self.held_plan()

		with self.assertRaises(InvalidScoreError):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 80, "practical_score": -1}]
			)
		self.assert_no_result(plan)

	def test_score_with_three_decimals_is_refused(self):
		plan, _students, (registration,) = self.held_plan()

		with self.assertRaises(InvalidScoreError):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 59.123, "practical_score": 80}]
			)
		self.assert_no_result(plan)

	def test_one_bad_row_saves_no_row_of_the_grid(self):
		plan, _students, registrations = self.held_plan(count=2)
		rows = [
			{"registration": registrations[0], "theory_score": 70, "practical_score": 70},
			{"registration": registrations[1], "theory_score": 70, "practical_score": 170},
		]

		with self.assertRaises(InvalidScoreError):
			enter_results(plan.name, rows)
		self.assert_no_result(plan)

	def test_missing_score_of_a_present_candidate_is_refused(self):
		plan, _students, (registration,) = self.held_plan()

		with self.assertRaises(MissingScoreError):
			enter_results(plan.name, [{"registration": registration, "theory_score": 70}])
		self.assert_no_result(plan)

	def test_void_without_a_reason_is_refused(self):
		plan, _students, (registration,) = self.held_plan()

		with self.assertRaises(VoidReasonMissingError):
			enter_results(plan.name, [{"registration": registration, "void_for_misconduct": 1}])
		self.assert_no_result(plan)

	def test_outcome_follows_the_levels_pass_rule(self):
		plan, students, registrations = self.held_plan(count=4)
		enter_results(
			plan.name,
			[
				{"registration": registrations[0], "theory_score": 60, "practical_score": 60},
				{"registration": registrations[1], "theory_score": 59.99, "practical_score": 95},
				{"registration": registrations[2], "absent": 1},
				{
					"registration": registrations[3],
					"void_for_misconduct": 1,
					"void_reason": "Phone in the exam",
				},
			],
		)

		outcomes = [result_of(plan.name, s).outcome for s in students]
		self.assertEqual(outcomes, ["Pass", "Fail", "Absent", "Void"])
		self.assertEqual(result_of(plan.name, students[1]).total_score, 77.5)

	def test_total_pass_mark_applies_to_the_mean_of_both_scores(self):
		plan, students, registrations = self.held_plan(count=2)
		frappe.db.set_value(
			"Skill Certificate Level",
			{"parent": plan.skill_certificate, "level": plan.level},
			"total_pass_mark",
			70,
		)
		enter_results(
			plan.name,
			[
				{"registration": registrations[0], "theory_score": 60, "practical_score": 79.98},
				{"registration": registrations[1], "theory_score": 60, "practical_score": 80},
			],
		)

		self.assertEqual([result_of(plan.name, s).outcome for s in students], ["Fail", "Pass"])


class TestWhoEntersResults(ResultTestCase):
	def test_examiner_of_the_plan_enters_results(self):
		plan, students, (registration,) = self.held_plan()
		examiner = make_user(roles=[roles.EXAMINER]).name
		frappe.db.set_value("Trainer", plan.examiners[0].trainer, "user", examiner)
		frappe.set_user(examiner)

		enter_results(
			plan.name, [{"registration": registration, "theory_score": 75.5, "practical_score": 80}]
		)

		frappe.set_user("Administrator")
		self.assertEqual(result_of(plan.name, students[0]).entered_by, examiner)

	def test_examiner_of_another_plan_is_refused(self):
		plan, _students, (registration,) = self.held_plan()
		examiner = make_user(roles=[roles.EXAMINER]).name
		make_trainer(user=examiner)
		frappe.set_user(examiner)

		with self.assertRaises((NotPlanExaminerError, frappe.PermissionError)):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 70, "practical_score": 70}]
			)
		self.assert_no_result(plan)

	def test_examiner_of_another_plan_cannot_insert_a_result_directly(self):
		plan, _students, (registration,) = self.held_plan()
		examiner = make_user(roles=[roles.EXAMINER]).name
		make_trainer(user=examiner)
		frappe.set_user(examiner)

		result = frappe.get_doc(
			{"doctype": RESULT, "registration": registration, "theory_score": 70, "practical_score": 70}
		)
		with self.assertRaises((NotPlanExaminerError, frappe.PermissionError)):
			result.insert()
		self.assert_no_result(plan)

	def test_domain_lead_cannot_enter_results(self):
		lead = make_user(roles=[roles.DOMAIN_LEAD]).name
		plan, _students, (registration,) = self.held_plan()
		frappe.db.set_value("Pilot Domain", plan.pilot_domain, "domain_lead", lead)
		frappe.set_user(lead)

		with self.assertRaises((NotPlanExaminerError, frappe.PermissionError)):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 70, "practical_score": 70}]
			)
		self.assert_no_result(plan)

	def test_results_before_the_plan_is_held_are_refused(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=REGISTRATION_CLOSED, students=[student])
		registration = frappe.db.get_value("Skill Assessment Registration", {"plan": plan.name}, "name")

		with self.assertRaises(ResultEntryNotAllowedError):
			enter_results(
				plan.name, [{"registration": registration, "theory_score": 70, "practical_score": 70}]
			)
		self.assert_no_result(plan)

	def test_a_draft_cannot_be_submitted_on_its_own(self):
		plan, students, (registration,) = self.held_plan()
		enter_results(plan.name, [{"registration": registration, "theory_score": 70, "practical_score": 70}])
		result = result_of(plan.name, students[0])

		with self.assertRaises(ResultSubmissionError):
			result.submit()
		self.assertEqual(frappe.db.get_value(RESULT, result.name, "docstatus"), 0)


class TestVisibilityAndAmendment(ResultTestCase):
	def test_student_sees_their_result_only_once_published(self):
		student = make_student()
		plan = make_plan(state=HELD, students=[student.name])
		registration = frappe.db.get_value("Skill Assessment Registration", {"plan": plan.name}, "name")
		enter_results(plan.name, [{"registration": registration, "theory_score": 70, "practical_score": 70}])
		result = result_of(plan.name, student.name)

		self.assertFalse(frappe.has_permission(RESULT, "read", result, user=student.user))
		self.assertEqual(frappe.get_list(RESULT, user=student.user, filters={"plan": plan.name}), [])

		apply_workflow(frappe.get_doc("Skill Assessment Plan", plan.name), PUBLISH_RESULTS)
		result.reload()
		self.assertTrue(frappe.has_permission(RESULT, "read", result, user=student.user))

	def test_published_result_cannot_be_cancelled_on_its_own(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])
		result = result_of(plan.name, student)

		with self.assertRaises(ResultCancelError):
			result.cancel()
		self.assertEqual(frappe.db.get_value(RESULT, result.name, "docstatus"), 1)

	def test_amendment_needs_a_reason(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])
		result = result_of(plan.name, student)

		with self.assertRaises(AmendmentReasonMissingError):
			amend_result(result.name, "", theory_score=50, practical_score=80)
		self.assertEqual(frappe.db.get_value(RESULT, result.name, "docstatus"), 1)

	def test_amendment_replaces_the_published_result_with_its_reason(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])
		result = result_of(plan.name, student)

		amended = amend_result(
			result.name, "Marking error on question 3", theory_score=50, practical_score=80
		)

		self.assertEqual(frappe.db.get_value(RESULT, result.name, "docstatus"), 2)
		amendment = frappe.get_doc(RESULT, amended)
		self.assertEqual((amendment.docstatus, amendment.outcome), (1, "Fail"))
		self.assertEqual(amendment.amended_from, result.name)
		self.assertEqual(amendment.amendment_reason, "Marking error on question 3")
