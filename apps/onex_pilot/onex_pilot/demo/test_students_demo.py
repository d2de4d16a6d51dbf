from unittest.mock import patch

import frappe
from frappe.core.doctype.user.user import User
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.assessment.exam_site import is_site_accredited
from onex_pilot.assessment.resident_id import gender_of_resident_id, resident_id_problem
from onex_pilot.demo import DEMO_PASSWORD
from onex_pilot.demo import students as demo
from onex_pilot.tests.factories.organisation import make_major, make_pilot_domain, make_school_class


class TestStudentsDemo(FrappeTestCase):
	"""The students demo on two small classes and two pilot domains."""

	def setUp(self):
		major = make_major().name
		self.classes = [
			frappe._dict(name=make_school_class(major=major).name, major=major, enrolment_year=2025),
			frappe._dict(name=make_school_class(major=major).name, major=major, enrolment_year=2026),
		]
		self.certificates = [make_pilot_domain().skill_certificate for _i in range(2)]
		self.known = "XS" + frappe.generate_hash(length=6).upper()

	def tearDown(self):
		frappe.db.rollback()

	def load(self):
		with (
			patch.object(demo, "demo_classes", return_value=self.classes),
			patch.object(demo, "STUDENTS_PER_CLASS", 4),
			patch.object(demo, "LOGINS_PER_CLASS", 1),
			patch.object(demo, "KNOWN_STUDENT", self.known),
		):
			demo.load()

	def demo_students(self):
		return frappe.get_all(
			"Pilot Student",
			filters={"school_class": ("in", [c.name for c in self.classes])},
			fields=["name", "gender", "user"],
		)

	def test_every_student_has_valid_personal_data_agreeing_with_gender(self):
		self.load()

		students = self.demo_students()
		self.assertEqual(len(students), 2 * 4 + 1)
		for student in students:
			personal = frappe.get_doc("Student Personal Data", student.name)
			with self.subTest(student=student.name):
				self.assertIsNone(resident_id_problem(personal.id_number))
				self.assertEqual(gender_of_resident_id(personal.id_number), student.gender)
				self.assertEqual(len(personal.phone), 11)

	def test_known_student_logs_in_with_the_demo_password(self):
		self.load()

		found = User.find_by_credentials(self.known, DEMO_PASSWORD)
		self.assertTrue(found and found.is_authenticated)
		self.assertEqual(sum(1 for s in self.demo_students() if s.user), 2 * 1 + 1)

	def test_loading_twice_creates_nothing_new(self):
		self.load()
		counts = [
			frappe.db.count(d) for d in ("Pilot Student", "Student Personal Data", "Exam Site", "Exam Room")
		]

		self.load()

		self.assertEqual(
			[
				frappe.db.count(d)
				for d in ("Pilot Student", "Student Personal Data", "Exam Site", "Exam Room")
			],
			counts,
		)

	def test_sites_are_accredited_for_every_certificate_and_level_around_today(self):
		self.load()

		main_site = demo.SITES[0][0]
		for certificate in self.certificates:
			for level in frappe.get_all(
				"Skill Certificate Level", filters={"parent": certificate}, pluck="level"
			):
				for offset in (-400, 0, 400):
					with self.subTest(certificate=certificate, level=level, offset=offset):
						self.assertTrue(
							is_site_accredited(main_site, certificate, level, add_days(today(), offset))
						)

	def test_poverty_evidence_is_private_and_attached_to_the_record(self):
		with patch.object(demo, "POOR_SHARE", 1):
			self.load()

		poor = frappe.get_all(
			"Student Personal Data",
			filters={"is_registered_poor": 1, "student": ("in", [s.name for s in self.demo_students()])},
			fields=["name", "poverty_evidence"],
		)
		self.assertEqual(len(poor), 2 * 4, "everyone but the known student, with POOR_SHARE 1")
		for row in poor:
			with self.subTest(student=row.name):
				evidence = frappe.get_doc("File", {"file_url": row.poverty_evidence})
				self.assertTrue(evidence.is_private)
				self.assertEqual(
					(evidence.attached_to_doctype, evidence.attached_to_name),
					("Student Personal Data", row.name),
				)
