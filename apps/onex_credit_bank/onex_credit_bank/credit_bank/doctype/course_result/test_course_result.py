import frappe
from frappe.tests.utils import FrappeTestCase
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank.exceptions import DuplicateCourseResultError, InvalidScoreError
from onex_credit_bank.tests.factories import credit_records, make_course_result, make_school_course

RESULT = "Course Result"


class TestCourseResult(FrappeTestCase):
	def setUp(self):
		self.student = make_student(with_user=False).name
		self.course = make_school_course(credits=3, pass_mark=60).name

	def tearDown(self):
		frappe.db.rollback()

	def results(self):
		return frappe.db.count(RESULT, {"student": self.student})

	def test_passing_is_set_from_the_course_pass_mark(self):
		self.assertEqual(make_course_result(self.student, self.course, score=60, submit=False).passed, 1)
		other = make_school_course(pass_mark=75).name
		self.assertEqual(make_course_result(self.student, other, score=74.99, submit=False).passed, 0)

	def test_a_passed_result_earns_the_course_credits_once(self):
		result = make_course_result(self.student, self.course, score=88)
		credits = credit_records(result.name)
		self.assertEqual(
			[(row.entry_type, row.credits, row.school_course) for row in credits],
			[("Credit", 3, self.course)],
		)

	def test_a_failed_result_earns_nothing(self):
		result = make_course_result(self.student, self.course, score=59.5)
		self.assertEqual(credit_records(result.name), [])

	def test_cancelling_a_result_reverses_its_credit_and_keeps_both(self):
		result = make_course_result(self.student, self.course, score=88)
		result.cancel()
		credits = credit_records(result.name)
		self.assertEqual(sorted(row.entry_type for row in credits), ["Credit", "Reversal"])
		self.assertEqual(frappe.db.get_value(RESULT, result.name, "docstatus"), 2)

	def test_an_amended_result_earns_its_own_credit(self):
		result = make_course_result(self.student, self.course, score=50)
		result.cancel()
		amended = frappe.copy_doc(result)
		amended.docstatus = 0
		amended.amended_from = result.name
		amended.score = 75
		amended.insert()
		amended.submit()
		self.assertEqual([row.entry_type for row in credit_records(amended.name)], ["Credit"])

	def test_scores_outside_0_to_100_or_with_three_decimals_are_refused(self):
		for score in (101, -1, 59.123):
			with self.subTest(score=score), self.assertRaises(InvalidScoreError):
				make_course_result(self.student, self.course, score=score)
		self.assertEqual(self.results(), 0)

	def test_a_second_result_in_the_same_course_and_term_is_refused(self):
		first = make_course_result(self.student, self.course, score=70)
		with self.assertRaises(DuplicateCourseResultError) as caught:
			make_course_result(self.student, self.course, score=90)
		self.assertIn(first.name, str(caught.exception))
		self.assertEqual(self.results(), 1)
