"""The ledger's rules: credits come from their source, are never negative, never doubled, never
cancelled; a reversal cancels one credit of the same student, once."""

import frappe
from frappe.tests.utils import FrappeTestCase
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank.exceptions import (
	AlreadyReversedError,
	CreditRecordImmutableError,
	DuplicateCreditError,
	InvalidCreditsError,
	InvalidCreditSourceError,
	InvalidReversalError,
)
from onex_credit_bank.tests.factories import (
	credit_records,
	make_course_result,
	make_other_learning,
	make_school_course,
)

CREDIT_RECORD = "Credit Record"


def credit_entry(student, source_type, source, **fields):
	return frappe.get_doc(
		{
			"doctype": CREDIT_RECORD,
			"entry_type": "Credit",
			"student": student,
			"source_type": source_type,
			"source": source,
			**fields,
		}
	)


def reversal_entry(credit, **fields):
	return frappe.get_doc({"doctype": CREDIT_RECORD, "entry_type": "Reversal", "reverses": credit, **fields})


class TestCreditRecord(FrappeTestCase):
	def setUp(self):
		self.student = make_student(with_user=False).name

	def tearDown(self):
		frappe.db.rollback()

	def ledger_size(self):
		return frappe.db.count(CREDIT_RECORD, {"student": self.student})

	def test_a_credit_takes_its_credits_course_and_year_from_the_source(self):
		course = make_school_course(credits=4).name
		result = make_course_result(self.student, course, score=70, submit=False)
		result.submit()
		entry = frappe.get_doc(CREDIT_RECORD, credit_records(result.name)[0].name)
		term_year = frappe.db.get_value("School Term", result.school_term, "academic_year")
		self.assertEqual(
			(entry.student, entry.credits, entry.school_course, entry.academic_year, entry.docstatus),
			(self.student, 4, course, term_year, 1),
		)

	def test_credits_typed_by_hand_are_replaced_by_what_the_source_earns(self):
		learning = make_other_learning(self.student, credits=2, submit=False)
		learning.submit()
		credit = credit_records(learning.name)[0].name
		reversal_entry(credit).insert().submit()

		entry = credit_entry(self.student, "Other Learning", learning.name, credits=50).insert()
		self.assertEqual(entry.credits, 2)

	def test_negative_credits_are_refused(self):
		with self.assertRaises(InvalidCreditsError):
			make_other_learning(self.student, credits=-1)
		self.assertFalse(frappe.db.exists("Other Learning", {"student": self.student}))
		self.assertEqual(self.ledger_size(), 0)

	def test_a_second_credit_for_the_same_source_is_refused(self):
		learning = make_other_learning(self.student, credits=2)
		first = credit_records(learning.name)[0].name
		with self.assertRaises(DuplicateCreditError) as caught:
			credit_entry(self.student, "Other Learning", learning.name).insert()
		self.assertIn(first, str(caught.exception))
		self.assertEqual(self.ledger_size(), 1)

	def test_a_source_of_another_student_is_refused(self):
		other = make_other_learning(make_student(with_user=False).name)
		with self.assertRaises(InvalidCreditSourceError):
			credit_entry(self.student, "Other Learning", other.name).insert()
		self.assertEqual(self.ledger_size(), 0)

	def test_a_failed_or_draft_course_result_earns_no_credit(self):
		failed = make_course_result(self.student, score=40)
		draft = make_course_result(self.student, score=90, submit=False)
		self.assertEqual(credit_records(failed.name), [])
		for source in (failed.name, draft.name):
			with self.subTest(source=source), self.assertRaises(InvalidCreditSourceError):
				credit_entry(self.student, "Course Result", source).insert()
		self.assertEqual(self.ledger_size(), 0)

	def test_a_certificate_credit_needs_an_approved_mapping(self):
		learning = make_other_learning(self.student)
		with self.assertRaises(frappe.ValidationError):
			credit_entry(self.student, "Skill Certificate Record", learning.name).insert()
		self.assertEqual(self.ledger_size(), 1)

	def test_a_reversal_cancels_its_credit_in_full_for_the_same_student(self):
		learning = make_other_learning(self.student, credits=2.5)
		credit = frappe.get_doc(CREDIT_RECORD, credit_records(learning.name)[0].name)
		reversal = reversal_entry(credit.name, student=make_student(with_user=False).name, credits=1)
		reversal.insert().submit()
		self.assertEqual(
			(reversal.student, reversal.credits, reversal.source, reversal.academic_year),
			(self.student, 2.5, learning.name, credit.academic_year),
		)

	def test_reversing_a_credit_that_was_already_reversed_is_refused(self):
		learning = make_other_learning(self.student)
		credit = credit_records(learning.name)[0].name
		first = reversal_entry(credit).insert()
		first.submit()
		with self.assertRaises(AlreadyReversedError) as caught:
			reversal_entry(credit).insert()
		self.assertIn(first.name, str(caught.exception))
		self.assertEqual(frappe.db.count(CREDIT_RECORD, {"reverses": credit}), 1)

	def test_two_draft_reversals_cannot_both_be_submitted(self):
		learning = make_other_learning(self.student)
		credit = credit_records(learning.name)[0].name
		first, second = reversal_entry(credit).insert(), reversal_entry(credit).insert()
		first.submit()
		with self.assertRaises(AlreadyReversedError):
			second.submit()
		self.assertEqual(frappe.db.count(CREDIT_RECORD, {"reverses": credit, "docstatus": 1}), 1)

	def test_a_reversal_of_a_reversal_or_of_nothing_is_refused(self):
		learning = make_other_learning(self.student)
		credit = credit_records(learning.name)[0].name
		reversal = reversal_entry(credit).insert()
		reversal.submit()
		for reverses in (reversal.name, None):
			with self.subTest(reverses=reverses), self.assertRaises(InvalidReversalError):
				reversal_entry(reverses).insert()
		self.assertEqual(self.ledger_size(), 2)

	def test_a_credit_naming_a_credit_to_reverse_is_refused(self):
		learning = make_other_learning(self.student)
		credit = credit_records(learning.name)[0].name
		reversal_entry(credit).insert().submit()
		with self.assertRaises(InvalidReversalError):
			credit_entry(self.student, "Other Learning", learning.name, reverses=credit).insert()
		self.assertEqual(self.ledger_size(), 2)

	def test_a_reversed_source_may_be_credited_again_once(self):
		learning = make_other_learning(self.student)
		credit = credit_records(learning.name)[0].name
		reversal_entry(credit).insert().submit()
		again = credit_entry(self.student, "Other Learning", learning.name).insert()
		again.submit()
		with self.assertRaises(DuplicateCreditError):
			credit_entry(self.student, "Other Learning", learning.name).insert()
		self.assertEqual(len(credit_records(learning.name, "Credit")), 2)
		self.assertNotEqual(again.entry_key, frappe.db.get_value(CREDIT_RECORD, credit, "entry_key"))

	def test_a_submitted_credit_cannot_be_cancelled_or_deleted(self):
		learning = make_other_learning(self.student)
		credit = frappe.get_doc(CREDIT_RECORD, credit_records(learning.name)[0].name)
		with self.assertRaises(CreditRecordImmutableError):
			credit.cancel()
		with self.assertRaises(frappe.ValidationError):
			frappe.delete_doc(CREDIT_RECORD, credit.name)
		self.assertEqual(frappe.db.get_value(CREDIT_RECORD, credit.name, "docstatus"), 1)
