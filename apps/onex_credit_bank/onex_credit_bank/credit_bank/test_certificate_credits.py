"""The core's certificates earn credits through this addon's doc_events: exactly the approved
mappings of the certificate's level and year, reversed on revocation, never doubled."""

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import today
from onex_pilot.organisation.levels import ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.organisation import make_pilot_domain
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank import certificate_credits
from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.tests.factories import (
	credit_records,
	issue_certificate,
	make_mapping,
	make_school_course,
	reinstate_certificate,
	revoke_certificate,
)


class TestCertificateCredits(FrappeTestCase):
	def setUp(self):
		self.domain = make_pilot_domain()
		self.certificate = self.domain.skill_certificate
		self.student = make_student(with_user=False).name
		self.year = academic_year_on(today())

	def tearDown(self):
		frappe.db.rollback()

	def test_issuing_a_certificate_creates_exactly_the_mapped_credits(self):
		practice = make_mapping(self.certificate, ELEMENTARY, make_school_course(credits=2).name)
		training = make_mapping(
			self.certificate,
			ELEMENTARY,
			make_school_course(credits=3).name,
			mapping_type="Adds Credit",
			credits=1,
		)
		# Mappings that must earn nothing: proposed, withdrawn, another level, another year.
		make_mapping(self.certificate, ELEMENTARY, approved=False)
		withdrawn = make_mapping(self.certificate, ELEMENTARY)
		withdrawn.status = "Withdrawn"
		withdrawn.save()
		make_mapping(self.certificate, INTERMEDIATE)
		make_mapping(self.certificate, ELEMENTARY, academic_year=previous_year(self.year))

		issued = issue_certificate(self.student, self.domain.name)

		credits = credit_records(issued.name)
		self.assertEqual(
			sorted((row.course_certificate_mapping, row.credits, row.school_course) for row in credits),
			sorted(
				[
					(practice.name, 2, practice.school_course),
					(training.name, 1, training.school_course),
				]
			),
		)
		self.assertEqual({row.entry_type for row in credits}, {"Credit"})
		record = frappe.get_doc("Credit Record", credits[0].name)
		self.assertEqual(
			(record.student, record.source_type, record.academic_year, str(record.credit_date)),
			(self.student, "Skill Certificate Record", self.year, str(issued.issue_date)),
		)

	def test_a_certificate_without_mappings_earns_nothing_and_issues_normally(self):
		issued = issue_certificate(self.student, self.domain.name)
		self.assertEqual(issued.docstatus, 1)
		self.assertEqual(credit_records(issued.name), [])

	def test_revoking_a_certificate_reverses_each_of_its_credits(self):
		make_mapping(self.certificate, ELEMENTARY, make_school_course(credits=2).name)
		make_mapping(self.certificate, ELEMENTARY, make_school_course(credits=3).name)
		issued = issue_certificate(self.student, self.domain.name)
		credits = credit_records(issued.name, "Credit")

		revoke_certificate(issued, "Misconduct found after publicity")

		reversals = credit_records(issued.name, "Reversal")
		self.assertEqual(sorted(row.reverses for row in reversals), sorted(row.name for row in credits))
		self.assertEqual(sorted(row.credits for row in reversals), sorted(row.credits for row in credits))
		reversal = frappe.get_doc("Credit Record", reversals[0].name)
		self.assertEqual(str(reversal.credit_date), str(issued.revoked_on))
		self.assertIn("Misconduct found after publicity", reversal.remarks)
		# Nothing was deleted or cancelled: the credits are still submitted.
		self.assertEqual(len(credit_records(issued.name, "Credit")), 2)

	def test_re_running_the_hooks_never_doubles_a_credit_or_a_reversal(self):
		make_mapping(self.certificate, ELEMENTARY)
		issued = issue_certificate(self.student, self.domain.name)
		for _run in range(2):
			certificate_credits.on_certificate_submit(issued)
			certificate_credits.on_certificate_update(issued)
			certificate_credits.backfill([issued.name])
		self.assertEqual(len(credit_records(issued.name, "Credit")), 1)

		revoke_certificate(issued)
		for _run in range(2):
			certificate_credits.on_certificate_update(issued)
			certificate_credits.backfill([issued.name])
		self.assertEqual(len(credit_records(issued.name, "Reversal")), 1)
		self.assertEqual(len(credit_records(issued.name, "Credit")), 1)

	def test_backfill_credits_a_certificate_issued_before_its_mapping_was_approved(self):
		issued = issue_certificate(self.student, self.domain.name)
		mapping = make_mapping(self.certificate, ELEMENTARY)
		self.assertEqual(credit_records(issued.name), [])

		self.assertEqual(certificate_credits.backfill([issued.name]), {"credits": 1, "reversals": 0})
		self.assertEqual(certificate_credits.backfill([issued.name]), {"credits": 0, "reversals": 0})
		self.assertEqual(
			[row.course_certificate_mapping for row in credit_records(issued.name)], [mapping.name]
		)

	def test_reinstating_a_revoked_certificate_credits_it_again_once(self):
		make_mapping(self.certificate, ELEMENTARY)
		issued = issue_certificate(self.student, self.domain.name)
		revoke_certificate(issued)
		reinstate_certificate(issued)
		certificate_credits.backfill([issued.name])

		credits = credit_records(issued.name, "Credit")
		reversals = credit_records(issued.name, "Reversal")
		self.assertEqual((len(credits), len(reversals)), (2, 1))
		self.assertEqual(reversals[0].reverses, credits[0].name)
		self.assertFalse(frappe.db.exists("Credit Record", {"reverses": credits[1].name}))

	def test_a_credit_reversed_by_an_officer_is_not_given_again_by_the_hooks(self):
		make_mapping(self.certificate, ELEMENTARY)
		issued = issue_certificate(self.student, self.domain.name)
		credit = credit_records(issued.name, "Credit")[0]
		frappe.get_doc(
			{
				"doctype": "Credit Record",
				"entry_type": "Reversal",
				"reverses": credit.name,
				"remarks": "Mapped in error",
			}
		).insert().submit()

		certificate_credits.backfill([issued.name])
		certificate_credits.on_certificate_update(issued)
		self.assertEqual(len(credit_records(issued.name, "Credit")), 1)


def previous_year(academic_year: str) -> str:
	first = int(academic_year[:4]) - 1
	return f"{first}-{first + 1}"
