"""The demo loader builds courses and approved mappings from the core's demo data, credits the
certificates already issued, and creates nothing new when run again."""

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import today
from onex_pilot.demo.students import KNOWN_STUDENT
from onex_pilot.organisation.levels import INTERMEDIATE, LEVELS
from onex_pilot.tests.factories.organisation import make_pilot_domain
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank import demo
from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.tests.factories import credit_records, issue_certificate, make_guidance_committee

COUNTED = ("School Course", "Course Certificate Mapping", "Credit Record", "Other Learning", "User")


class TestCreditBankDemo(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_demo_credits_issued_certificates_and_loads_idempotently(self):
		make_guidance_committee()
		domain = make_pilot_domain(domain_name=f"空中乘务{frappe.generate_hash(length=4)}")
		student = make_student(with_user=False).name
		certificate = issue_certificate(student, domain.name, level=INTERMEDIATE)

		if not frappe.db.exists("Pilot Student", KNOWN_STUDENT):
			make_student(student_number=KNOWN_STUDENT)

		demo.load()
		counts = {doctype: frappe.db.count(doctype) for doctype in COUNTED}
		demo.load()
		self.assertEqual({doctype: frappe.db.count(doctype) for doctype in COUNTED}, counts)

		courses = frappe.get_all(
			"School Course",
			filters={"course_code": ("like", f"{domain.skill_certificate}-%")},
			fields=["course_code", "course_name", "major", "credits"],
			order_by="course_code asc",
		)
		self.assertEqual(
			[(c.course_name, c.major, c.credits) for c in courses],
			[
				(f"{domain.domain_name}实务", domain.host_major, 2),
				(f"{domain.domain_name}综合实训", domain.host_major, 3),
			],
		)
		mappings = frappe.get_all(
			"Course Certificate Mapping",
			filters={
				"skill_certificate": domain.skill_certificate,
				"academic_year": academic_year_on(today()),
			},
			fields=["level", "status"],
		)
		self.assertEqual({m.level for m in mappings}, set(LEVELS))
		self.assertEqual({m.status for m in mappings}, {"Approved"})

		# An intermediate certificate replaces the practice course's exam (2) and adds 1 on training.
		credits = credit_records(certificate.name, "Credit")
		self.assertEqual(
			sorted((c.school_course, c.credits) for c in credits),
			[
				(courses[0].course_code, 2),
				(courses[1].course_code, 1),
			],
		)
		self.assertTrue(
			frappe.db.exists("Has Role", {"parent": demo.OFFICER_LOGIN, "role": "Credit Bank Officer"})
		)
		learning = frappe.get_all(
			"Other Learning",
			filters={"student": KNOWN_STUDENT, "learning_title": demo.KNOWN_STUDENT_LEARNING, "docstatus": 1},
			pluck="name",
		)
		self.assertEqual(len(learning), 1)
		self.assertEqual(len(credit_records(learning[0], "Credit")), 1)
