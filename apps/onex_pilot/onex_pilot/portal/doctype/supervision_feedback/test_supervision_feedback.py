import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal.exceptions import (
	AnswerMissingError,
	FeedbackTargetError,
	InvalidRatingError,
	TextTooLongError,
)
from onex_pilot.tests.factories.organisation import make_partner_organisation, make_pilot_domain
from onex_pilot.tests.factories.portal import make_feedback

FEEDBACK = "Supervision Feedback"


class TestSupervisionFeedback(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def assert_refused(self, exc, **fields):
		before = frappe.db.count(FEEDBACK)
		with self.assertRaises(exc):
			make_feedback(**fields)
		self.assertEqual(frappe.db.count(FEEDBACK), before)

	def test_rating_outside_one_to_five_is_refused(self):
		for rating in (0, 6, -1, "3.5", "five"):
			with self.subTest(rating=rating):
				self.assert_refused(InvalidRatingError, rating=rating)

	def test_whole_ratings_one_to_five_are_kept(self):
		for rating in (1, 5, "3"):
			self.assertEqual(make_feedback(rating=rating).rating, int(rating))

	def test_organisation_that_does_not_evaluate_is_refused(self):
		company = make_partner_organisation(is_evaluation_organisation=0).name
		self.assert_refused(
			FeedbackTargetError, target_type="Evaluation Organisation", evaluation_organisation=company
		)

	def test_missing_target_is_refused(self):
		self.assert_refused(FeedbackTargetError, target_type="Pilot Domain", pilot_domain=None)

	def test_only_the_chosen_kind_of_target_is_kept(self):
		organisation = make_partner_organisation(is_evaluation_organisation=1).name
		domain = make_pilot_domain().name
		feedback = make_feedback(
			target_type="Evaluation Organisation", evaluation_organisation=organisation, pilot_domain=domain
		)
		self.assertIsNone(feedback.pilot_domain)
		self.assertEqual(feedback.target_name, organisation)

	def test_new_feedback_starts_new_without_an_answer(self):
		feedback = make_feedback(status="Closed", staff_answer="Pre-filled", answered_by="Administrator")
		self.assertEqual(feedback.status, "New")
		self.assertFalse(feedback.staff_answer)
		self.assertFalse(feedback.answered_by)

	def test_answered_without_an_answer_is_refused_and_not_saved(self):
		feedback = make_feedback()
		feedback.status = "Answered"
		with self.assertRaises(AnswerMissingError):
			feedback.save()
		self.assertEqual(frappe.db.get_value(FEEDBACK, feedback.name, "status"), "New")

	def test_answer_records_who_answered(self):
		feedback = make_feedback()
		feedback.status = "Answered"
		feedback.staff_answer = "Thank you; the domain lead will follow up."
		feedback.save()
		self.assertEqual(feedback.answered_by, "Administrator")
		self.assertEqual(str(feedback.answered_on), frappe.utils.today())

	def test_markup_is_dropped_from_public_text(self):
		feedback = make_feedback(
			comment="<script>alert(1)</script><b>Good</b> training", contact="<i>13900000000</i>"
		)
		self.assertNotIn("<", feedback.comment)
		self.assertIn("Good", feedback.comment)
		self.assertEqual(feedback.contact, "13900000000")

	def test_over_long_comment_is_refused(self):
		self.assert_refused(TextTooLongError, comment="好" * 2001)

	def test_committee_member_reads_but_cannot_answer(self):
		from onex_pilot.tests.factories.organisation import make_user

		feedback = make_feedback(contact="13900000000")
		member = make_user(roles=["Committee Member"]).name
		frappe.set_user(member)
		self.assertTrue(frappe.has_permission(FEEDBACK, "read", feedback.name))
		self.assertFalse(frappe.has_permission(FEEDBACK, "write", feedback.name))
		doc = frappe.get_doc(FEEDBACK, feedback.name)
		doc.apply_fieldlevel_read_permissions()
		self.assertIsNone(doc.get("contact"))
