import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.organisation import (
	make_committee_meeting,
	make_contact,
	make_pilot_committee,
	make_skill_certificate,
)

from onex_credit_bank.credit_bank.exceptions import (
	ApprovedMappingLockedError,
	ApproverNotOnCommitteeError,
	DuplicateMappingError,
	InvalidAcademicYearError,
	InvalidCreditsError,
	LevelNotOfferedError,
	MissingApprovalError,
	NotGuidanceCommitteeError,
	WrongMeetingError,
)
from onex_credit_bank.tests.factories import make_guidance_committee, make_mapping, make_school_course

MAPPING = "Course Certificate Mapping"


class TestCourseCertificateMapping(FrappeTestCase):
	def setUp(self):
		self.certificate = make_skill_certificate(levels=(ELEMENTARY, INTERMEDIATE)).name
		self.course = make_school_course(credits=3).name

	def tearDown(self):
		frappe.db.rollback()

	def count(self, **filters):
		return frappe.db.count(MAPPING, {"skill_certificate": self.certificate, **filters})

	def test_approved_mapping_takes_the_course_credits_by_default(self):
		mapping = make_mapping(self.certificate, ELEMENTARY, self.course)
		self.assertEqual((mapping.status, mapping.credits), ("Approved", 3))

	def test_level_the_certificate_does_not_offer_is_refused(self):
		with self.assertRaises(LevelNotOfferedError) as caught:
			make_mapping(self.certificate, ADVANCED, self.course)
		self.assertIn(self.certificate, str(caught.exception))
		self.assertEqual(self.count(), 0)

	def test_second_active_mapping_of_the_same_level_course_and_year_is_refused(self):
		first = make_mapping(self.certificate, ELEMENTARY, self.course)
		for approved in (True, False):
			with self.subTest(approved=approved), self.assertRaises(DuplicateMappingError) as caught:
				make_mapping(self.certificate, ELEMENTARY, self.course, approved=approved)
			self.assertIn(first.name, str(caught.exception))
		self.assertEqual(self.count(), 1)

	def test_same_course_in_another_year_level_or_after_withdrawal_is_allowed(self):
		first = make_mapping(self.certificate, ELEMENTARY, self.course, academic_year="2023-2024")
		make_mapping(self.certificate, ELEMENTARY, self.course, academic_year="2024-2025")
		make_mapping(self.certificate, INTERMEDIATE, self.course, academic_year="2023-2024")
		first.status = "Withdrawn"
		first.save()
		make_mapping(self.certificate, ELEMENTARY, self.course, academic_year="2023-2024")
		self.assertEqual(self.count(status=("!=", "Withdrawn")), 3)

	def test_negative_credits_are_refused(self):
		with self.assertRaises(InvalidCreditsError):
			make_mapping(self.certificate, ELEMENTARY, self.course, credits=-2)
		self.assertEqual(self.count(), 0)

	def test_malformed_academic_year_is_refused(self):
		for year in ("2024", "2024-2026", "2024/2025"):
			with self.subTest(year=year), self.assertRaises(InvalidAcademicYearError):
				make_mapping(self.certificate, ELEMENTARY, self.course, academic_year=year)
		self.assertEqual(self.count(), 0)

	def test_approval_without_committee_approver_or_date_is_refused(self):
		for missing in ("guidance_committee", "approved_by", "approved_on"):
			with self.subTest(missing=missing), self.assertRaises(MissingApprovalError):
				make_mapping(self.certificate, ELEMENTARY, self.course, **{missing: None})
		self.assertEqual(self.count(), 0)

	def test_approval_by_a_committee_that_is_not_the_guidance_committee_is_refused(self):
		contact = make_contact().name
		working_group = make_pilot_committee(
			committee_type="Working Group",
			seats=[{"contact": contact, "seat_role": "Leader", "term_start": add_days(today(), -30)}],
		).name
		with self.assertRaises(NotGuidanceCommitteeError):
			make_mapping(
				self.certificate,
				ELEMENTARY,
				self.course,
				guidance_committee=working_group,
				approved_by=contact,
			)
		self.assertEqual(self.count(), 0)

	def test_approver_without_a_seat_on_the_approval_date_is_refused(self):
		committee, chair = make_guidance_committee(seat_start=add_days(today(), -10))
		outsider = make_contact().name
		for approver, on in ((outsider, today()), (chair, add_days(today(), -11))):
			with self.subTest(approver=approver, on=on), self.assertRaises(ApproverNotOnCommitteeError):
				make_mapping(
					self.certificate,
					ELEMENTARY,
					self.course,
					guidance_committee=committee,
					approved_by=approver,
					approved_on=on,
				)
		self.assertEqual(self.count(), 0)

	def test_approval_meeting_of_another_committee_is_refused(self):
		other_meeting = make_committee_meeting().name
		with self.assertRaises(WrongMeetingError):
			make_mapping(self.certificate, ELEMENTARY, self.course, committee_meeting=other_meeting)
		self.assertEqual(self.count(), 0)

	def test_approved_mapping_can_be_withdrawn_but_not_changed(self):
		mapping = make_mapping(self.certificate, ELEMENTARY, self.course)
		for field, value in (("credits", 5), ("academic_year", "2020-2021"), ("status", "Proposed")):
			doc = frappe.get_doc(MAPPING, mapping.name)
			doc.set(field, value)
			with self.subTest(field=field), self.assertRaises(ApprovedMappingLockedError):
				doc.save()
		self.assertEqual(frappe.db.get_value(MAPPING, mapping.name, ["credits", "status"]), (3, "Approved"))

		doc = frappe.get_doc(MAPPING, mapping.name)
		doc.status = "Withdrawn"
		doc.save()
		doc.status = "Approved"
		with self.assertRaises(ApprovedMappingLockedError):
			doc.save()
		self.assertEqual(frappe.db.get_value(MAPPING, mapping.name, "status"), "Withdrawn")
