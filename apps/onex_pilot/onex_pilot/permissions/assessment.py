"""Who sees and changes which assessment rows: plans, registrations, fee waivers, results,
objections, certificates and class publicity."""

import frappe

from onex_pilot import roles
from onex_pilot.permissions import (
	READ_PTYPES,
	any_of,
	current_classes_of,
	has_any_role,
	sees_everything,
	sql_list,
	stored_value,
	within,
)

# Assessment: plans, registrations, fee waivers, results, objections and certificates.
# The Assessment Officer runs every plan; a Domain Lead works on the plans and
# registrations of the domains they lead and reads their results; an Examiner reads the
# plans they examine and enters results only while such a plan is Held; a Class Teacher
# sees the registrations and waivers of the classes they teach this term; the Finance
# Officer keeps fees and waivers; a student sees only their own records, and their results
# only once published.
PLAN_READERS = (
	roles.ASSESSMENT_OFFICER,
	roles.COMMITTEE_MEMBER,
	roles.TRAINER,
	roles.FINANCE_OFFICER,
	roles.CLASS_TEACHER,
)
OPEN_FOR_REGISTRATION = "Open for Registration"
PUBLISHED_STATES = ("Results in Publicity", "Results Final")


def led_domains(user: str) -> list[str]:
	if not has_any_role(user, roles.DOMAIN_LEAD):
		return []
	return frappe.get_all("Pilot Domain", filters={"domain_lead": user}, pluck="name")


def examined_plans(user: str) -> list[str]:
	"""The plans on which `user` (through their Trainer record) is an examiner."""
	if not has_any_role(user, roles.EXAMINER):
		return []
	examiner = frappe.qb.DocType("Skill Assessment Plan Examiner")
	trainer = frappe.qb.DocType("Trainer")
	return (
		frappe.qb.from_(examiner)
		.join(trainer)
		.on(trainer.name == examiner.trainer)
		.select(examiner.parent)
		.distinct()
		.where(examiner.parenttype == "Skill Assessment Plan")
		.where(trainer.user == user)
		.run(pluck=True)
	)


def own_students(user: str) -> list[str]:
	if not has_any_role(user, roles.STUDENT):
		return []
	return frappe.get_all("Pilot Student", filters={"user": user}, pluck="name")


def student_class(doc) -> str | None:
	if not doc.get("student"):
		return None
	return frappe.db.get_value("Pilot Student", doc.student, "school_class")


# Skill Assessment Plan


def plan_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, *PLAN_READERS):
		return ""
	table = "`tabSkill Assessment Plan`"
	students = own_students(user)
	return any_of(
		[
			led_domains(user) and f"{table}.`pilot_domain` in {sql_list(led_domains(user))}",
			examined_plans(user) and f"{table}.`name` in {sql_list(examined_plans(user))}",
			students
			and (
				f"{table}.`workflow_state` = {frappe.db.escape(OPEN_FOR_REGISTRATION)} or {table}.`name` in "
				"(select `plan` from `tabSkill Assessment Registration` where `student` in "
				f"{sql_list(students)})"
			),
		]
	)


def plan_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return None
	if within(doc, "pilot_domain", led_domains(user)):
		return None
	if ptype not in READ_PTYPES:
		return False
	if has_any_role(user, *PLAN_READERS) or doc.name in examined_plans(user):
		return None
	students = own_students(user)
	if students and (
		doc.workflow_state == OPEN_FOR_REGISTRATION
		or frappe.db.exists("Skill Assessment Registration", {"plan": doc.name, "student": ("in", students)})
	):
		return None
	return False


# Skill Assessment Registration


def registration_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER, roles.FINANCE_OFFICER):
		return ""
	table = "`tabSkill Assessment Registration`"
	return any_of(
		[
			led_domains(user) and f"{table}.`pilot_domain` in {sql_list(led_domains(user))}",
			current_classes_of(user) and f"{table}.`school_class` in {sql_list(current_classes_of(user))}",
			examined_plans(user) and f"{table}.`plan` in {sql_list(examined_plans(user))}",
			own_students(user) and f"{table}.`student` in {sql_list(own_students(user))}",
		]
	)


def registration_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER, roles.FINANCE_OFFICER):
		return None
	if within(doc, "pilot_domain", led_domains(user)) or within(doc, "student", own_students(user)):
		return None
	if ptype in READ_PTYPES and (
		student_class(doc) in current_classes_of(user) or doc.plan in examined_plans(user)
	):
		return None
	return False


# Fee Waiver


def fee_waiver_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.FINANCE_OFFICER):
		return ""
	table = "`tabFee Waiver`"
	return any_of(
		[
			current_classes_of(user) and f"{table}.`school_class` in {sql_list(current_classes_of(user))}",
			own_students(user) and f"{table}.`student` in {sql_list(own_students(user))}",
		]
	)


def fee_waiver_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.FINANCE_OFFICER):
		return None
	if within(doc, "student", own_students(user)):
		return None
	classes = current_classes_of(user)
	stored_student = stored_value(doc, "student")
	stored_class = frappe.db.get_value("Pilot Student", stored_student, "school_class") if stored_student else None
	if classes and student_class(doc) in classes and stored_class in classes:
		return None
	return False


# Skill Assessment Result


def result_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return ""
	table = "`tabSkill Assessment Result`"
	students = own_students(user)
	published = ", ".join(frappe.db.escape(s) for s in PUBLISHED_STATES)
	return any_of(
		[
			led_domains(user) and f"{table}.`pilot_domain` in {sql_list(led_domains(user))}",
			examined_plans(user) and f"{table}.`plan` in {sql_list(examined_plans(user))}",
			students
			and (
				f"{table}.`student` in {sql_list(students)} and {table}.`docstatus` = 1 and {table}.`plan` in "
				f"(select `name` from `tabSkill Assessment Plan` where `workflow_state` in ({published}))"
			),
		]
	)


def result_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return None
	plan_state = frappe.db.get_value("Skill Assessment Plan", doc.plan, "workflow_state") if doc.plan else None
	if doc.plan in examined_plans(user) and (ptype in READ_PTYPES or plan_state == "Held"):
		return None
	if ptype not in READ_PTYPES:
		return False
	if doc.pilot_domain in led_domains(user):
		return None
	if doc.student in own_students(user) and doc.docstatus == 1 and plan_state in PUBLISHED_STATES:
		return None
	return False


# Result Objection


def objection_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return ""
	table = "`tabResult Objection`"
	return any_of(
		[
			led_domains(user) and f"{table}.`pilot_domain` in {sql_list(led_domains(user))}",
			own_students(user) and f"{table}.`student` in {sql_list(own_students(user))}",
		]
	)


def objection_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return None
	students = own_students(user)
	if ptype == "create" and students:
		return None  # the controller takes the student from the session and checks the result
	if ptype in READ_PTYPES and (doc.pilot_domain in led_domains(user) or doc.student in students):
		return None
	return False


# Skill Certificate Record


def certificate_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER, roles.COMMITTEE_MEMBER):
		return ""
	table = "`tabSkill Certificate Record`"
	return any_of(
		[
			led_domains(user) and f"{table}.`pilot_domain` in {sql_list(led_domains(user))}",
			own_students(user) and f"{table}.`student` in {sql_list(own_students(user))}",
		]
	)


def certificate_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if sees_everything(user) or has_any_role(user, roles.ASSESSMENT_OFFICER):
		return None
	if ptype not in READ_PTYPES:
		return False
	if has_any_role(user, roles.COMMITTEE_MEMBER):
		return None
	if doc.pilot_domain in led_domains(user) or doc.student in own_students(user):
		return None
	return False


# Publicity Activity: every reader reads every class's publicity; a Class Teacher records only
# the publicity of the classes they teach this term.
def publicity_activity_has_permission(doc, ptype=None, user=None):
	user = user or frappe.session.user
	if ptype in READ_PTYPES or sees_everything(user) or not has_any_role(user, roles.CLASS_TEACHER):
		return None
	if within(doc, "school_class", current_classes_of(user)):
		return None
	return False
