"""Supervision and evaluation (监督评价): a rating of a pilot domain's training or of an
evaluation organisation, from a student, parent, employer or anyone, triaged by staff."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, escape_html, strip_html, today

from onex_pilot.portal.exceptions import (
	AnswerMissingError,
	FeedbackTargetError,
	InvalidRatingError,
	TextTooLongError,
)

PILOT_DOMAIN = "Pilot Domain"
EVALUATION_ORGANISATION = "Evaluation Organisation"
NEW, ANSWERED, CLOSED = "New", "Answered", "Closed"
MIN_RATING, MAX_RATING = 1, 5
MAX_COMMENT_LENGTH = 2000
MAX_CONTACT_LENGTH = 100


class SupervisionFeedback(Document):
	def before_insert(self):
		self.start_untriaged()
		self.count_public_submission()

	def validate(self):
		self.clean_public_text()
		self.validate_choices()
		self.validate_rating()
		self.validate_target()
		self.validate_lengths()
		self.validate_answer()
		self.record_answer()

	def start_untriaged(self):
		"""Whoever submits, a new piece of feedback starts New, without an answer."""
		self.status = NEW
		self.staff_answer = None
		self.answered_by = None
		self.answered_on = None

	def count_public_submission(self):
		"""Submissions through the public form count against the per-IP limit of the settings."""
		if frappe.flags.in_web_form:
			from onex_pilot.portal.rate_limits import count_feedback_submission

			count_feedback_submission()

	def clean_public_text(self):
		"""Comments and contacts are plain text: markup is dropped, not stored."""
		for fieldname in ("comment", "contact"):
			value = self.get(fieldname)
			if value:
				self.set(fieldname, strip_html(value).strip())

	def get_invalid_links(self, is_submittable=False):
		"""Frappe names an unknown link target in its error; from the public form that text is
		the visitor's own input, so it is escaped rather than echoed as markup."""
		invalid, cancelled = super().get_invalid_links(is_submittable=is_submittable)
		return [(field, value, escape_html(message)) for field, value, message in invalid], cancelled

	def validate_choices(self):
		"""A value outside a Select's options is refused without repeating it back."""
		for fieldname in ("rater_category", "status"):
			options = (self.meta.get_field(fieldname).options or "").split("\n")
			if self.get(fieldname) not in options:
				frappe.throw(
					_("Choose {0} from the list.").format(_(self.meta.get_label(fieldname))),
					exc=frappe.ValidationError,
					title=_("Invalid choice"),
				)

	def validate_rating(self):
		rating = self.rating
		if isinstance(rating, str):
			rating = rating.strip()
		if str(rating) != str(cint(rating)) or not MIN_RATING <= cint(rating) <= MAX_RATING:
			frappe.throw(
				_("The rating must be a whole number from {0} to {1}. Choose how many stars to give.").format(
					MIN_RATING, MAX_RATING
				),
				exc=InvalidRatingError,
				title=_("Invalid rating"),
			)
		self.rating = cint(rating)

	def validate_target(self):
		"""Exactly one target, of the kind chosen; an organisation must be an evaluation organisation."""
		if self.target_type == PILOT_DOMAIN:
			self.evaluation_organisation = None
			if not self.pilot_domain:
				self.throw_target(_("Choose the pilot domain whose training you rate."))
			self.target_name = self.pilot_domain
		elif self.target_type == EVALUATION_ORGANISATION:
			self.pilot_domain = None
			if not self.evaluation_organisation:
				self.throw_target(_("Choose the evaluation organisation you rate."))
			if not frappe.db.get_value(
				"Partner Organisation", self.evaluation_organisation, "is_evaluation_organisation"
			):
				self.throw_target(
					_("{0} is not a training and evaluation organisation. Choose one that is.").format(
						frappe.bold(self.evaluation_organisation)
					)
				)
			self.target_name = self.evaluation_organisation
		else:
			self.throw_target(_("Choose whether you rate a pilot domain or an evaluation organisation."))

	def throw_target(self, message):
		frappe.throw(message, exc=FeedbackTargetError, title=_("What is rated"))

	def validate_lengths(self):
		limits = (
			(self.comment, MAX_COMMENT_LENGTH, _("Comment")),
			(self.contact, MAX_CONTACT_LENGTH, _("Contact")),
		)
		for value, limit, label in limits:
			if value and len(value) > limit:
				frappe.throw(
					_("{0} may be at most {1} characters long. Shorten it.").format(label, limit),
					exc=TextTooLongError,
					title=_("Too long"),
				)

	def validate_answer(self):
		if self.status == ANSWERED and not (self.staff_answer or "").strip():
			frappe.throw(
				_("Write the Staff Answer before marking the feedback Answered."),
				exc=AnswerMissingError,
				title=_("Answer missing"),
			)

	def record_answer(self):
		"""Who answered, and when: set when the answer is first given or changed."""
		if not self.staff_answer or self.is_new():
			return
		if self.staff_answer != self.get_db_value("staff_answer") or not self.answered_by:
			self.answered_by = frappe.session.user
			self.answered_on = today()
