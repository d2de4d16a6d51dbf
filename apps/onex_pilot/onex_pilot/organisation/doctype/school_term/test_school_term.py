import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.organisation.exceptions import (
	InvalidAcademicYearError,
	InvalidDateRangeError,
	OverlappingTermError,
)
from onex_pilot.organisation.terms import term_on
from onex_pilot.tests.factories.organisation import make_school_term

# Far from today, so no term made by another test or the calendar factory is in the way.
FUTURE_YEAR = 2190


def term_fields(start_offset: int, end_offset: int, term: str = "1", first_year: int = FUTURE_YEAR):
	base = f"{first_year}-03-01"
	return {
		"academic_year": f"{first_year}-{first_year + 1}",
		"term": term,
		"start_date": add_days(base, start_offset),
		"end_date": add_days(base, end_offset),
	}


class TestSchoolTerm(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_term_is_named_after_year_and_term(self):
		term = make_school_term(**term_fields(0, 120))
		self.assertEqual(term.name, f"{FUTURE_YEAR}-{FUTURE_YEAR + 1}-1")

	def test_term_that_ends_before_it_starts_is_refused(self):
		with self.assertRaises(InvalidDateRangeError):
			make_school_term(**term_fields(10, 0))
		self.assertFalse(frappe.db.exists("School Term", f"{FUTURE_YEAR}-{FUTURE_YEAR + 1}-1"))

	def test_academic_year_must_be_two_consecutive_years(self):
		for bad in ("2024", "2024-2026", "24-25", "2024/2025"):
			fields = {**term_fields(0, 100), "academic_year": bad}
			with self.assertRaises(InvalidAcademicYearError, msg=bad):
				make_school_term(**fields)
		self.assertFalse(frappe.db.exists("School Term", {"start_date": term_fields(0, 100)["start_date"]}))

	def test_overlapping_terms_are_refused(self):
		make_school_term(**term_fields(0, 120, term="1"))
		with self.assertRaises(OverlappingTermError):
			make_school_term(**term_fields(100, 200, term="2"))
		self.assertFalse(frappe.db.exists("School Term", f"{FUTURE_YEAR}-{FUTURE_YEAR + 1}-2"))

	def test_term_on_finds_the_term_containing_a_date(self):
		term = make_school_term(**term_fields(0, 120))
		self.assertEqual(term_on(add_days(term.start_date, 0)), term.name)
		self.assertEqual(term_on(term.end_date), term.name)
		self.assertIsNone(term_on(add_days(term.end_date, 1)))

	def test_calendar_factory_makes_a_term_containing_today(self):
		term = make_school_term()
		self.assertEqual(term_on(today()), term.name)
