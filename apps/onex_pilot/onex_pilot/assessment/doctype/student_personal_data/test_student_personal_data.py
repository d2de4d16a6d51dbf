import datetime

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, getdate, today

from onex_pilot.assessment.exceptions import (
	DuplicatePersonalDataError,
	IDBirthDateMismatchError,
	IDGenderMismatchError,
	InvalidDateOfBirthError,
	InvalidIDNumberError,
	InvalidPhoneError,
	InvalidPoorHouseholdYearError,
	PublicEvidenceError,
)
from onex_pilot.assessment.resident_id import FEMALE, MALE, make_resident_id
from onex_pilot.tests.factories.students import make_personal_data, make_student

BORN = datetime.date(2008, 3, 15)


def with_check_digit_changed(number: str) -> str:
	last = "0" if number[-1] != "0" else "1"
	return number[:-1] + last


class TestStudentPersonalData(FrappeTestCase):
	def setUp(self):
		self.student = make_student(with_user=False, gender=MALE)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def assert_refused(self, exc, **fields):
		with self.assertRaises(exc):
			make_personal_data(self.student, **fields)
		self.assertFalse(frappe.db.exists("Student Personal Data", {"student": self.student.name}))
		self.assertFalse(frappe.db.get_value("Pilot Student", self.student.name, "id_number_masked"))

	def test_valid_resident_id_is_saved_with_masked_copies_on_the_student(self):
		number = make_resident_id(BORN, MALE)
		make_personal_data(self.student, id_number=number, date_of_birth=BORN, phone="13812345678")

		masked = frappe.db.get_value("Pilot Student", self.student.name, ["id_number_masked", "phone_masked"])
		self.assertEqual(masked[0], "*" * 14 + number[-4:])
		self.assertEqual(masked[1], "*******5678")

	def test_lower_case_x_is_stored_as_upper_case(self):
		number = next(
			n for n in (make_resident_id(BORN, MALE, sequence=s) for s in range(500)) if n.endswith("X")
		)
		make_personal_data(self.student, id_number=number.lower(), date_of_birth=BORN)

		self.assertEqual(frappe.db.get_value("Student Personal Data", self.student.name, "id_number"), number)

	def test_wrong_check_digit_is_refused(self):
		number = with_check_digit_changed(make_resident_id(BORN, MALE))
		self.assert_refused(InvalidIDNumberError, id_number=number, date_of_birth=BORN)

	def test_impossible_birth_date_in_id_is_refused(self):
		first17 = "230102" + "20080231" + "011"
		from stdnum.cn import ric

		number = first17 + ric.calc_check_digit(first17 + "0")
		self.assert_refused(InvalidIDNumberError, id_number=number, date_of_birth=BORN)

	def test_unknown_region_is_refused(self):
		from stdnum.cn import ric

		first17 = "990000" + "20080315" + "011"
		number = first17 + ric.calc_check_digit(first17 + "0")
		self.assert_refused(InvalidIDNumberError, id_number=number, date_of_birth=BORN)

	def test_wrong_length_and_characters_are_refused(self):
		for number in ("23010220080315011", "2301022008031501A1"):
			with self.subTest(number=number):
				self.assert_refused(InvalidIDNumberError, id_number=number, date_of_birth=BORN)

	def test_id_disagreeing_with_date_of_birth_is_refused(self):
		number = make_resident_id(BORN, MALE)
		self.assert_refused(IDBirthDateMismatchError, id_number=number, date_of_birth=add_days(BORN, 1))

	def test_id_disagreeing_with_gender_is_refused(self):
		number = make_resident_id(BORN, FEMALE)
		self.assert_refused(IDGenderMismatchError, id_number=number, date_of_birth=BORN)

	def test_date_of_birth_is_taken_from_the_id_when_empty(self):
		number = make_resident_id(BORN, MALE)
		personal = frappe.get_doc(
			{"doctype": "Student Personal Data", "student": self.student.name, "id_number": number}
		).insert()

		self.assertEqual(getdate(personal.date_of_birth), BORN)

	def test_future_date_of_birth_is_refused(self):
		self.assert_refused(
			InvalidDateOfBirthError,
			id_type="Passport",
			id_number="E12345678",
			date_of_birth=add_days(today(), 1),
		)

	def test_residence_permit_is_checked_like_a_resident_id(self):
		from stdnum.cn import ric

		first17 = "810000" + "20080315" + "011"
		number = first17 + ric.calc_check_digit(first17 + "0")
		make_personal_data(
			self.student,
			id_type="Hong Kong-Macao-Taiwan Residence Permit",
			id_number=number,
			date_of_birth=BORN,
		)
		self.assertTrue(frappe.db.exists("Student Personal Data", self.student.name))

	def test_residence_permit_with_wrong_check_digit_is_refused(self):
		from stdnum.cn import ric

		first17 = "810000" + "20080315" + "011"
		number = with_check_digit_changed(first17 + ric.calc_check_digit(first17 + "0"))
		self.assert_refused(
			InvalidIDNumberError,
			id_type="Hong Kong-Macao-Taiwan Residence Permit",
			id_number=number,
			date_of_birth=BORN,
		)

	def test_malformed_passport_number_is_refused(self):
		self.assert_refused(InvalidIDNumberError, id_type="Passport", id_number="E12-345", date_of_birth=BORN)

	def test_phone_that_is_not_a_mainland_mobile_is_refused(self):
		for phone in ("1381234567", "23812345678", "0451-8888888", "138123456789"):
			with self.subTest(phone=phone):
				self.assert_refused(InvalidPhoneError, phone=phone)

	def test_phone_is_stored_without_spaces_or_country_code(self):
		make_personal_data(self.student, phone="+86 138-1234-5678")
		self.assertEqual(
			frappe.db.get_value("Student Personal Data", self.student.name, "phone"), "13812345678"
		)

	def test_second_record_for_a_student_is_refused(self):
		make_personal_data(self.student)
		before = frappe.db.get_value("Student Personal Data", self.student.name, "id_number")

		with self.assertRaises(DuplicatePersonalDataError):
			make_personal_data(self.student, id_number=make_resident_id(BORN, MALE), date_of_birth=BORN)
		self.assertEqual(frappe.db.count("Student Personal Data", {"student": self.student.name}), 1)
		self.assertEqual(frappe.db.get_value("Student Personal Data", self.student.name, "id_number"), before)

	def test_poor_household_needs_a_plausible_year(self):
		for year in (0, 2013, getdate(today()).year + 1):
			with self.subTest(year=year):
				self.assert_refused(
					InvalidPoorHouseholdYearError, is_registered_poor=1, poor_household_year=year
				)

	def test_public_poverty_evidence_is_refused(self):
		self.assert_refused(
			PublicEvidenceError, is_registered_poor=1, poverty_evidence="/files/poverty-certificate.pdf"
		)

	def test_private_poverty_evidence_is_accepted(self):
		make_personal_data(
			self.student, is_registered_poor=1, poverty_evidence="/private/files/poverty-certificate.pdf"
		)
		self.assertTrue(frappe.db.get_value("Student Personal Data", self.student.name, "is_registered_poor"))

	def test_deleting_personal_data_clears_the_masked_copies(self):
		personal = make_personal_data(self.student)
		personal.delete()

		masked = frappe.db.get_value("Pilot Student", self.student.name, ["id_number_masked", "phone_masked"])
		self.assertEqual(masked, (None, None))
