"""The Student Transcript lists a student's credits by year and source, with totals net of reversals."""

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.roles import CLASS_TEACHER
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_user
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.credit_bank.report.student_transcript.student_transcript import (
	execute,
	search_students,
)
from onex_credit_bank.credit_bank.transcript import transcript
from onex_credit_bank.roles import CREDIT_BANK_OFFICER
from onex_credit_bank.tests.factories import (
	issue_certificate,
	make_course_result,
	make_mapping,
	make_other_learning,
	make_school_course,
)


class TestStudentTranscript(FrappeTestCase):
	def setUp(self):
		self.student = make_student(with_user=False).name
		self.this_year = academic_year_on(today())
		self.earlier = add_days(today(), -400)
		self.last_year = academic_year_on(self.earlier)
		# Last year: 1.5 from other learning. This year: 3 from a course, and 2 from other
		# learning that was then cancelled (reversed).
		make_other_learning(self.student, credits=1.5, learning_date=self.earlier)
		make_course_result(self.student, make_school_course(credits=3).name, score=90)
		make_other_learning(self.student, credits=2).cancel()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_totals_by_year_and_overall_are_net_of_reversals(self):
		result = transcript(self.student)
		by_year = {year.academic_year: (year.credits, year.reversed, year.net) for year in result.years}
		self.assertEqual(by_year, {self.last_year: (1.5, 0, 1.5), self.this_year: (5, 2, 3)})
		self.assertEqual((result.credits, result.reversed, result.net), (6.5, 2, 4.5))
		course = next(
			entry for year in result.years for entry in year.entries if entry.source_type == "Course Result"
		)
		self.assertEqual(
			course.description, frappe.db.get_value("School Course", course.school_course, "course_name")
		)
		reversed_ = [entry for year in result.years for entry in year.entries if entry.reversed]
		self.assertEqual([(entry.source_type, entry.net) for entry in reversed_], [("Other Learning", 0)])

	def test_a_certificate_credit_shows_the_certificate_and_how_it_counts(self):
		domain = make_pilot_domain()
		make_mapping(domain.skill_certificate, ELEMENTARY, make_school_course(credits=2).name)
		issued = issue_certificate(self.student, domain.name)

		result = transcript(self.student)
		entries = [entry for year in result.years for entry in year.entries]
		certificate = next(e for e in entries if e.source_type == "Skill Certificate Record")
		self.assertEqual(
			(certificate.source, certificate.description, certificate.level, certificate.counts_as),
			(
				issued.name,
				frappe.db.get_value("Skill Certificate", issued.skill_certificate, "certificate_name"),
				ELEMENTARY,
				"Replaces Exam",
			),
		)
		self.assertEqual(
			certificate.course_name,
			frappe.db.get_value("School Course", certificate.school_course, "course_name"),
		)
		self.assertEqual(result.net, 6.5)

	def test_academic_year_filter_keeps_one_year(self):
		result = transcript(self.student, self.last_year)
		self.assertEqual([year.academic_year for year in result.years], [self.last_year])
		self.assertEqual(result.net, 1.5)

	def test_report_rows_are_a_row_per_year_its_credits_and_a_total(self):
		_columns, rows, _message, chart = execute({"student": self.student})
		year_rows = [row for row in rows if row["indent"] == 0]
		self.assertEqual(
			[(row["academic_year"], row["net"]) for row in year_rows],
			[(self.last_year, 1.5), (self.this_year, 3), ("Total", 4.5)],
		)
		self.assertEqual(len([row for row in rows if row["indent"] == 1]), 3)
		self.assertEqual(chart["data"]["datasets"][0]["values"], [1.5, 3])

	def test_a_class_teacher_reads_the_transcript_of_their_own_students_only(self):
		teacher = make_user(roles=(CLASS_TEACHER,)).name
		school_class = make_school_class(class_teacher=teacher).name
		own = make_student(school_class=school_class, with_user=False).name
		make_other_learning(own, credits=1)

		frappe.set_user(teacher)
		self.assertEqual(transcript(own).net, 1)
		with self.assertRaises(frappe.PermissionError):
			execute({"student": self.student})
		self.assertEqual(transcript(self.student).years, [])

	def test_the_credit_bank_officer_reads_any_students_transcript(self):
		officer = make_user(roles=(CREDIT_BANK_OFFICER,)).name

		frappe.set_user(officer)
		_columns, rows, _message, _chart = execute({"student": self.student})

		self.assertEqual(rows[-1]["academic_year"], "Total")
		self.assertEqual(rows[-1]["net"], 4.5)

	def test_the_student_filter_offers_students_with_credits_the_user_may_read(self):
		officer = make_user(roles=(CREDIT_BANK_OFFICER,)).name
		student_name = frappe.db.get_value("Pilot Student", self.student, "student_name")

		frappe.set_user(officer)  # who may not read Pilot Student itself
		self.assertFalse(frappe.has_permission("Pilot Student", "read"))
		for txt in (self.student, student_name[:2]):
			found = search_students(txt)
			self.assertIn(self.student, [row["value"] for row in found], txt)
		self.assertEqual(search_students("no such student"), [])

		teacher = make_user(roles=(CLASS_TEACHER,)).name
		frappe.set_user(teacher)  # teaches no class of this student
		self.assertEqual(search_students(self.student), [])
