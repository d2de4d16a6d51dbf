"""One exception class per rule of the credit bank, so tests can assert on each."""

import frappe

# Credits and academic years


class InvalidCreditsError(frappe.ValidationError):
	"""Credits that are negative, zero or more than one record can earn."""


class FutureLearningDateError(frappe.ValidationError):
	"""Other learning dated after today: credits are for learning done."""


class InvalidAcademicYearError(frappe.ValidationError):
	"""An academic year not written as two consecutive years, e.g. 2024-2025."""


# School courses and course results


class InvalidPassMarkError(frappe.ValidationError):
	"""A course pass mark outside 0 … 100."""


class InvalidScoreError(frappe.ValidationError):
	"""A course score outside 0 … 100 or with more than two decimals."""


class DuplicateCourseResultError(frappe.ValidationError):
	"""A second result for the same student, course and term."""


# Course certificate mappings


class LevelNotOfferedError(frappe.ValidationError):
	"""A mapping for a level the certificate does not offer."""


class DuplicateMappingError(frappe.ValidationError):
	"""Two active mappings of one certificate level to one course in one academic year."""


class NotGuidanceCommitteeError(frappe.ValidationError):
	"""A mapping approved by a committee that is not a guidance committee."""


class MissingApprovalError(frappe.ValidationError):
	"""An approved mapping without its committee, approver or approval date."""


class ApproverNotOnCommitteeError(frappe.ValidationError):
	"""An approver who holds no seat on the approving committee on the approval date."""


class WrongMeetingError(frappe.ValidationError):
	"""An approval meeting of another committee."""


class ApprovedMappingLockedError(frappe.ValidationError):
	"""A change to an approved or withdrawn mapping other than withdrawing it."""


# Credit records


class InvalidReversalError(frappe.ValidationError):
	"""A reversal without a submitted credit of the same student to reverse, or a credit that names one."""


class AlreadyReversedError(frappe.ValidationError):
	"""A reversal of a credit that has already been reversed."""


class InvalidCreditSourceError(frappe.ValidationError):
	"""A credit whose source is not the student's, not final, or does not earn that credit."""


class DuplicateCreditError(frappe.ValidationError):
	"""A second credit for the same source (and mapping)."""


class CreditRecordImmutableError(frappe.ValidationError):
	"""An attempt to cancel a credit record: credits are corrected by reversal only."""
