import frappe
from frappe.tests.utils import FrappeTestCase

from onex_credit_bank.credit_bank.exceptions import InvalidCreditsError, InvalidPassMarkError
from onex_credit_bank.tests.factories import make_school_course


class TestSchoolCourse(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_course_is_named_by_its_code(self):
		course = make_school_course(course_code=" KZ-101 ", course_name="客舱服务实务", credits=2)
		self.assertEqual(course.name, "KZ-101")
		self.assertEqual(course.pass_mark, 60)

	def test_negative_or_zero_credits_are_refused(self):
		for credits in (-1, 0):
			code = frappe.generate_hash(length=8).upper()
			with self.subTest(credits=credits), self.assertRaises(InvalidCreditsError):
				make_school_course(course_code=code, credits=credits)
			self.assertFalse(frappe.db.exists("School Course", code))

	def test_pass_mark_above_100_is_refused(self):
		code = frappe.generate_hash(length=8).upper()
		with self.assertRaises(InvalidPassMarkError):
			make_school_course(course_code=code, pass_mark=101)
		self.assertFalse(frappe.db.exists("School Course", code))
