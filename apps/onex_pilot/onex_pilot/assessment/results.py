"""Results of an assessment plan: who may enter them, how they are scored, the retake of a
failed component, publishing, and the grid and amendment actions of the Desk."""

from decimal import Decimal, InvalidOperation

import frappe
from frappe import _
from frappe.utils import add_months, flt, getdate

from onex_pilot import roles
from onex_pilot.assessment.doctype.pilot_settings.pilot_settings import get_setting
from onex_pilot.assessment.exceptions import (
	AmendmentReasonMissingError,
	InvalidScoreError,
	NotPlanExaminerError,
	ResultEntryNotAllowedError,
	ResultsMissingError,
)
from onex_pilot.assessment.workflow_names import HELD, RESULTS_FINAL, RESULTS_IN_PUBLICITY

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
RESULT = "Skill Assessment Result"

PASS, FAIL, ABSENT, VOID = "Pass", "Fail", "Absent", "Void"
THEORY, PRACTICAL = "Theory", "Practical"
SCORE_FIELD = {THEORY: "theory_score", PRACTICAL: "practical_score"}
PASSED_FIELD = {THEORY: "theory_passed", PRACTICAL: "practical_passed"}
MAX_SCORE = Decimal(100)
CENT = Decimal("0.01")
# Fields a grid row may set on a result.
ROW_FIELDS = ("theory_score", "practical_score", "absent", "void_for_misconduct", "void_reason")
# Links from later records that must not stop a result being cancelled for its amendment.
AMENDMENT_IGNORED_LINKS = (
	"Skill Certificate Record",
	"Skill Assessment Result",
	"Result Objection",
	"Skill Assessment Registration",
)


# --- who may enter results -------------------------------------------------------------------


def is_examiner_of(plan, user: str | None = None) -> bool:
	user = user or frappe.session.user
	trainers = [row.trainer for row in plan.examiners]
	if not trainers:
		return False
	return bool(frappe.db.exists("Trainer", {"name": ("in", trainers), "user": user}))


def check_can_enter_results(plan, user: str | None = None):
	"""Results are entered by the plan's examiners or an Assessment Officer, while the plan is Held."""
	user = user or frappe.session.user
	if not (roles.ASSESSMENT_OFFICER in frappe.get_roles(user) or is_examiner_of(plan, user)):
		frappe.throw(
			_(
				"You are not an examiner of plan {0}. Only its examiners or an Assessment Officer may enter its results."
			).format(frappe.bold(plan.name)),
			exc=NotPlanExaminerError,
			title=_("Not an examiner of this plan"),
		)
	# A locking read: results saved while the plan's results are being published wait for
	# that, and then see the plan's new state.
	state = frappe.db.get_value(PLAN, plan.name, "workflow_state", for_update=True)
	if state != HELD:
		frappe.throw(
			_("Plan {0} is {1}. Results are entered while the plan is {2}.").format(
				frappe.bold(plan.name), frappe.bold(_(state)), _(HELD)
			),
			exc=ResultEntryNotAllowedError,
			title=_("Results cannot be entered now"),
		)


# --- scoring ---------------------------------------------------------------------------------


def check_score(label: str, value):
	"""A score lies between 0 and 100 and has at most two decimals."""
	try:
		score = Decimal(str(value))
	except InvalidOperation:
		score = None
	if score is not None and 0 <= score <= MAX_SCORE and score == score.quantize(CENT):
		return
	frappe.throw(
		_("{0} {1} is not valid. Enter a score from 0 to 100 with at most two decimals.").format(
			_(label), frappe.bold(value)
		),
		exc=InvalidScoreError,
		title=_("Invalid score"),
	)


def total_score(theory, practical) -> float:
	"""The total a level's total pass mark applies to: the mean of both components."""
	return flt((flt(theory) + flt(practical)) / 2, 2)


def outcome_of(theory, practical, rule) -> tuple[str, bool, bool]:
	"""(outcome, theory passed, practical passed) under the level's pass rule."""
	theory_passed = flt(theory) >= flt(rule.theory_pass_mark)
	practical_passed = flt(practical) >= flt(rule.practical_pass_mark)
	total_passed = not flt(rule.total_pass_mark) or total_score(theory, practical) >= flt(
		rule.total_pass_mark
	)
	outcome = PASS if theory_passed and practical_passed and total_passed else FAIL
	return outcome, theory_passed, practical_passed


# --- retakes ---------------------------------------------------------------------------------


def retake_months() -> int:
	return get_setting("retake_months")


def retake_basis(
	student: str, skill_certificate: str, level: str, exam_date, exclude_plan: str | None = None
):
	"""The failed sitting whose passed component the student keeps at a sitting on `exam_date`.

	That is the student's latest published result for the certificate level before `exam_date`,
	when it failed exactly one component and the kept component was earned within the retake
	period (Pilot Settings, months). Returns a dict (result, retake_component, kept_component,
	kept_score, kept_since) or None: a full sitting."""
	if not (student and skill_certificate and level and exam_date):
		return None
	latest = frappe.get_all(
		RESULT,
		filters={
			"student": student,
			"skill_certificate": skill_certificate,
			"level": level,
			"docstatus": 1,
			"exam_date": ("<", getdate(exam_date)),
			"plan": ("!=", exclude_plan or ""),
		},
		fields=[
			"name",
			"outcome",
			"exam_date",
			"theory_score",
			"practical_score",
			"theory_passed",
			"practical_passed",
			"retake_of",
			"retake_component",
			"kept_since",
		],
		order_by="exam_date desc, creation desc",
		limit=1,
	)
	if not latest or latest[0].outcome != FAIL or latest[0].theory_passed == latest[0].practical_passed:
		return None
	failed = latest[0]
	kept = THEORY if failed.theory_passed else PRACTICAL
	retaken = PRACTICAL if kept == THEORY else THEORY
	# A kept component carried over from an even earlier sitting dates from that sitting.
	kept_since = (
		failed.kept_since if failed.retake_of and failed.retake_component == retaken else failed.exam_date
	)
	if getdate(add_months(kept_since, retake_months())) < getdate(exam_date):
		return None
	return frappe._dict(
		result=failed.name,
		retake_component=retaken,
		kept_component=kept,
		kept_score=flt(failed.get(SCORE_FIELD[kept])),
		kept_since=getdate(kept_since),
	)


# --- publishing ------------------------------------------------------------------------------


def check_every_candidate_has_result(plan, submitted: bool):
	"""Every registered candidate has a result: a draft before publishing, a published one after."""
	registrations = frappe.get_all(
		REGISTRATION, filters={"plan": plan.name, "status": "Registered"}, fields=["name", "student_name"]
	)
	with_result = set(
		frappe.get_all(
			RESULT,
			filters={"plan": plan.name, "docstatus": 1 if submitted else ("<", 2)},
			pluck="registration",
		)
	)
	missing = [r for r in registrations if r.name not in with_result]
	if not missing:
		return
	names = ", ".join(r.student_name or r.name for r in missing[:5])
	frappe.throw(
		_(
			"{0} registered candidates of plan {1} have no result yet ({2}). Enter a result for every candidate, marking absentees as Absent."
		).format(len(missing), frappe.bold(plan.name), names),
		exc=ResultsMissingError,
		title=_("Results missing"),
	)


def submit_plan_results(plan):
	"""Publishing submits every draft result of the plan; the Workflow decided who may publish."""
	for name in frappe.get_all(
		RESULT, filters={"plan": plan.name, "docstatus": 0}, pluck="name", order_by="name"
	):
		result = frappe.get_doc(RESULT, name)
		result.flags.publishing = True
		result.flags.ignore_permissions = True
		result.submit()


# --- Desk actions ----------------------------------------------------------------------------


@frappe.whitelist(methods=["POST"])
def enter_results(plan: str, rows: str | list) -> list[str]:
	"""Save the draft results of a whole plan from a grid: one row per registration, with
	theory_score, practical_score, absent, void_for_misconduct and void_reason. Either every
	row is saved or none."""
	plan_doc = frappe.get_doc(PLAN, plan)
	plan_doc.check_permission("read")
	check_can_enter_results(plan_doc)
	rows = frappe.parse_json(rows) or []

	frappe.db.savepoint("enter_results")
	try:
		saved = [save_result_row(plan_doc, frappe._dict(row)).name for row in rows]
	except Exception:
		frappe.db.rollback(save_point="enter_results")
		raise
	return saved


def save_result_row(plan, row):
	existing = frappe.db.get_value(RESULT, {"registration": row.registration, "docstatus": 0}, "name")
	result = frappe.get_doc(RESULT, existing) if existing else frappe.new_doc(RESULT)
	result.registration = row.registration
	result.flags.expected_plan = plan.name
	for fieldname in ROW_FIELDS:
		if fieldname in row:
			result.set(fieldname, row.get(fieldname))
	result.save()
	return result


@frappe.whitelist()
def get_result_grid(plan: str) -> list[dict]:
	"""The registered candidates of a plan with their draft or published result, for the grid."""
	plan_doc = frappe.get_doc(PLAN, plan)
	plan_doc.check_permission("read")
	registrations = frappe.get_list(
		REGISTRATION,
		filters={"plan": plan, "status": "Registered"},
		fields=["name", "student", "student_name", "retake_component"],
		order_by="student asc",
	)
	results = {
		r.registration: r
		for r in frappe.get_list(
			RESULT,
			filters={"plan": plan, "docstatus": ("<", 2)},
			fields=["name", "registration", *ROW_FIELDS, "outcome", "docstatus"],
		)
	}
	grid = []
	for registration in registrations:
		result = results.get(registration.name) or {}
		grid.append(
			{"registration": registration.name, **registration, **result, "result": result.get("name")}
		)
	return grid


@frappe.whitelist(methods=["POST"])
def amend_result(
	result: str,
	reason: str,
	theory_score: float | None = None,
	practical_score: float | None = None,
	absent: int = 0,
	void_for_misconduct: int = 0,
	void_reason: str | None = None,
) -> str:
	"""Cancel a published result and submit its amendment, with the reason, in one step.

	Returns the name of the amended result. After Results Final, a Pass turned into anything
	else revokes the certificate, and a Fail turned into a Pass issues one."""
	original = frappe.get_doc(RESULT, result)
	original.check_permission("cancel")
	original.check_permission("amend")
	if not (reason or "").strip():
		frappe.throw(
			_("Give the reason for amending result {0}; it stays in the audit trail.").format(
				frappe.bold(result)
			),
			exc=AmendmentReasonMissingError,
			title=_("Reason missing"),
		)
	plan_state = frappe.db.get_value(PLAN, original.plan, "workflow_state")
	if original.docstatus != 1 or plan_state not in (RESULTS_IN_PUBLICITY, RESULTS_FINAL):
		frappe.throw(
			_(
				"Result {0} is not published. Published results are amended; drafts are simply corrected."
			).format(frappe.bold(result)),
			exc=ResultEntryNotAllowedError,
			title=_("Result not published"),
		)

	original.flags.amending = True
	original.ignore_linked_doctypes = AMENDMENT_IGNORED_LINKS
	original.cancel()
	original.add_comment("Comment", _("Cancelled for amendment: {0}").format(reason))

	amendment = frappe.copy_doc(original)
	amendment.docstatus = 0
	amendment.amended_from = original.name
	amendment.amendment_reason = reason
	amendment.update(
		{
			"theory_score": theory_score,
			"practical_score": practical_score,
			"absent": absent,
			"void_for_misconduct": void_for_misconduct,
			"void_reason": void_reason,
		}
	)
	amendment.flags.amending = True
	amendment.insert()
	amendment.submit()
	return amendment.name
