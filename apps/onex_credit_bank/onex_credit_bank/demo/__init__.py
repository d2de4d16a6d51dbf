"""The demo school's credit bank, loaded after the core's demo (hook `onex_pilot_demo_loaders`).

It reads the core's demo rather than naming it, so it follows whatever that demo holds:
- two school courses for every pilot domain, in the domain's host major: the domain's practice
  course (实务, 2 credits) and its integrated training course (综合实训, 3 credits);
- for every academic year in which a demo certificate was issued, and the current one, approved
  mappings of every level each certificate offers: the elementary level replaces the practice
  course's exam, the intermediate level replaces it too and adds 1 credit on the training course,
  the advanced level replaces the training course's exam; approved by the chair (else a member)
  of the guidance committee, on the first day of the year that they held their seat;
- the credits of every submitted certificate, by re-running the certificate hooks (backfill);
- for the demo student who has a portal login (the core's KNOWN_STUDENT), a recognised skills
  competition prize worth 1 credit, so that their "my credits" page is not empty;
- a Credit Bank Officer login, credit@pilot.example.

Idempotent: records are found by their natural key and only what is missing is created."""

import frappe
from frappe.utils import add_days, getdate, today
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE

from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.credit_bank.certificate_credits import backfill
from onex_credit_bank.credit_bank.doctype.course_certificate_mapping.course_certificate_mapping import (
	APPROVED,
	GUIDANCE_COMMITTEE,
	PROPOSED,
	WITHDRAWN,
)
from onex_credit_bank.roles import CREDIT_BANK_OFFICER

OFFICER_LOGIN = "credit@pilot.example"
OFFICER_NAME = "钱学文"

PRACTICE, TRAINING = 0, 1
# (code suffix, name pattern, credits) of each domain's two courses.
COURSES = (("01", "{0}实务", 2), ("02", "{0}综合实训", 3))
REPLACES_EXAM, ADDS_CREDIT = "Replaces Exam", "Adds Credit"
# Per level: (course, counts as, credits; None = the course's credits).
LEVEL_MAPPINGS = {
	ELEMENTARY: ((PRACTICE, REPLACES_EXAM, None),),
	INTERMEDIATE: ((PRACTICE, REPLACES_EXAM, None), (TRAINING, ADDS_CREDIT, 1)),
	ADVANCED: ((TRAINING, REPLACES_EXAM, None),),
}
CHAIR = "Chair"
KNOWN_STUDENT_LEARNING = "校级职业技能大赛二等奖"


def load():
	officer_login()
	courses = school_courses()
	approval = guidance_approval()
	levels = {
		certificate: offered
		for certificate, offered in certificate_levels().items()
		if certificate in courses
	}
	for academic_year in academic_years():
		for certificate, offered in levels.items():
			for level in offered:
				for course, counts_as, credits in LEVEL_MAPPINGS.get(level, ()):
					pair = courses[certificate]
					mapping(certificate, level, pair[course], counts_as, credits, academic_year, approval)
	backfill()
	known_student_learning()


def officer_login():
	from onex_pilot.demo import DEMO_PASSWORD

	if frappe.db.exists("User", OFFICER_LOGIN):
		return
	frappe.get_doc(
		{
			"doctype": "User",
			"email": OFFICER_LOGIN,
			"first_name": OFFICER_NAME,
			"language": "zh",
			"send_welcome_email": 0,
			"new_password": DEMO_PASSWORD,
			"roles": [{"role": CREDIT_BANK_OFFICER}],
		}
	).insert(ignore_permissions=True)


def school_courses() -> dict[str, list[str]]:
	"""{skill certificate: [practice course, training course]}, one pair per pilot domain."""
	courses = {}
	for domain in frappe.get_all(
		"Pilot Domain",
		fields=["domain_name", "skill_certificate", "host_major"],
		order_by="domain_name asc",
	):
		if not domain.skill_certificate or domain.skill_certificate in courses:
			continue
		courses[domain.skill_certificate] = [
			school_course(
				f"{domain.skill_certificate}-{suffix}",
				pattern.format(domain.domain_name),
				credits,
				domain.host_major,
			)
			for suffix, pattern, credits in COURSES
		]
	return courses


def school_course(code: str, name: str, credits: float, major: str | None) -> str:
	if not frappe.db.exists("School Course", code):
		frappe.get_doc(
			{
				"doctype": "School Course",
				"course_code": code,
				"course_name": name,
				"credits": credits,
				"major": major,
			}
		).insert(ignore_permissions=True)
	return code


def certificate_levels() -> dict[str, list[str]]:
	levels = {}
	for row in frappe.get_all(
		"Skill Certificate Level",
		filters={"parenttype": "Skill Certificate"},
		fields=["parent", "level"],
		order_by="parent asc, idx asc",
	):
		levels.setdefault(row.parent, []).append(row.level)
	return levels


def academic_years() -> list[str]:
	"""The academic years of the submitted certificates' issue dates, and the current one."""
	dates = frappe.get_all(
		"Skill Certificate Record", filters={"docstatus": 1}, pluck="issue_date", distinct=True
	)
	return sorted({academic_year_on(date) for date in [*dates, today()]})


def guidance_approval() -> frappe._dict | None:
	"""The guidance committee and the seat (chair first) whose holder signs the demo approvals."""
	seat = frappe.qb.DocType("Pilot Committee Seat")
	committee = frappe.qb.DocType("Pilot Committee")
	rows = (
		frappe.qb.from_(seat)
		.join(committee)
		.on(committee.name == seat.parent)
		.select(seat.parent.as_("committee"), seat.contact, seat.seat_role, seat.term_start, seat.term_end)
		.where(seat.parenttype == "Pilot Committee")
		.where(committee.committee_type == GUIDANCE_COMMITTEE)
		.where(seat.term_start <= today())
		.orderby(committee.name)
		.orderby(seat.idx)
		.run(as_dict=True)
	)
	rows.sort(key=lambda row: row.seat_role != CHAIR)
	return rows[0] if rows else None


def approval_date(approval, academic_year: str):
	"""The first day of `academic_year` on which the approver held their seat (at most today)."""
	start = getdate(f"{academic_year[:4]}-09-01")
	return min(max(start, getdate(approval.term_start)), getdate(today()))


def mapping(certificate, level, course, counts_as, credits, academic_year, approval):
	key = {
		"skill_certificate": certificate,
		"level": level,
		"school_course": course,
		"academic_year": academic_year,
		"status": ("!=", WITHDRAWN),
	}
	if frappe.db.exists("Course Certificate Mapping", key):
		return
	doc = frappe.get_doc(
		{
			"doctype": "Course Certificate Mapping",
			"skill_certificate": certificate,
			"level": level,
			"school_course": course,
			"academic_year": academic_year,
			"mapping_type": counts_as,
			"credits": credits or frappe.db.get_value("School Course", course, "credits"),
			"status": PROPOSED,
		}
	)
	on = approval_date(approval, academic_year) if approval else None
	if on and (not approval.term_end or getdate(approval.term_end) >= on):
		doc.update(
			{
				"status": APPROVED,
				"guidance_committee": approval.committee,
				"approved_by": approval.contact,
				"approved_on": on,
			}
		)
	doc.insert(ignore_permissions=True)


def known_student_learning():
	from onex_pilot.demo.students import KNOWN_STUDENT

	if not frappe.db.exists("Pilot Student", KNOWN_STUDENT):
		return
	if frappe.db.exists(
		"Other Learning", {"student": KNOWN_STUDENT, "learning_title": KNOWN_STUDENT_LEARNING}
	):
		return
	frappe.get_doc(
		{
			"doctype": "Other Learning",
			"student": KNOWN_STUDENT,
			"learning_title": KNOWN_STUDENT_LEARNING,
			"learning_type": "Competition",
			"learning_date": add_days(today(), -60),
			"credits": 1,
			"description": "学校职业技能大赛（示例）",
		}
	).insert(ignore_permissions=True).submit()
