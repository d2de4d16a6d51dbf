import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.credit_bank.credits import MAX_CREDITS
from onex_credit_bank.credit_bank.exceptions import FutureLearningDateError, InvalidCreditsError
from onex_credit_bank.tests.factories import credit_records, make_other_learning, make_school_course


def credit_records_of(student: str) -> list:
	return frappe.get_all("Credit Record", filters={"student": student}, pluck="name")


class TestOtherLearning(FrappeTestCase):
	def setUp(self):
		self.student = make_student(with_user=False).name

	def tearDown(self):
		frappe.db.rollback()

	def test_submitted_learning_earns_its_credits_in_the_year_of_its_date(self):
		course = make_school_course().name
		learned_on = add_days(today(), -400)
		learning = make_other_learning(
			self.student, credits=1.5, learning_date=learned_on, school_course=course
		)
		entry = frappe.get_doc("Credit Record", credit_records(learning.name)[0].name)
		self.assertEqual(
			(entry.credits, entry.school_course, entry.academic_year, str(entry.credit_date)),
			(1.5, course, academic_year_on(learned_on), str(learning.learning_date)),
		)

	def test_a_draft_earns_nothing_and_cancelling_reverses(self):
		learning = make_other_learning(self.student, submit=False)
		self.assertEqual(credit_records(learning.name), [])
		learning.submit()
		learning.cancel()
		self.assertEqual(
			sorted(row.entry_type for row in credit_records(learning.name)), ["Credit", "Reversal"]
		)

	def test_zero_or_negative_credits_are_refused(self):
		for credits in (0, -0.5):
			with self.subTest(credits=credits), self.assertRaises(InvalidCreditsError):
				make_other_learning(self.student, credits=credits, submit=False)
		self.assertFalse(frappe.db.exists("Other Learning", {"student": self.student}))

	def test_more_credits_than_one_record_can_earn_are_refused(self):
		with self.assertRaises(InvalidCreditsError):
			make_other_learning(self.student, credits=999)
		self.assertFalse(frappe.db.exists("Other Learning", {"student": self.student}))
		self.assertEqual(make_other_learning(self.student, credits=MAX_CREDITS).credits, MAX_CREDITS)

	def test_learning_dated_in_the_future_is_refused(self):
		with self.assertRaises(FutureLearningDateError):
			make_other_learning(self.student, learning_date=add_days(today(), 1))
		self.assertFalse(frappe.db.exists("Other Learning", {"student": self.student}))
		self.assertEqual(credit_records_of(self.student), [])
