import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate, today

from onex_pilot import roles
from onex_pilot.assessment.certificates import reinstate, revoke
from onex_pilot.assessment.exceptions import (
	CertificateChangeError,
	CertificateDeletionError,
	CertificateStatusError,
)
from onex_pilot.assessment.results import amend_result
from onex_pilot.assessment.workflow_names import RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.tests.factories.assessment import make_plan, result_of
from onex_pilot.tests.factories.organisation import make_user
from onex_pilot.tests.factories.students import make_student

CERTIFICATE = "Skill Certificate Record"


def certificates_of(plan: str) -> list[dict]:
	return frappe.get_all(
		CERTIFICATE,
		filters={"plan": plan},
		fields=["name", "student", "status", "verification_code", "result", "docstatus"],
		order_by="name asc",
	)


class CertificateTestCase(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def final_plan(self, scores):
		"""A plan with final results: one student per score in `scores`."""
		students = [make_student(with_user=False).name for _score in scores]
		plan = make_plan(
			state=RESULTS_FINAL, students=students, scores=dict(zip(students, scores, strict=True))
		)
		return plan, students


class TestIssuing(CertificateTestCase):
	def test_final_results_issue_one_certificate_per_pass(self):
		plan, students = self.final_plan([(80, 80), (90, 70), (40, 90), "Absent"])

		certificates = certificates_of(plan.name)
		self.assertEqual(sorted(c.student for c in certificates), sorted(students[:2]))
		self.assertTrue(all(c.docstatus == 1 and c.status == "Valid" for c in certificates))

	def test_results_in_publicity_issue_no_certificate(self):
		student = make_student(with_user=False).name
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[student])

		self.assertEqual(certificates_of(plan.name), [])

	def test_record_numbers_follow_code_year_and_level_without_gaps(self):
		plan, _students = self.final_plan([(80, 80), (85, 85), (90, 90)])

		prefix = f"{plan.skill_certificate}{getdate(today()).year}1"
		self.assertEqual(
			[c.name for c in certificates_of(plan.name)], [f"{prefix}{n:06d}" for n in (1, 2, 3)]
		)

	def test_verification_codes_are_random_and_distinct(self):
		plan, _students = self.final_plan([(80, 80), (85, 85)])

		codes = [c.verification_code for c in certificates_of(plan.name)]
		self.assertEqual(len(set(codes)), 2)
		self.assertTrue(all(len(code) >= 16 for code in codes))

	def test_certificate_cannot_be_entered_by_hand(self):
		plan, students = self.final_plan([(80, 80)])
		count = frappe.db.count(CERTIFICATE)

		with self.assertRaises(CertificateChangeError):
			frappe.get_doc(
				{
					"doctype": CERTIFICATE,
					"student": students[0],
					"skill_certificate": plan.skill_certificate,
					"level": plan.level,
					"issue_date": today(),
				}
			).insert()
		self.assertEqual(frappe.db.count(CERTIFICATE), count)


class TestKeeping(CertificateTestCase):
	def test_certificate_is_never_deleted_or_cancelled(self):
		plan, _students = self.final_plan([(80, 80)])
		name = certificates_of(plan.name)[0].name

		with self.assertRaises(frappe.ValidationError):  # Frappe deletes no submitted record
			frappe.delete_doc(CERTIFICATE, name)
		with self.assertRaises(CertificateDeletionError):
			frappe.get_doc(CERTIFICATE, name).cancel()
		self.assertEqual(frappe.db.get_value(CERTIFICATE, name, "docstatus"), 1)

	def test_evaluation_organisations_number_is_filled_in_after_issue(self):
		plan, _students = self.final_plan([(80, 80)])
		certificate = frappe.get_doc(CERTIFICATE, certificates_of(plan.name)[0].name)

		certificate.evaluation_certificate_number = "EV-2026-0001"
		certificate.save()

		self.assertEqual(
			frappe.db.get_value(CERTIFICATE, certificate.name, "evaluation_certificate_number"),
			"EV-2026-0001",
		)

	def test_status_cannot_be_set_by_a_plain_save(self):
		plan, _students = self.final_plan([(80, 80)])
		certificate = frappe.get_doc(CERTIFICATE, certificates_of(plan.name)[0].name)

		certificate.status = "Revoked"
		with self.assertRaises(CertificateChangeError):
			certificate.save()
		self.assertEqual(frappe.db.get_value(CERTIFICATE, certificate.name, "status"), "Valid")

	def test_revocation_needs_a_reason(self):
		plan, _students = self.final_plan([(80, 80)])
		name = certificates_of(plan.name)[0].name

		with self.assertRaises(CertificateStatusError):
			revoke(name, " ")
		self.assertEqual(frappe.db.get_value(CERTIFICATE, name, "status"), "Valid")

	def test_revocation_and_reinstatement_are_recorded(self):
		plan, _students = self.final_plan([(80, 80)])
		name = certificates_of(plan.name)[0].name

		revoke(name, "Obtained by fraud")
		self.assertEqual(
			frappe.db.get_value(CERTIFICATE, name, ["status", "revocation_reason"]),
			("Revoked", "Obtained by fraud"),
		)
		self.assertEqual(str(frappe.db.get_value(CERTIFICATE, name, "revoked_on")), today())

		reinstate(name, "Appeal upheld")
		self.assertEqual(frappe.db.get_value(CERTIFICATE, name, ["status", "revoked_on"]), ("Valid", None))

	def test_committee_member_cannot_revoke(self):
		plan, _students = self.final_plan([(80, 80)])
		name = certificates_of(plan.name)[0].name
		frappe.set_user(make_user(roles=[roles.COMMITTEE_MEMBER]).name)

		with self.assertRaises(frappe.PermissionError):
			revoke(name, "No reason to")
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value(CERTIFICATE, name, "status"), "Valid")


class TestAmendmentsAfterFinal(CertificateTestCase):
	def test_pass_amended_to_fail_revokes_the_certificate_with_the_reason(self):
		plan, students = self.final_plan([(80, 80)])
		result = result_of(plan.name, students[0])

		amend_result(result.name, "Practical marks added twice", theory_score=80, practical_score=40)

		certificate = certificates_of(plan.name)[0]
		self.assertEqual(certificate.status, "Revoked")
		self.assertEqual(
			frappe.db.get_value(CERTIFICATE, certificate.name, "revocation_reason"),
			"Practical marks added twice",
		)

	def test_fail_amended_to_pass_issues_a_certificate(self):
		plan, students = self.final_plan([(80, 40)])
		self.assertEqual(certificates_of(plan.name), [])
		result = result_of(plan.name, students[0])

		amended = amend_result(
			result.name, "Objection upheld: practical remarked", theory_score=80, practical_score=65
		)

		certificates = certificates_of(plan.name)
		self.assertEqual(
			[(c.student, c.result, c.status) for c in certificates], [(students[0], amended, "Valid")]
		)

	def test_pass_amended_to_fail_and_back_to_pass_reinstates_the_certificate(self):
		plan, students = self.final_plan([(80, 80)])
		issued = certificates_of(plan.name)[0]
		failed = amend_result(result_of(plan.name, students[0]).name, "Practical marks added twice", 80, 40)

		passed = amend_result(failed, "Second marker confirms the first marks", 80, 80)

		after = certificates_of(plan.name)
		self.assertEqual(
			[(c.name, c.result, c.status, c.verification_code) for c in after],
			[(issued.name, passed, "Valid", issued.verification_code)],
		)
		self.assertIsNone(frappe.db.get_value(CERTIFICATE, issued.name, "revoked_on"))

	def test_a_certificate_revoked_by_an_officer_stays_revoked_after_a_pass_amendment(self):
		plan, students = self.final_plan([(80, 80)])
		issued = certificates_of(plan.name)[0]
		revoke(issued.name, "Misconduct found after the exam")

		amended = amend_result(result_of(plan.name, students[0]).name, "Typo", 81, 80)

		after = certificates_of(plan.name)
		self.assertEqual([(c.name, c.result, c.status) for c in after], [(issued.name, amended, "Revoked")])

	def test_pass_amended_to_pass_keeps_the_same_certificate(self):
		plan, students = self.final_plan([(80, 80)])
		before = certificates_of(plan.name)[0]

		amended = amend_result(
			result_of(plan.name, students[0]).name, "Typo", theory_score=81, practical_score=80
		)

		after = certificates_of(plan.name)
		self.assertEqual([(c.name, c.result, c.status) for c in after], [(before.name, amended, "Valid")])
