"""Factories for the credit bank's records. Core records (students, certificates, committees,
terms) come from the core's factories, imported, never copied. Each factory makes one valid
record with defaults; every keyword overrides a default."""

import frappe
from frappe.utils import add_days, today
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.organisation import (
	make_contact,
	make_pilot_committee,
	make_school_term,
	make_skill_certificate,
	unique,
)
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.credit_bank.academic_year import academic_year_on

GUIDANCE_COMMITTEE = "Guidance Committee"


def make_school_course(credits: float = 2, **fields):
	return frappe.get_doc(
		{
			"doctype": "School Course",
			"course_code": fields.pop("course_code", None) or frappe.generate_hash(length=8).upper(),
			"course_name": fields.pop("course_name", None) or unique("Course"),
			"credits": credits,
			**fields,
		}
	).insert(ignore_permissions=True)


def make_guidance_committee(seat_start=None, seat_end=None):
	"""A guidance committee whose chair (a new Contact) holds a seat from `seat_start` (default
	400 days ago). Returns (committee name, chair contact name)."""
	chair = make_contact().name
	committee = make_pilot_committee(
		committee_type=GUIDANCE_COMMITTEE,
		seats=[
			{
				"contact": chair,
				"seat_role": "Chair",
				"term_start": seat_start or add_days(today(), -400),
				"term_end": seat_end,
			}
		],
	)
	return committee.name, chair


def approval(approved_on=None) -> dict:
	"""The approval fields of an approved mapping, signed by the chair of a new guidance committee."""
	committee, chair = make_guidance_committee()
	return {
		"status": "Approved",
		"guidance_committee": committee,
		"approved_by": chair,
		"approved_on": approved_on or today(),
	}


def make_mapping(
	skill_certificate: str | None = None,
	level: str = ELEMENTARY,
	school_course: str | None = None,
	academic_year: str | None = None,
	approved: bool = True,
	**fields,
):
	"""A Course Certificate Mapping for the academic year containing today, approved by a new
	guidance committee unless `approved` is False (then Proposed)."""
	doc = {
		"doctype": "Course Certificate Mapping",
		"skill_certificate": skill_certificate or make_skill_certificate().name,
		"level": level,
		"school_course": school_course or make_school_course().name,
		"academic_year": academic_year or academic_year_on(today()),
		"mapping_type": "Replaces Exam",
		"status": "Proposed",
	}
	if approved:
		doc.update(approval())
	doc.update(fields)
	return frappe.get_doc(doc).insert(ignore_permissions=True)


def make_course_result(
	student=None, school_course: str | None = None, score: float = 80, submit=True, **fields
):
	"""A Course Result in the term containing today, submitted unless `submit` is False."""
	result = frappe.get_doc(
		{
			"doctype": "Course Result",
			"student": student or make_student(with_user=False).name,
			"school_course": school_course or make_school_course().name,
			"school_term": fields.pop("school_term", None) or make_school_term().name,
			"score": score,
			**fields,
		}
	).insert(ignore_permissions=True)
	if submit:
		result.submit()
	return result


def make_other_learning(student=None, credits: float = 1, submit=True, **fields):
	"""An Other Learning record dated today, submitted unless `submit` is False."""
	learning = frappe.get_doc(
		{
			"doctype": "Other Learning",
			"student": student or make_student(with_user=False).name,
			"learning_title": unique("Skills competition"),
			"learning_type": "Competition",
			"learning_date": today(),
			"credits": credits,
			**fields,
		}
	).insert(ignore_permissions=True)
	if submit:
		learning.submit()
	return learning


def issue_certificate(student: str, pilot_domain: str, level: str = ELEMENTARY):
	"""A Skill Certificate Record issued the core's way: `student` passes a plan of `pilot_domain`
	at `level` that reaches Results Final, which issues the certificate."""
	from onex_pilot.assessment.workflow_names import RESULTS_FINAL
	from onex_pilot.tests.factories.assessment import make_plan

	plan = make_plan(RESULTS_FINAL, students=[student], pilot_domain=pilot_domain, level=level)
	name = frappe.db.get_value(
		"Skill Certificate Record", {"plan": plan.name, "student": student, "docstatus": 1}, "name"
	)
	return frappe.get_doc("Skill Certificate Record", name)


def revoke_certificate(certificate, reason: str = "Result amended after an objection"):
	"""Revoke an issued certificate through the core's permitted action."""
	from onex_pilot.assessment.certificates import REVOKED, set_status

	set_status(certificate, REVOKED, reason)
	return certificate


def reinstate_certificate(certificate, reason: str = "Objection withdrawn"):
	from onex_pilot.assessment.certificates import VALID, set_status

	set_status(certificate, VALID, reason)
	return certificate


def credit_records(source: str, entry_type: str | None = None) -> list[frappe._dict]:
	filters = {"source": source, "docstatus": 1}
	if entry_type:
		filters["entry_type"] = entry_type
	return frappe.get_all(
		"Credit Record",
		filters=filters,
		fields=["name", "entry_type", "credits", "reverses", "school_course", "course_certificate_mapping"],
		order_by="creation asc",
	)
