"""An assessment round: one certificate level, on one date, at one exam site.

States (the shipped Workflow "Skill Assessment Plan" uses these names):
Draft → Pending Approval → Open for Registration → Registration Closed → Held →
Results in Publicity → Results Final, and Cancelled. The Workflow decides who may move a
plan; `validate()` refuses what a state forbids and what the rules forbid, whether the
move comes from the Desk, `apply_workflow` or a REST call that sets `workflow_state`."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_days, format_date, get_time, getdate, today

from onex_pilot.assessment import plan_checks
from onex_pilot.assessment.changes import changed_fields, labels
from onex_pilot.assessment.doctype.pilot_settings.pilot_settings import get_setting
from onex_pilot.assessment.exceptions import (
	CertificateMismatchError,
	DuplicateExaminerError,
	ExamNotYetHeldError,
	InactivePilotDomainError,
	InvalidCapacityError,
	InvalidExamTimeError,
	InvalidRegistrationWindowError,
	OpenObjectionError,
	PlanDeletionError,
	PlanEditNotAllowedError,
	PublicityNotOverError,
	RoomNotAtSiteError,
)
from onex_pilot.assessment.workflow_names import (
	CANCELLED,
	DRAFT,
	HELD,
	OPEN_FOR_REGISTRATION,
	PENDING_APPROVAL,
	PLAN_STATES,
	REGISTRATION_CLOSED,
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.organisation.skill_certificate import get_level_rule
from onex_pilot.organisation.terms import term_on

__all__ = (
	"CANCELLED",
	"DRAFT",
	"HELD",
	"OPEN_FOR_REGISTRATION",
	"PENDING_APPROVAL",
	"PLAN_STATES",
	"REGISTRATION_CLOSED",
	"RESULTS_FINAL",
	"RESULTS_IN_PUBLICITY",
	"SkillAssessmentPlan",
)

ACTIVE = "Active"
# Fields the server derives; in any state but Draft they keep their saved values.
DERIVED_FIELDS = ("plan_title", "skill_certificate", "certificate_name", "school_term", "fee")
# Fields only transitions set; the publicity dates are never typed, whatever the state.
PUBLICITY_FIELDS = ("results_published_on", "publicity_ends_on")
TRANSITION_FIELDS = ("workflow_state", *PUBLICITY_FIELDS)
# What a user may still change in each state; every field in Draft.
EDITABLE_AFTER_DRAFT = {
	PENDING_APPROVAL: (),
	OPEN_FOR_REGISTRATION: ("examiners", "registration_end", "cancellation_reason"),
	REGISTRATION_CLOSED: ("examiners", "cancellation_reason"),
}
APPROVED_STATES = (OPEN_FOR_REGISTRATION, REGISTRATION_CLOSED)


class SkillAssessmentPlan(Document):
	def validate(self):
		self.validate_times_of_day()
		self.set_derived_fields()
		self.keep_publicity_dates()
		self.validate_state_allows_changes()
		self.validate_domain()
		self.validate_exam_time()
		self.validate_registration_window()
		self.validate_rooms()
		self.validate_capacity()
		self.validate_examiners_unique()
		self.validate_examiner_changes()
		self.validate_transition()

	def on_update(self):
		self.apply_transition()

	def on_trash(self):
		if (self.workflow_state or DRAFT) == DRAFT:
			return
		frappe.throw(
			_("Plan {0} is {1}; only a Draft plan may be deleted. Cancel it instead.").format(
				frappe.bold(self.name), _(self.workflow_state)
			),
			exc=PlanDeletionError,
			title=_("Plan cannot be deleted"),
		)

	# --- state -------------------------------------------------------------------------

	@property
	def saved_state(self) -> str:
		before = self.get_doc_before_save()
		return (before.workflow_state if before else None) or DRAFT

	@property
	def transition(self) -> tuple[str, str] | None:
		"""(from, to) when this save moves the plan to another state."""
		before = self.get_doc_before_save()
		if not before or not self.workflow_state or before.workflow_state == self.workflow_state:
			return None
		return before.workflow_state, self.workflow_state

	def set_derived_fields(self):
		before = self.get_doc_before_save()
		if before and self.saved_state != DRAFT:
			for fieldname in DERIVED_FIELDS:
				self.set(fieldname, before.get(fieldname))
			return
		if self.pilot_domain:
			self.skill_certificate = frappe.db.get_value(
				"Pilot Domain", self.pilot_domain, "skill_certificate"
			)
		if self.skill_certificate and self.level and not self.override_fee:
			self.fee = get_level_rule(self.skill_certificate, self.level).fee or 0
		self.school_term = term_on(self.exam_date) if self.exam_date else None
		parts = (
			self.certificate_name or self.skill_certificate,
			_(self.level or ""),
			str(self.exam_date or ""),
		)
		self.plan_title = " ".join(p for p in parts if p)

	def keep_publicity_dates(self):
		"""Only the move to Results in Publicity sets these, so no edit can shorten the window."""
		before = self.get_doc_before_save()
		for fieldname in PUBLICITY_FIELDS:
			self.set(fieldname, before.get(fieldname) if before else None)

	def validate_state_allows_changes(self):
		state = self.saved_state
		if state == DRAFT:
			return
		allowed = EDITABLE_AFTER_DRAFT.get(state, ())
		changed = changed_fields(self, self.get_doc_before_save(), ignore=DERIVED_FIELDS + TRANSITION_FIELDS)
		refused = [f for f in changed if f not in allowed]
		if not refused:
			return
		frappe.throw(
			_("Plan {0} is {1}: {2} can no longer be changed. {3}").format(
				frappe.bold(self.name), frappe.bold(_(state)), labels(self, refused), self.edit_hint(state)
			),
			exc=PlanEditNotAllowedError,
			title=_("Change not allowed"),
		)

	@staticmethod
	def edit_hint(state: str) -> str:
		if state == PENDING_APPROVAL:
			return _("Reject the plan back to Draft to change it.")
		if state in APPROVED_STATES:
			return _(
				"Only the examiners, the registration closing date and the cancellation reason may change now."
			)
		return _("Nothing on the plan may change in this state.")

	# --- field rules -------------------------------------------------------------------

	def validate_domain(self):
		approving = self.transition is not None and self.workflow_state == OPEN_FOR_REGISTRATION
		if self.saved_state != DRAFT and not approving:
			return
		status = frappe.db.get_value("Pilot Domain", self.pilot_domain, "status")
		if status != ACTIVE:
			frappe.throw(
				_("Pilot Domain {0} is {1}. Plans may only be made for an Active domain.").format(
					frappe.bold(self.pilot_domain), _(status or "")
				),
				exc=InactivePilotDomainError,
				title=_("Pilot domain not active"),
			)
		domain_certificate = frappe.db.get_value("Pilot Domain", self.pilot_domain, "skill_certificate")
		if domain_certificate != self.skill_certificate:
			frappe.throw(
				_("Skill Certificate {0} is not the certificate of Pilot Domain {1} ({2}).").format(
					frappe.bold(self.skill_certificate), frappe.bold(self.pilot_domain), domain_certificate
				),
				exc=CertificateMismatchError,
				title=_("Wrong certificate"),
			)
		get_level_rule(self.skill_certificate, self.level)

	def validate_times_of_day(self):
		"""Start and End Time are times of day, before anything compares them."""
		for fieldname in ("start_time", "end_time"):
			value = self.get(fieldname)
			if value in (None, ""):
				continue
			try:
				self.set(fieldname, get_time(value).strftime("%H:%M:%S"))
			except (AttributeError, TypeError, ValueError):
				frappe.throw(
					_(
						"{0} {1} is not a time of day. Enter it as hours and minutes, for example 09:00."
					).format(_(self.meta.get_label(fieldname)), frappe.bold(value)),
					exc=InvalidExamTimeError,
					title=_("Invalid exam time"),
				)

	def validate_exam_time(self):
		if self.start_time and self.end_time and get_time(self.end_time) > get_time(self.start_time):
			return
		frappe.throw(
			_("End Time {0} is not after Start Time {1}. Set an end time after the start time.").format(
				frappe.bold(self.end_time), frappe.bold(self.start_time)
			),
			exc=InvalidExamTimeError,
			title=_("Invalid exam time"),
		)

	def validate_registration_window(self):
		start, end, exam = (
			getdate(self.registration_start),
			getdate(self.registration_end),
			getdate(self.exam_date),
		)
		if start <= end <= exam:
			return
		frappe.throw(
			_(
				"Registration opens on {0} and closes on {1}, for an exam on {2}. Registration must open before it closes and close no later than the exam date."
			).format(
				frappe.bold(format_date(start)), frappe.bold(format_date(end)), frappe.bold(format_date(exam))
			),
			exc=InvalidRegistrationWindowError,
			title=_("Invalid registration window"),
		)

	def validate_rooms(self):
		seen = set()
		for row in self.rooms:
			site = frappe.db.get_value("Exam Room", row.exam_room, "exam_site")
			if site == self.exam_site and row.exam_room not in seen:
				seen.add(row.exam_room)
				continue
			frappe.throw(
				_(
					"Exam Rooms row {0}: room {1} is listed twice or is not at Exam Site {2}. Choose each room of the site once."
				).format(row.idx, frappe.bold(row.exam_room), frappe.bold(self.exam_site)),
				exc=RoomNotAtSiteError,
				title=_("Wrong room"),
			)

	def rooms_capacity(self) -> int:
		return sum(frappe.db.get_value("Exam Room", row.exam_room, "capacity") or 0 for row in self.rooms)

	def validate_capacity(self):
		total = self.rooms_capacity()
		if 0 < (self.capacity or 0) <= total:
			return
		frappe.throw(
			_(
				"Capacity {0} must be at least 1 and at most {1}, the total capacity of the plan's rooms."
			).format(frappe.bold(self.capacity or 0), frappe.bold(total)),
			exc=InvalidCapacityError,
			title=_("Invalid capacity"),
		)

	def validate_examiners_unique(self):
		seen = set()
		for row in self.examiners:
			if row.trainer in seen:
				frappe.throw(
					_("Examiners row {0}: {1} is listed twice. Keep one row per examiner.").format(
						row.idx, frappe.bold(row.trainer_name or row.trainer)
					),
					exc=DuplicateExaminerError,
					title=_("Duplicate examiner"),
				)
			seen.add(row.trainer)

	def validate_examiner_changes(self):
		"""Examiners of an approved plan may change, but never into a breach of the rules."""
		if self.saved_state not in APPROVED_STATES:
			return
		if "examiners" not in changed_fields(self, self.get_doc_before_save()):
			return
		plan_checks.check_examiners_after_approval(self)

	# --- transitions -------------------------------------------------------------------

	def validate_transition(self):
		if not self.transition:
			return
		check = {
			OPEN_FOR_REGISTRATION: plan_checks.check_approval,
			REGISTRATION_CLOSED: plan_checks.check_no_conflict_of_interest,
			HELD: check_exam_date_reached,
			RESULTS_IN_PUBLICITY: check_results_publishable,
			RESULTS_FINAL: check_results_finalisable,
		}.get(self.workflow_state)
		if check:
			check(self)

	def apply_transition(self):
		if not self.transition:
			return
		effect = {
			RESULTS_IN_PUBLICITY: publish_results,
			RESULTS_FINAL: finalise_results,
			CANCELLED: cancel_registrations,
		}.get(self.workflow_state)
		if effect:
			effect(self)


# --- transition rules and effects ----------------------------------------------------------


def check_exam_date_reached(plan):
	if getdate(plan.exam_date) <= getdate(today()):
		return
	frappe.throw(
		_("The exam of plan {0} is on {1}. It can be marked as held from that day on.").format(
			frappe.bold(plan.name), frappe.bold(format_date(plan.exam_date))
		),
		exc=ExamNotYetHeldError,
		title=_("Exam not yet held"),
	)


def check_results_publishable(plan):
	from onex_pilot.assessment.results import check_every_candidate_has_result

	check_every_candidate_has_result(plan, submitted=False)
	plan.results_published_on = today()
	plan.publicity_ends_on = add_days(today(), publicity_days())


def check_results_finalisable(plan):
	from onex_pilot.assessment.results import check_every_candidate_has_result

	ends = getdate(plan.publicity_ends_on or add_days(plan.results_published_on or today(), publicity_days()))
	if getdate(today()) < ends:
		frappe.throw(
			_(
				"The results of plan {0} are in publicity until {1}. They can be made final from that day on."
			).format(frappe.bold(plan.name), frappe.bold(format_date(ends))),
			exc=PublicityNotOverError,
			title=_("Publicity not over"),
		)
	open_objection = frappe.db.get_value("Result Objection", {"plan": plan.name, "status": "Open"}, "name")
	if open_objection:
		frappe.throw(
			_("Objection {0} to a result of plan {1} is still open. Uphold or dismiss it first.").format(
				frappe.bold(open_objection), frappe.bold(plan.name)
			),
			exc=OpenObjectionError,
			title=_("Objection open"),
		)
	check_every_candidate_has_result(plan, submitted=True)


def publicity_days() -> int:
	return get_setting("publicity_days")


def publish_results(plan):
	from onex_pilot.assessment.results import submit_plan_results

	submit_plan_results(plan)


def finalise_results(plan):
	from onex_pilot.assessment.certificates import issue_for_plan

	issue_for_plan(plan)


def cancel_registrations(plan):
	"""A cancelled round frees everyone; refunds of paid fees are the Finance Officer's."""
	for name in frappe.get_all(
		"Skill Assessment Registration", filters={"plan": plan.name, "status": "Registered"}, pluck="name"
	):
		registration = frappe.get_doc("Skill Assessment Registration", name)
		registration.flags.cancelled_with_plan = True
		registration.cancel_registration(_("The assessment plan was cancelled."))
