"""A student's waiver of assessment fees for a period.

States (the shipped Workflow "Fee Waiver" uses these names): Applied → Class Teacher
Approved → Approved, or Rejected from either of the first two with a reason. The class
teacher of the student's class gives the first approval, the Finance Officer the final
one; `validate()` refuses what a state or the rules forbid however the change arrives."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_years, format_date, getdate, today

from onex_pilot.assessment.changes import changed_fields, labels
from onex_pilot.assessment.exceptions import (
	EvidenceNotUploadedError,
	InvalidWaiverPeriodError,
	NotClassTeacherError,
	NotRegisteredPoorError,
	OverlappingWaiverError,
	RejectionReasonMissingError,
	WaiverEditNotAllowedError,
)
from onex_pilot.assessment.waivers import reprice_registrations
from onex_pilot.assessment.workflow_names import (
	APPLIED,
	APPROVED,
	CLASS_TEACHER_APPROVED,
	REJECTED,
	WAIVER_STATES,
)
from onex_pilot.organisation.school_class import class_teacher_of

__all__ = ("APPLIED", "APPROVED", "CLASS_TEACHER_APPROVED", "REJECTED", "WAIVER_STATES", "FeeWaiver")

# Set by the server at transitions, or fetched from the student.
SERVER_FIELDS = (
	"workflow_state",
	"student_name",
	"school_class",
	"class_teacher_approved_by",
	"class_teacher_approved_on",
	"approved_by",
	"approved_on",
	"rejected_by",
)
EDITABLE = {
	APPLIED: None,  # everything
	CLASS_TEACHER_APPROVED: ("rejection_reason",),
	APPROVED: (),
	REJECTED: (),
}
# A waiver covers at most the length of a programme; each year's status is evidenced anew.
MAX_PERIOD_YEARS = 3


class FeeWaiver(Document):
	def validate(self):
		self.validate_period()
		self.validate_no_overlap()
		self.validate_evidence_uploaded()
		self.validate_state_allows_changes()
		self.validate_transition()

	def on_update(self):
		if self.transition and self.workflow_state == APPROVED:
			reprice_registrations(self)

	@property
	def saved_state(self) -> str:
		before = self.get_doc_before_save()
		return (before.workflow_state if before else None) or APPLIED

	@property
	def transition(self) -> tuple[str, str] | None:
		before = self.get_doc_before_save()
		if not before or not self.workflow_state or before.workflow_state == self.workflow_state:
			return None
		return before.workflow_state, self.workflow_state

	def validate_period(self):
		start, end = getdate(self.period_start), getdate(self.period_end)
		if end > getdate(add_years(start, MAX_PERIOD_YEARS)):
			frappe.throw(
				_(
					"Period End {0} is more than {1} years after Period Start {2}. A fee waiver covers at most {1} years: apply again for a later period."
				).format(frappe.bold(format_date(end)), MAX_PERIOD_YEARS, frappe.bold(format_date(start))),
				exc=InvalidWaiverPeriodError,
				title=_("Invalid period"),
			)
		if start <= end:
			return
		frappe.throw(
			_("Period End {0} is before Period Start {1}. Set an end on or after the start.").format(
				frappe.bold(format_date(self.period_end)), frappe.bold(format_date(self.period_start))
			),
			exc=InvalidWaiverPeriodError,
			title=_("Invalid period"),
		)

	def validate_no_overlap(self):
		"""One waiver per student and day: a waiver that is not rejected shares no day with another."""
		if self.workflow_state == REJECTED or not (self.student and self.period_start and self.period_end):
			return
		waiver = frappe.qb.DocType("Fee Waiver")
		found = (
			frappe.qb.from_(waiver)
			.select(waiver.name, waiver.workflow_state, waiver.period_start, waiver.period_end)
			.where(waiver.student == self.student)
			.where(waiver.name != (self.name or ""))
			.where(waiver.workflow_state.isnull() | (waiver.workflow_state != REJECTED))
			.where(waiver.period_start <= getdate(self.period_end))
			.where(waiver.period_end >= getdate(self.period_start))
			.limit(1)
			.run(as_dict=True)
		)
		if not found:
			return
		other = found[0]
		frappe.throw(
			_(
				"{0} already has Fee Waiver {1} ({2}) for {3} to {4}, which overlaps this period. Choose a period after it, or wait until it is rejected."
			).format(
				frappe.bold(self.student_name or self.student),
				frappe.bold(other.name),
				_(other.workflow_state or APPLIED),
				format_date(other.period_start),
				format_date(other.period_end),
			),
			exc=OverlappingWaiverError,
			title=_("Overlapping fee waiver"),
		)

	def validate_evidence_uploaded(self):
		if not self.evidence or frappe.db.exists("File", {"file_url": self.evidence}):
			return
		frappe.throw(
			_(
				"Evidence {0} is not a file uploaded to the platform. Remove it and attach the document again."
			).format(frappe.bold(self.evidence)),
			exc=EvidenceNotUploadedError,
			title=_("Evidence not uploaded"),
		)

	def validate_state_allows_changes(self):
		state = self.saved_state
		allowed = EDITABLE.get(state, ())
		if allowed is None:
			return
		changed = changed_fields(self, self.get_doc_before_save(), ignore=SERVER_FIELDS)
		refused = [f for f in changed if f not in allowed]
		if not refused:
			return
		frappe.throw(
			_("Fee Waiver {0} is {1}: {2} can no longer be changed.").format(
				frappe.bold(self.name), frappe.bold(_(state)), labels(self, refused)
			),
			exc=WaiverEditNotAllowedError,
			title=_("Change not allowed"),
		)

	def validate_transition(self):
		if not self.transition:
			return
		if self.workflow_state == CLASS_TEACHER_APPROVED:
			self.check_class_teacher()
			self.check_basis_holds()
			self.class_teacher_approved_by, self.class_teacher_approved_on = frappe.session.user, today()
		elif self.workflow_state == APPROVED:
			self.check_basis_holds()
			self.approved_by, self.approved_on = frappe.session.user, today()
		elif self.workflow_state == REJECTED:
			self.check_rejection_reason()
			self.rejected_by = frappe.session.user

	def check_class_teacher(self):
		user = frappe.session.user
		teacher = class_teacher_of(self.school_class, today()) if self.school_class else None
		if user == "Administrator" or (teacher and teacher == user):
			return
		frappe.throw(
			_(
				"The first approval of Fee Waiver {0} is given by the current class teacher of class {1}, not by {2}."
			).format(frappe.bold(self.name), frappe.bold(self.school_class or "-"), user),
			exc=NotClassTeacherError,
			title=_("Not the class teacher"),
		)

	def check_basis_holds(self):
		if not frappe.db.get_value("Fee Waiver Basis", self.basis, "requires_registered_poor"):
			return
		if frappe.db.get_value("Student Personal Data", {"student": self.student}, "is_registered_poor"):
			return
		frappe.throw(
			_(
				"Basis {0} needs a registered poor household, and the personal data of {1} records none. Record it there first, or choose another basis."
			).format(frappe.bold(_(self.basis)), frappe.bold(self.student_name or self.student)),
			exc=NotRegisteredPoorError,
			title=_("Not a registered poor household"),
		)

	def check_rejection_reason(self):
		if (self.rejection_reason or "").strip():
			return
		frappe.throw(
			_(
				"Fee Waiver {0} cannot be rejected without a reason. Save a Rejection Reason first, then reject."
			).format(frappe.bold(self.name)),
			exc=RejectionReasonMissingError,
			title=_("Reason missing"),
		)
