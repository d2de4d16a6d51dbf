"""课证融通: a school course that a certificate level covers in one academic year, with the credits
it earns there and whether it replaces the course exam or adds credit. Proposed mappings earn
nothing; the guidance committee approves them (who signed, when); withdrawn ones earn nothing new.
Once approved, the terms are fixed: a change is a withdrawal and a new mapping."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate

from onex_credit_bank.credit_bank.academic_year import validate_academic_year
from onex_credit_bank.credit_bank.credits import validate_credits
from onex_credit_bank.credit_bank.exceptions import (
	ApprovedMappingLockedError,
	ApproverNotOnCommitteeError,
	DuplicateMappingError,
	LevelNotOfferedError,
	MissingApprovalError,
	NotGuidanceCommitteeError,
	WrongMeetingError,
)

PROPOSED = "Proposed"
APPROVED = "Approved"
WITHDRAWN = "Withdrawn"
GUIDANCE_COMMITTEE = "Guidance Committee"

# What an approved mapping fixes.
TERMS = (
	"skill_certificate",
	"level",
	"school_course",
	"credits",
	"mapping_type",
	"academic_year",
	"guidance_committee",
	"committee_meeting",
	"approved_by",
	"approved_on",
)


class CourseCertificateMapping(Document):
	def validate(self):
		self.validate_terms_locked()
		validate_credits(self.credits, "Credits")
		validate_academic_year(self.academic_year, "Academic Year")
		self.validate_level_offered()
		self.validate_one_active_mapping()
		self.validate_approval()

	def validate_terms_locked(self):
		"""Approved: only withdrawal. Withdrawn: nothing."""
		before = self.get_doc_before_save()
		if not before or before.status == PROPOSED:
			return
		changed = [f for f in TERMS if comparable(before, f) != comparable(self, f)]
		allowed_status = {APPROVED: (APPROVED, WITHDRAWN), WITHDRAWN: (WITHDRAWN,)}[before.status]
		if not changed and self.status in allowed_status:
			return
		frappe.throw(
			_(
				"Mapping {0} is {1}: its terms can no longer change. Withdraw it and propose a new mapping instead."
			).format(frappe.bold(self.name), _(before.status)),
			exc=ApprovedMappingLockedError,
			title=_("Mapping is fixed"),
		)

	def validate_level_offered(self):
		if not (self.skill_certificate and self.level):
			return
		offered = frappe.get_all(
			"Skill Certificate Level",
			filters={"parenttype": "Skill Certificate", "parent": self.skill_certificate},
			pluck="level",
		)
		if self.level in offered:
			return
		frappe.throw(
			_("Level: Skill Certificate {0} does not offer the {1} level. Choose one of: {2}.").format(
				frappe.bold(self.skill_certificate),
				frappe.bold(_(self.level)),
				", ".join(_(level) for level in offered) or _("(no levels yet)"),
			),
			exc=LevelNotOfferedError,
			title=_("Level not offered"),
		)

	def validate_one_active_mapping(self):
		if self.status == WITHDRAWN:
			return
		existing = frappe.db.get_value(
			"Course Certificate Mapping",
			{
				"skill_certificate": self.skill_certificate,
				"level": self.level,
				"school_course": self.school_course,
				"academic_year": self.academic_year,
				"status": ("!=", WITHDRAWN),
				"name": ("!=", self.name or ""),
			},
		)
		if not existing:
			return
		frappe.throw(
			_(
				"Mapping {0} already maps {1} {2} to course {3} in academic year {4}. Change or withdraw that mapping instead of adding a second one."
			).format(
				frappe.bold(existing),
				self.skill_certificate,
				_(self.level),
				frappe.bold(self.school_course),
				self.academic_year,
			),
			exc=DuplicateMappingError,
			title=_("Duplicate mapping"),
		)

	def validate_approval(self):
		if self.status != APPROVED:
			return
		missing = [
			_(self.meta.get_label(f))
			for f in ("guidance_committee", "approved_by", "approved_on")
			if not self.get(f)
		]
		if missing:
			frappe.throw(
				_("An approved mapping needs {0}. Fill them in, or keep the mapping Proposed.").format(
					", ".join(missing)
				),
				exc=MissingApprovalError,
				title=_("Approval incomplete"),
			)
		self.validate_guidance_committee()
		self.validate_approver_seat()
		self.validate_meeting()

	def validate_guidance_committee(self):
		committee_type = frappe.db.get_value("Pilot Committee", self.guidance_committee, "committee_type")
		if committee_type == GUIDANCE_COMMITTEE:
			return
		frappe.throw(
			_(
				"Guidance Committee: {0} is not a guidance committee. Choose the committee that approves course–certificate integration."
			).format(frappe.bold(self.guidance_committee)),
			exc=NotGuidanceCommitteeError,
			title=_("Not a guidance committee"),
		)

	def validate_approver_seat(self):
		seat = frappe.qb.DocType("Pilot Committee Seat")
		held = (
			frappe.qb.from_(seat)
			.select(seat.name)
			.where(seat.parenttype == "Pilot Committee")
			.where(seat.parent == self.guidance_committee)
			.where(seat.contact == self.approved_by)
			.where(seat.term_start.isnull() | (seat.term_start <= self.approved_on))
			.where(seat.term_end.isnull() | (seat.term_end >= self.approved_on))
			.limit(1)
			.run()
		)
		if held:
			return
		frappe.throw(
			_(
				"Approved By: {0} held no seat on {1} on {2}. Choose a member of the committee on the approval date."
			).format(
				frappe.bold(self.approved_by),
				frappe.bold(self.guidance_committee),
				frappe.format(self.approved_on, "Date"),
			),
			exc=ApproverNotOnCommitteeError,
			title=_("Approver not on the committee"),
		)

	def validate_meeting(self):
		if not self.committee_meeting:
			return
		committee = frappe.db.get_value("Committee Meeting", self.committee_meeting, "committee")
		if committee == self.guidance_committee:
			return
		frappe.throw(
			_(
				"Committee Meeting {0} is a meeting of {1}, not of {2}. Choose a meeting of the approving committee."
			).format(frappe.bold(self.committee_meeting), committee, frappe.bold(self.guidance_committee)),
			exc=WrongMeetingError,
			title=_("Wrong meeting"),
		)


def comparable(doc, fieldname):
	"""A field's value in a form that compares equal whether read from the database or typed in."""
	value = doc.get(fieldname)
	fieldtype = doc.meta.get_field(fieldname).fieldtype
	if fieldtype == "Float":
		return flt(value)
	if fieldtype == "Date":
		return getdate(value) if value else None
	return value or None


def approved_mappings(skill_certificate: str, level: str, academic_year: str) -> list[frappe._dict]:
	"""The approved mappings of a certificate level in an academic year, oldest first."""
	return frappe.get_all(
		"Course Certificate Mapping",
		filters={
			"skill_certificate": skill_certificate,
			"level": level,
			"academic_year": academic_year,
			"status": APPROVED,
		},
		fields=["name", "school_course", "credits", "mapping_type"],
		order_by="creation asc",
	)
