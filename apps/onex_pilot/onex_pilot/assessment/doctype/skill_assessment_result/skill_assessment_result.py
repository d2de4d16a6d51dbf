"""One candidate's result at one sitting: scores, outcome, and the retake of a failed component.

Drafts are entered while the plan is Held, by its examiners or an Assessment Officer.
They are submitted all together when the plan's results go into publicity; after that a
change is a cancel-and-amend with a reason (`results.amend_result`)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from onex_pilot import roles
from onex_pilot.assessment import results
from onex_pilot.assessment.exceptions import (
	AmendmentReasonMissingError,
	DuplicateResultError,
	KeptScoreChangeError,
	MissingScoreError,
	RegistrationNotInPlanError,
	ResultCancelError,
	ResultEntryNotAllowedError,
	ResultSubmissionError,
	VoidReasonMissingError,
)
from onex_pilot.assessment.workflow_names import RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.organisation.skill_certificate import get_level_rule

PASS, FAIL, ABSENT, VOID = results.PASS, results.FAIL, results.ABSENT, results.VOID


class SkillAssessmentResult(Document):
	def validate(self):
		self.validate_registration()
		self.validate_entry_allowed()
		self.validate_one_result_per_registration()
		self.apply_retake()
		self.validate_scores()
		self.set_outcome()
		self.validate_amendment_reason()

	def before_submit(self):
		if self.flags.publishing or (self.amended_from and self.flags.amending):
			return
		frappe.throw(
			_("Result {0} is published with all results of its plan, when the plan moves to {1}.").format(
				frappe.bold(self.name), _(RESULTS_IN_PUBLICITY)
			),
			exc=ResultSubmissionError,
			title=_("Publish the plan's results instead"),
		)

	def before_cancel(self):
		if self.flags.amending:
			return
		frappe.throw(
			_(
				"A published result is changed by amending it with a reason (Amend with Reason), never cancelled on its own."
			),
			exc=ResultCancelError,
			title=_("Amend the result instead"),
		)

	def on_submit(self):
		if self.amended_from:
			from onex_pilot.assessment.certificates import follow_amendment

			follow_amendment(self)

	# --- rules -------------------------------------------------------------------------

	@property
	def plan_doc(self):
		if not getattr(self, "_plan_doc", None):
			self._plan_doc = frappe.get_doc("Skill Assessment Plan", self.plan)
		return self._plan_doc

	def validate_registration(self):
		registration = frappe.db.get_value(
			"Skill Assessment Registration", self.registration, ["plan", "status"], as_dict=True
		)
		expected_plan = self.flags.expected_plan or self.plan
		if registration and registration.status == "Registered" and registration.plan == expected_plan:
			self.plan = registration.plan
			return
		frappe.throw(
			_(
				"Registration {0} is not an active registration of plan {1}. Enter results only for its registered candidates."
			).format(frappe.bold(self.registration), frappe.bold(expected_plan)),
			exc=RegistrationNotInPlanError,
			title=_("Wrong registration"),
		)

	def validate_entry_allowed(self):
		state = self.plan_doc.workflow_state
		if self.flags.publishing and state == RESULTS_IN_PUBLICITY:
			return
		if self.amended_from:
			if (
				state in (RESULTS_IN_PUBLICITY, RESULTS_FINAL)
				and roles.ASSESSMENT_OFFICER in frappe.get_roles()
			):
				return
			frappe.throw(
				_(
					"Result {0} can be amended by an Assessment Officer once the plan's results are published."
				).format(frappe.bold(self.amended_from)),
				exc=ResultEntryNotAllowedError,
				title=_("Amendment not allowed"),
			)
		results.check_can_enter_results(self.plan_doc)
		self.entered_by = frappe.session.user

	def validate_one_result_per_registration(self):
		other = frappe.db.get_value(
			self.doctype,
			{"registration": self.registration, "docstatus": ("<", 2), "name": ("!=", self.name or "")},
			"name",
		)
		if not other:
			return
		frappe.throw(
			_(
				"Registration {0} already has result {1}. Correct that result instead of adding another."
			).format(frappe.bold(self.registration), frappe.bold(other)),
			exc=DuplicateResultError,
			title=_("Result exists"),
		)

	def apply_retake(self):
		"""At a retake the student sits only the failed component and keeps the passed one."""
		basis = results.retake_basis(
			self.student, self.skill_certificate, self.level, self.exam_date, exclude_plan=self.plan
		)
		self.retake_of = basis.result if basis else None
		self.retake_component = basis.retake_component if basis else None
		self.kept_since = basis.kept_since if basis else None
		if not basis:
			return
		kept_field = results.SCORE_FIELD[basis.kept_component]
		entered = self.get(kept_field)
		if entered not in (None, "") and flt(entered) != basis.kept_score:
			frappe.throw(
				_(
					"{0} retakes only the {1} component and keeps {2} {3} from result {4}. Enter only the {1} score."
				).format(
					frappe.bold(self.student_name or self.student),
					_(basis.retake_component),
					_(self.meta.get_label(kept_field)),
					frappe.bold(basis.kept_score),
					basis.result,
				),
				exc=KeptScoreChangeError,
				title=_("Kept score cannot change"),
			)
		self.set(kept_field, basis.kept_score)

	def validate_scores(self):
		if self.void_for_misconduct and not (self.void_reason or "").strip():
			frappe.throw(
				_("Give the reason for voiding the result of {0} for misconduct.").format(
					frappe.bold(self.student_name or self.student)
				),
				exc=VoidReasonMissingError,
				title=_("Reason missing"),
			)
		if self.absent or self.void_for_misconduct:
			return
		for fieldname in ("theory_score", "practical_score"):
			label = self.meta.get_label(fieldname)
			if self.get(fieldname) is None or self.get(fieldname) == "":
				frappe.throw(
					_("{0} of {1} is missing. Enter both scores, or mark the candidate as absent.").format(
						_(label), frappe.bold(self.student_name or self.student)
					),
					exc=MissingScoreError,
					title=_("Score missing"),
				)
			results.check_score(label, self.get(fieldname))

	def set_outcome(self):
		if self.void_for_misconduct or self.absent:
			self.outcome = VOID if self.void_for_misconduct else ABSENT
			self.theory_score = self.practical_score = self.total_score = 0
			self.theory_passed = self.practical_passed = 0
			return
		rule = get_level_rule(self.skill_certificate, self.level)
		self.outcome, self.theory_passed, self.practical_passed = results.outcome_of(
			self.theory_score, self.practical_score, rule
		)
		self.total_score = results.total_score(self.theory_score, self.practical_score)

	def validate_amendment_reason(self):
		if not self.amended_from or (self.amendment_reason or "").strip():
			return
		frappe.throw(
			_("Give the reason for amending result {0}; it stays in the audit trail.").format(
				frappe.bold(self.amended_from)
			),
			exc=AmendmentReasonMissingError,
			title=_("Reason missing"),
		)
