"""One exception per rule of the organisation module, so tests can assert on each."""

import frappe


class InvalidAcademicYearError(frappe.ValidationError):
	pass


class InvalidDateRangeError(frappe.ValidationError):
	"""An end date before its start date (terms, seats, school terms)."""


class OverlappingTermError(frappe.ValidationError):
	pass


class DuplicateClassTeacherError(frappe.ValidationError):
	pass


class InvalidPassMarkError(frappe.ValidationError):
	pass


class DuplicateLevelError(frappe.ValidationError):
	pass


class LevelNotOfferedError(frappe.ValidationError):
	pass


class NotAnEvaluationOrganisationError(frappe.ValidationError):
	pass


class DuplicateTargetError(frappe.ValidationError):
	pass


class MissingLaunchDateError(frappe.ValidationError):
	pass


class OverlappingLeaderSeatError(frappe.ValidationError):
	pass


class DuplicateSeatError(frappe.ValidationError):
	pass


class InvalidPeriodError(frappe.ValidationError):
	pass


class DomainNotInPilotError(frappe.ValidationError):
	pass


class InvalidAmountError(frappe.ValidationError):
	pass


class MissingPartnerError(frappe.ValidationError):
	pass


class WrongCommitteeError(frappe.ValidationError):
	pass


class MissingAttendeeError(frappe.ValidationError):
	pass
