"""The student of the session, and what the student portal shows them.

Every function takes the student from the session (`session_student`), never from an
argument, and reads through permission-checked queries."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from onex_pilot.assessment.workflow_names import (
	OPEN_FOR_REGISTRATION,
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.portal.exceptions import NotAStudentError, NotFoundError

REGISTERED = "Registered"
RESULTS_VISIBLE_STATES = (RESULTS_IN_PUBLICITY, RESULTS_FINAL)
LOGIN_ROUTE = "/login"


def session_student(throw: bool = True) -> str | None:
	"""The Pilot Student whose portal login is the session's user."""
	user = frappe.session.user
	student = None if user == "Guest" else frappe.db.get_value("Pilot Student", {"user": user}, "name")
	if not student and throw:
		frappe.throw(
			_("This page is for students. Log in with your student number."),
			exc=NotAStudentError,
			title=_("Students only"),
		)
	return student


def require_student_page(context, route: str) -> str:
	"""For a portal page: the student, or a redirect to the login page for a guest.

	Also makes sure the session has a CSRF token, which Frappe creates only for the Desk,
	so that the page's posts are checked against it."""
	if frappe.session.user == "Guest":
		frappe.local.flags.redirect_location = f"{LOGIN_ROUTE}?redirect-to={route}"
		raise frappe.Redirect
	student = session_student()
	frappe.sessions.get_csrf_token()
	context.no_cache = 1
	context.show_sidebar = True
	return student


def translate_web_form(context):
	"""Frappe's web form template translates a form's title and messages, not its introduction."""
	if context.get("introduction_text"):
		context.introduction_text = _(context.introduction_text)


def own_document(doctype: str, name, student: str):
	"""A document of `doctype` that belongs to `student`; any other answers 'not found'."""
	if not isinstance(name, str) or not name or len(name) > 140:
		raise_not_found(doctype)
	owner = frappe.db.get_value(doctype, name, "student")
	if owner != student:
		raise_not_found(doctype)
	return frappe.get_doc(doctype, name)


def raise_not_found(doctype: str):
	frappe.throw(_("{0} not found").format(_(doctype)), exc=NotFoundError, title=_("Not found"))


def plan_fields():
	return [
		"name",
		"plan_title",
		"certificate_name",
		"skill_certificate",
		"level",
		"exam_date",
		"start_time",
		"end_time",
		"exam_site",
		"registration_start",
		"registration_end",
		"capacity",
		"workflow_state",
		"publicity_ends_on",
	]


def plans_by_name(names) -> dict:
	names = list(set(names))
	if not names:
		return {}
	rows = frappe.get_list("Skill Assessment Plan", filters={"name": ("in", names)}, fields=plan_fields())
	return {row.name: row for row in rows}


def seats_taken(plan: str) -> int:
	return frappe.db.count("Skill Assessment Registration", {"plan": plan, "status": REGISTERED})


def window_open(plan) -> bool:
	"""Registration (and cancelling it) is open: the plan is open and today is inside its window."""
	on = getdate(today())
	return plan.workflow_state == OPEN_FOR_REGISTRATION and getdate(plan.registration_start) <= on <= getdate(
		plan.registration_end
	)


def my_registrations(student: str) -> list:
	rows = frappe.get_list(
		"Skill Assessment Registration",
		filters={"student": student},
		fields=["name", "plan", "status", "fee", "payment_status", "fee_waiver", "waived_amount"],
		order_by="creation desc",
	)
	plans = plans_by_name(row.plan for row in rows)
	for row in rows:
		row.plan_doc = plans.get(row.plan) or frappe._dict(name=row.plan)
		row.can_cancel = row.status == REGISTERED and bool(plans.get(row.plan)) and window_open(row.plan_doc)
	return rows


def open_plans(student: str) -> list:
	"""Plans open for registration today, with seats left, that the student has not registered for."""
	on = today()
	plans = frappe.get_list(
		"Skill Assessment Plan",
		filters={
			"workflow_state": OPEN_FOR_REGISTRATION,
			"registration_start": ("<=", on),
			"registration_end": (">=", on),
		},
		fields=plan_fields(),
		order_by="exam_date asc",
	)
	mine = set(
		frappe.get_list(
			"Skill Assessment Registration",
			filters={"student": student, "status": REGISTERED},
			pluck="plan",
		)
	)
	result = []
	for plan in plans:
		if plan.name in mine:
			continue
		plan.seats_left = max((plan.capacity or 0) - seats_taken(plan.name), 0)
		if plan.seats_left:
			result.append(plan)
	return result


def my_results(student: str) -> list:
	"""Submitted results of plans whose results are in publicity or final."""
	rows = frappe.get_list(
		"Skill Assessment Result",
		filters={"student": student, "docstatus": 1},
		fields=[
			"name",
			"plan",
			"skill_certificate",
			"level",
			"exam_date",
			"theory_score",
			"practical_score",
			"total_score",
			"outcome",
		],
		order_by="exam_date desc",
	)
	plans = plans_by_name(row.plan for row in rows)
	open_objections = set(
		frappe.get_list("Result Objection", filters={"student": student, "status": "Open"}, pluck="result")
	)
	visible = []
	for row in rows:
		plan = plans.get(row.plan)
		if not plan or plan.workflow_state not in RESULTS_VISIBLE_STATES:
			continue
		row.plan_doc = plan
		row.in_publicity = plan.workflow_state == RESULTS_IN_PUBLICITY and (
			not plan.publicity_ends_on or getdate(today()) < getdate(plan.publicity_ends_on)
		)
		row.objection_open = row.name in open_objections
		row.can_object = row.in_publicity and not row.objection_open
		visible.append(row)
	return visible


def my_objections(student: str) -> list:
	return frappe.get_list(
		"Result Objection",
		filters={"student": student},
		fields=["name", "result", "plan", "status", "lodged_on", "reason", "resolution"],
		order_by="creation desc",
	)


def my_waivers(student: str) -> list:
	return frappe.get_list(
		"Fee Waiver",
		filters={"student": student},
		fields=["name", "basis", "period_start", "period_end", "workflow_state", "rejection_reason"],
		order_by="creation desc",
	)


def my_certificates(student: str) -> list:
	return frappe.get_list(
		"Skill Certificate Record",
		filters={"student": student, "docstatus": 1},
		fields=[
			"name",
			"skill_certificate",
			"certificate_name",
			"level",
			"issue_date",
			"status",
			"revoked_on",
		],
		order_by="issue_date desc",
	)


def my_profile(student: str):
	return frappe.db.get_value(
		"Pilot Student",
		student,
		["student_number", "student_name", "gender", "school_class", "id_number_masked", "phone_masked"],
		as_dict=True,
	)
