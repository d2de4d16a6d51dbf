"""One exception class per rule of the faculty module, so tests can assert on each."""

import frappe


class InvalidQualificationPeriodError(frappe.ValidationError):
	"""A qualification's valid-to date falls before its valid-from date."""


class IncompleteExaminerQualificationError(frappe.ValidationError):
	"""An examiner qualification lacks its certificate, level or validity dates."""


class DuplicateTrainerError(frappe.ValidationError):
	"""A second Trainer for the same Contact or User."""


class DuplicateTeachingAssignmentError(frappe.ValidationError):
	"""A second Teaching Assignment for the same trainer, class, domain and term."""


class InvalidSessionHoursError(frappe.ValidationError):
	"""A training session that lasts no hours."""


class DuplicateExpertError(frappe.ValidationError):
	"""The same trainer twice in one expert pool."""


class InvalidPoolTargetError(frappe.ValidationError):
	"""Composition targets that do not add up within the total."""


class SessionOutsideTermError(frappe.ValidationError):
	"""A training day outside the dates of the session's School Term."""


class MissingSessionDaysError(frappe.ValidationError):
	"""A training session without any day."""


class DuplicateAttendeeError(frappe.ValidationError):
	"""The same trainer twice among a session's attendees."""


class ExcessCreditedHoursError(frappe.ValidationError):
	"""An attendee credited more hours than the session lasted."""


class AbsentAttendeeCreditError(frappe.ValidationError):
	"""Hours or feedback recorded for an attendee not marked present."""


class InvalidOrganiserError(frappe.ValidationError):
	"""A session organiser that is neither a school nor an evaluation organisation."""


class NotAnEvaluationOrganisationError(frappe.ValidationError):
	"""An expert pool kept for an organisation that is not a training and evaluation organisation."""
