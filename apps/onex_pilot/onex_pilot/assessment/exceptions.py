"""One exception class per rule of the assessment module, so tests can assert on each."""

import frappe

# Students and their personal data


class InvalidStudentNumberError(frappe.ValidationError):
	"""A student number that cannot be a login name: not 4-20 letters, digits or hyphens."""


class StudentNumberTakenError(frappe.ValidationError):
	"""The student number is already the user name of another login."""


class MissingInitialPasswordError(frappe.ValidationError):
	"""A portal login is to be created but no initial password is given anywhere."""


class InvalidEnrolmentYearError(frappe.ValidationError):
	"""An enrolment year outside 2000 … next year."""


class DuplicatePersonalDataError(frappe.ValidationError):
	"""A second Student Personal Data record for the same student."""


class InvalidIDNumberError(frappe.ValidationError):
	"""An ID number that is malformed: wrong length, characters, check digit, birth date or region."""


class IDBirthDateMismatchError(frappe.ValidationError):
	"""The birth date in a resident ID disagrees with the date of birth beside it."""


class IDGenderMismatchError(frappe.ValidationError):
	"""The gender digit of a resident ID disagrees with the student's gender."""


class InvalidPhoneError(frappe.ValidationError):
	"""A phone number that is not a mainland mobile number."""


class InvalidDateOfBirthError(frappe.ValidationError):
	"""A date of birth in the future."""


class InvalidPoorHouseholdYearError(frappe.ValidationError):
	"""A registered-poor-household year missing, before 2014 or in the future."""


class PublicEvidenceError(frappe.ValidationError):
	"""Poverty evidence uploaded as a public file."""


# Exam sites and rooms


class InvalidAccreditationPeriodError(frappe.ValidationError):
	"""An accreditation whose valid-to date falls before its valid-from date."""


class AccreditationOrganisationError(frappe.ValidationError):
	"""An accreditation by an organisation that does not evaluate the certificate."""


class OverlappingAccreditationError(frappe.ValidationError):
	"""Two accreditations of one site for the same certificate and level with overlapping periods."""


class InvalidRoomCapacityError(frappe.ValidationError):
	"""An exam room seating no one."""


class InvalidSettingError(frappe.ValidationError):
	"""A Pilot Settings number below its minimum."""


# Skill assessment plans


class PlanEditNotAllowedError(frappe.ValidationError):
	"""A change to a plan that its current workflow state does not allow."""


class InactivePilotDomainError(frappe.ValidationError):
	"""A plan for a pilot domain that is not Active."""


class CertificateMismatchError(frappe.ValidationError):
	"""A plan whose certificate is not the certificate of its pilot domain."""


class InvalidExamTimeError(frappe.ValidationError):
	"""An exam that ends before it starts."""


class InvalidRegistrationWindowError(frappe.ValidationError):
	"""A registration window that ends before it starts or after the exam date."""


class RoomNotAtSiteError(frappe.ValidationError):
	"""An exam room of another site than the plan's exam site, or the same room twice."""


class InvalidCapacityError(frappe.ValidationError):
	"""A plan capacity of no seats or above the total capacity of its rooms."""


class DuplicateExaminerError(frappe.ValidationError):
	"""The same trainer twice among a plan's examiners."""


class SiteNotAccreditedError(frappe.ValidationError):
	"""Approval of a plan whose exam site is not accredited for the certificate level on the exam date."""


class TooFewExaminersError(frappe.ValidationError):
	"""Approval of a plan with fewer examiners than its capacity needs."""


class ExaminerNotQualifiedError(frappe.ValidationError):
	"""An examiner without a valid examiner qualification for the certificate level on the exam date."""


class RoomDoubleBookedError(frappe.ValidationError):
	"""A room already booked by an overlapping approved plan."""


class ExaminerDoubleBookedError(frappe.ValidationError):
	"""An examiner already on an overlapping approved plan."""


class ExaminerConflictOfInterestError(frappe.ValidationError):
	"""An examiner who teaches a registered student's class in the plan's domain and term."""


class ExamNotYetHeldError(frappe.ValidationError):
	"""A plan marked as held before its exam date."""


class ResultsMissingError(frappe.ValidationError):
	"""Publishing or finalising the results of a plan while a registered candidate has none."""


class PublicityNotOverError(frappe.ValidationError):
	"""Results made final before the publicity window has passed."""


class OpenObjectionError(frappe.ValidationError):
	"""Results made final while an objection to one of them is still open."""


class PlanDeletionError(frappe.ValidationError):
	"""Deleting a plan that has left the Draft state."""


# Registrations


class RegistrationClosedError(frappe.ValidationError):
	"""A registration outside the plan's registration window or while the plan is not open."""


class NoSeatsLeftError(frappe.ValidationError):
	"""A registration for a plan whose seats are all taken."""


class DuplicateRegistrationError(frappe.ValidationError):
	"""A second active registration of a student for the same plan."""


class RegistrationChangeError(frappe.ValidationError):
	"""A change to a registration field that is fixed once the registration exists."""


class PaymentStatusError(frappe.ValidationError):
	"""A payment status change by someone other than the Finance Officer, or one that is not allowed."""


class CancellationNotAllowedError(frappe.ValidationError):
	"""Cancelling a registration after the plan was held, or reviving a cancelled one."""


class NotAStudentError(frappe.ValidationError):
	"""A student-only action by a user who is not linked to a Pilot Student."""


# Fee waivers


class InvalidWaiverPeriodError(frappe.ValidationError):
	"""A fee waiver period that ends before it starts, or lasts longer than a programme."""


class OverlappingWaiverError(frappe.ValidationError):
	"""A second waiver, not rejected, for days another waiver of the student already covers."""


class EvidenceNotUploadedError(frappe.ValidationError):
	"""Evidence that names no file uploaded to the platform."""


class WaiverEditNotAllowedError(frappe.ValidationError):
	"""A change to a fee waiver that its current workflow state does not allow."""


class RejectionReasonMissingError(frappe.ValidationError):
	"""A fee waiver rejected without a reason."""


class NotClassTeacherError(frappe.ValidationError):
	"""The first approval of a fee waiver by someone who is not the student's current class teacher."""


class NotRegisteredPoorError(frappe.ValidationError):
	"""A waiver on the registered-poor-household basis for a student not recorded as such."""


# Results


class ResultEntryNotAllowedError(frappe.ValidationError):
	"""Results entered or changed while the plan's state does not allow it."""


class NotPlanExaminerError(frappe.ValidationError):
	"""Results entered by someone who is neither an examiner of the plan nor an Assessment Officer."""


class InvalidScoreError(frappe.ValidationError):
	"""A score outside 0-100 or with more than two decimals."""


class MissingScoreError(frappe.ValidationError):
	"""A present candidate's result without the scores its outcome needs."""


class RegistrationNotInPlanError(frappe.ValidationError):
	"""A result for a registration of another plan, or for a cancelled registration."""


class DuplicateResultError(frappe.ValidationError):
	"""A second result for the same registration."""


class VoidReasonMissingError(frappe.ValidationError):
	"""A result voided for misconduct without a reason."""


class KeptScoreChangeError(frappe.ValidationError):
	"""A retake result that changes the component score kept from the failed sitting."""


class ResultSubmissionError(frappe.ValidationError):
	"""A result submitted on its own instead of by publishing the plan's results."""


class AmendmentReasonMissingError(frappe.ValidationError):
	"""An amended result without the reason for the amendment."""


class ResultCancelError(frappe.ValidationError):
	"""A published result cancelled without the amendment that replaces it."""


# Result objections


class ObjectionWindowError(frappe.ValidationError):
	"""An objection lodged outside the publicity window of the plan's results."""


class NotOwnResultError(frappe.ValidationError):
	"""An objection by someone who is not the student of the result."""


class DuplicateObjectionError(frappe.ValidationError):
	"""A second open objection to the same result."""


class ResolutionMissingError(frappe.ValidationError):
	"""An objection upheld or dismissed without a resolution."""


class ObjectionLockedError(frappe.ValidationError):
	"""A change to an objection that has been resolved, or to what the student lodged."""


# Skill certificate records


class CertificateChangeError(frappe.ValidationError):
	"""A change to an issued certificate outside its permitted actions."""


class CertificateDeletionError(frappe.ValidationError):
	"""Deleting or cancelling an issued certificate record."""


class CertificateStatusError(frappe.ValidationError):
	"""A certificate revoked without a reason, or a status change that is not allowed."""
