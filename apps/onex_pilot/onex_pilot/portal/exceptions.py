"""One exception class per rule of the portal module, so tests can assert on each."""

import frappe

# Supervision feedback


class InvalidRatingError(frappe.ValidationError):
	"""A rating that is not a whole number of stars from 1 to 5."""


class FeedbackTargetError(frappe.ValidationError):
	"""Feedback without exactly one target of its kind, or about an organisation that does not evaluate."""


class AnswerMissingError(frappe.ValidationError):
	"""Feedback marked Answered without the staff answer."""


class TextTooLongError(frappe.ValidationError):
	"""A comment, contact or objection reason longer than the portal accepts."""


# Portal settings


class InvalidRateLimitError(frappe.ValidationError):
	"""A rate limit of fewer than one request per window."""


# Student portal


class NotAStudentError(frappe.PermissionError):
	"""A student-only page or action used by a login that is not linked to a Pilot Student."""


class RegistrationWindowClosedError(frappe.ValidationError):
	"""A student cancelling a registration after the plan's registration window has closed."""


class NotFoundError(frappe.DoesNotExistError):
	"""A record the session's student does not own, answered as if it did not exist."""
