from unittest.mock import patch

import frappe
from frappe.core.doctype.user.user import User
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate, today

from onex_pilot.assessment.doctype.pilot_student.pilot_student import student_email
from onex_pilot.assessment.exceptions import (
	IDGenderMismatchError,
	InvalidEnrolmentYearError,
	InvalidStudentNumberError,
	MissingInitialPasswordError,
	StudentNumberTakenError,
)
from onex_pilot.roles import STUDENT
from onex_pilot.tests.factories.organisation import make_school_class, make_user
from onex_pilot.tests.factories.students import (
	FEMALE,
	make_personal_data,
	make_student,
	make_student_number,
)


class TestPilotStudent(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_student_gets_a_portal_login_named_by_the_student_number(self):
		student = make_student()

		user = frappe.get_doc("User", student.user)
		self.assertEqual(user.username, student.student_number)
		self.assertEqual(user.user_type, "Website User")
		self.assertEqual([r.role for r in user.roles], [STUDENT])
		self.assertEqual(user.first_name, student.student_name)

	def test_student_logs_in_with_student_number_and_initial_password(self):
		student = make_student(password="Start#Pilot2026")

		self.assertEqual(frappe.db.get_single_value("System Settings", "allow_login_using_user_name"), 1)
		found = User.find_by_credentials(student.student_number, "Start#Pilot2026")
		self.assertTrue(found and found.is_authenticated)
		self.assertEqual(found.name, student.user)
		wrong = User.find_by_credentials(student.student_number, "not the password")
		self.assertFalse(wrong.is_authenticated)

	def test_initial_password_is_not_kept_on_the_student(self):
		student = make_student(password="Start#Pilot2026")

		self.assertFalse(frappe.db.get_value("Pilot Student", student.name, "initial_password"))
		auth = frappe.qb.Table("__Auth")
		stored = (
			frappe.qb.from_(auth)
			.select(auth.fieldname)
			.where(auth.doctype == "Pilot Student")
			.where(auth.name == student.name)
			.run()
		)
		self.assertEqual(stored, ())

	def test_default_password_from_settings_is_used_when_none_is_given(self):
		settings = frappe.get_single("Pilot Settings")
		settings.default_student_password = "Default#Pilot2026"
		settings.save()

		student = make_student(password=None)

		self.assertTrue(
			User.find_by_credentials(student.student_number, "Default#Pilot2026").is_authenticated
		)

	def test_login_without_any_password_is_refused(self):
		number = make_student_number()
		with self.assertRaises(MissingInitialPasswordError):
			make_student(student_number=number, password=None)

		self.assertFalse(frappe.db.exists("Pilot Student", number))
		self.assertFalse(frappe.db.exists("User", student_email(number)))

	def test_student_without_login_needs_no_password(self):
		student = make_student(with_user=False)

		self.assertFalse(student.user)
		self.assertFalse(frappe.db.exists("User", student_email(student.student_number)))

	def test_student_number_taken_as_a_user_name_is_refused(self):
		number = make_student_number()
		make_user(username=number)

		with self.assertRaises(StudentNumberTakenError):
			make_student(student_number=number)
		self.assertFalse(frappe.db.exists("Pilot Student", number))

	def test_malformed_student_number_is_refused(self):
		for number in ("ab", "2026 0101", "学号20260101", "-20260101"):
			with self.subTest(number=number), self.assertRaises(InvalidStudentNumberError):
				make_student(student_number=number)
			self.assertFalse(frappe.db.exists("Pilot Student", number))

	def test_enrolment_year_outside_range_is_refused(self):
		for year in (1999, getdate(today()).year + 2):
			number = make_student_number()
			with self.subTest(year=year), self.assertRaises(InvalidEnrolmentYearError):
				make_student(student_number=number, enrolment_year=year)
			self.assertFalse(frappe.db.exists("Pilot Student", number))

	def test_gender_change_disagreeing_with_resident_id_is_refused(self):
		student = make_student(with_user=False)
		make_personal_data(student)

		student.reload()
		student.gender = FEMALE
		with self.assertRaises(IDGenderMismatchError):
			student.save()
		self.assertEqual(frappe.db.get_value("Pilot Student", student.name, "gender"), "Male")

	def test_renaming_student_renames_their_login(self):
		student = make_student()
		student.student_name = "欧阳晓明"
		student.save()

		self.assertEqual(frappe.db.get_value("User", student.user, "full_name"), "欧阳晓明")

	def test_deleting_a_student_deletes_their_personal_data(self):
		student = make_student(with_user=False)
		make_personal_data(student)

		frappe.delete_doc("Pilot Student", student.name)

		self.assertFalse(frappe.db.exists("Student Personal Data", student.name))

	def test_deleting_a_student_deletes_their_login_so_the_number_is_free_again(self):
		student = make_student()
		user = student.user

		frappe.delete_doc("Pilot Student", student.name)

		self.assertFalse(frappe.db.exists("User", user))
		self.assertFalse(frappe.db.exists("Contact", {"user": user}))
		self.assertTrue(make_student(student_number=student.student_number).user)

	def test_students_are_created_in_bulk_with_data_import(self):
		from frappe.core.doctype.data_import.importer import Importer

		school_class = make_school_class().name
		numbers = [make_student_number(), make_student_number()]
		rows = [
			"Student Number,Student Name,Gender,School Class,Enrolment Year,Initial Password",
			f"{numbers[0]},李春燕,Female,{school_class},{getdate(today()).year},Import#Pilot2026",
			f"{numbers[1]},王志强,Male,{school_class},{getdate(today()).year},Import#Pilot2026",
		]
		import_file = frappe.get_doc(
			{"doctype": "File", "file_name": "students.csv", "content": "\n".join(rows), "is_private": 1}
		).insert()
		data_import = frappe.get_doc(
			{
				"doctype": "Data Import",
				"reference_doctype": "Pilot Student",
				"import_type": "Insert New Records",
				"import_file": import_file.file_url,
			}
		).insert()

		with patch.object(frappe.db, "commit"):
			Importer("Pilot Student", data_import=data_import).import_data()

		for number in numbers:
			user = frappe.db.get_value("Pilot Student", number, "user")
			self.assertTrue(user, f"{number} was not imported with a login")
			self.assertTrue(User.find_by_credentials(number, "Import#Pilot2026").is_authenticated)
