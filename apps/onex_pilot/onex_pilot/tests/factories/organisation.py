"""Factories for the organisation module: each makes one valid record, with defaults.

Names are unique (`frappe.generate_hash`); every keyword overrides a default. Records are
inserted with `ignore_permissions`, so a test can make data as Administrator and then
act as another user."""

import datetime

import frappe
from frappe.utils import add_days, getdate, today

from onex_pilot.organisation.levels import LEVELS


def unique(prefix: str) -> str:
	return f"{prefix} {frappe.generate_hash(length=6)}"


def make_user(email: str | None = None, roles=(), first_name: str | None = None, **fields):
	"""A website or desk User with `roles`; desk access comes with any desk role."""
	email = email or f"{frappe.generate_hash(length=8)}@test.pilot.example"
	user = frappe.get_doc(
		{
			"doctype": "User",
			"email": email,
			"first_name": first_name or unique("Tester"),
			"send_welcome_email": 0,
			"language": "zh",
			**fields,
		}
	)
	user.flags.no_welcome_mail = True
	user.insert(ignore_permissions=True)
	if roles:
		user.add_roles(*roles)
	return user


def make_contact(first_name: str | None = None, partner_organisation: str | None = None, user=None, **fields):
	"""A person: a Contact, linked to its Partner Organisation, and to a User for staff."""
	contact = frappe.get_doc(
		{"doctype": "Contact", "first_name": first_name or unique("Person"), "user": user, **fields}
	)
	if partner_organisation:
		contact.append("links", {"link_doctype": "Partner Organisation", "link_name": partner_organisation})
	contact.insert(ignore_permissions=True)
	return contact


def make_major(major_name: str | None = None, **fields):
	return frappe.get_doc(
		{
			"doctype": "Major",
			"major_name": major_name or unique("Major"),
			"major_code": frappe.generate_hash(length=8),
			"department": "Aviation Services",
			**fields,
		}
	).insert(ignore_permissions=True)


def term_dates_on(date) -> tuple[str, str, datetime.date, datetime.date]:
	"""(academic_year, term, start_date, end_date) of the school's term calendar around `date`:
	term 1 from 1 September to 31 January, term 2 from 1 February to 31 August."""
	date = getdate(date)
	if date.month >= 9:
		first = date.year
		return f"{first}-{first + 1}", "1", datetime.date(first, 9, 1), datetime.date(first + 1, 1, 31)
	if date.month == 1:
		first = date.year - 1
		return f"{first}-{first + 1}", "1", datetime.date(first, 9, 1), datetime.date(first + 1, 1, 31)
	first = date.year - 1
	return f"{first}-{first + 1}", "2", datetime.date(first + 1, 2, 1), datetime.date(first + 1, 8, 31)


def make_school_term(on_date=None, **fields):
	"""The School Term containing `on_date` (default today), created when missing.

	With explicit `academic_year`, `term`, `start_date` and `end_date` it always inserts that term."""
	if fields:
		return frappe.get_doc({"doctype": "School Term", **fields}).insert(ignore_permissions=True)

	from onex_pilot.organisation.terms import term_on

	on_date = on_date or today()
	existing = term_on(on_date)
	if existing:
		return frappe.get_doc("School Term", existing)
	academic_year, term, start_date, end_date = term_dates_on(on_date)
	return frappe.get_doc(
		{
			"doctype": "School Term",
			"academic_year": academic_year,
			"term": term,
			"start_date": start_date,
			"end_date": end_date,
		}
	).insert(ignore_permissions=True)


def make_school_class(major: str | None = None, class_teacher: str | None = None, **fields):
	"""A School Class; with `class_teacher` (a User) for the term containing today."""
	school_class = frappe.get_doc(
		{
			"doctype": "School Class",
			"class_name": unique("Class"),
			"major": major or make_major().name,
			"enrolment_year": getdate(today()).year,
			**fields,
		}
	)
	if class_teacher:
		school_class.append(
			"class_teachers", {"school_term": make_school_term().name, "teacher": class_teacher}
		)
	return school_class.insert(ignore_permissions=True)


def make_partner_organisation(kind: str = "Company", is_evaluation_organisation: int = 0, **fields):
	return frappe.get_doc(
		{
			"doctype": "Partner Organisation",
			"organisation_name": unique("Organisation"),
			"kind": kind,
			"is_evaluation_organisation": is_evaluation_organisation,
			**fields,
		}
	).insert(ignore_permissions=True)


def make_skill_certificate(
	evaluation_organisation: str | None = None, levels=LEVELS, fee: float = 300, majors=(), **fields
):
	"""A Skill Certificate offering `levels` (all three by default), pass marks 60/60, `fee` each."""
	certificate = frappe.get_doc(
		{
			"doctype": "Skill Certificate",
			"certificate_code": frappe.generate_hash(length=10).upper(),
			"certificate_name": unique("Certificate"),
			"evaluation_organisation": evaluation_organisation
			or make_partner_organisation(is_evaluation_organisation=1).name,
			**fields,
		}
	)
	for level in levels:
		certificate.append(
			"levels",
			{
				"level": level,
				"theory_pass_mark": 60,
				"practical_pass_mark": 60,
				"total_pass_mark": 0,
				"fee": fee,
			},
		)
	for major in majors:
		certificate.append("majors", {"major": major})
	return certificate.insert(ignore_permissions=True)


def make_pilot_domain(
	skill_certificate: str | None = None, status: str = "Active", domain_lead: str | None = None, **fields
):
	"""A Pilot Domain, Active and launched today by default; `domain_lead` is a User."""
	return frappe.get_doc(
		{
			"doctype": "Pilot Domain",
			"domain_name": unique("Domain"),
			"skill_certificate": skill_certificate or make_skill_certificate().name,
			"host_major": fields.pop("host_major", None) or make_major().name,
			"status": status,
			"launch_date": None if status == "Preparing" else add_days(today(), -30),
			"domain_lead": domain_lead,
			**fields,
		}
	).insert(ignore_permissions=True)


def make_pilot_committee(committee_type: str = "Working Group", seats=(), **fields):
	"""A Pilot Committee; `seats` are dicts of Pilot Committee Seat fields (contact, seat_role, term_start…)."""
	committee = frappe.get_doc(
		{
			"doctype": "Pilot Committee",
			"committee_name": unique("Committee"),
			"committee_type": committee_type,
			**fields,
		}
	)
	for seat in seats:
		committee.append("seats", {"seat_role": "Member", "term_start": add_days(today(), -30), **seat})
	return committee.insert(ignore_permissions=True)


def make_committee_member(committee: str | None = None, seat_role: str = "Member"):
	"""A User with the Committee Member role, whose Contact holds a current seat in `committee`
	(a new committee when None). Returns (user, committee name)."""
	from onex_pilot.roles import COMMITTEE_MEMBER

	user = make_user(roles=(COMMITTEE_MEMBER,))
	contact = make_contact(user=user.name)
	seat = {"contact": contact.name, "seat_role": seat_role, "term_start": add_days(today(), -30)}
	if committee:
		doc = frappe.get_doc("Pilot Committee", committee)
		doc.append("seats", seat)
		doc.save(ignore_permissions=True)
	else:
		committee = make_pilot_committee(seats=[seat]).name
	return user, committee


def make_committee_meeting(committee: str | None = None, follow_ups=(), **fields):
	"""A Committee Meeting held a week ago; `follow_ups` are dicts of Meeting Follow Up fields."""
	meeting = frappe.get_doc(
		{
			"doctype": "Committee Meeting",
			"committee": committee or make_pilot_committee().name,
			"subject": unique("Meeting"),
			"meeting_date": add_days(today(), -7),
			**fields,
		}
	)
	for follow_up in follow_ups:
		row = {"action": "Follow up", "due_date": add_days(today(), 30), "status": "Open", **follow_up}
		row["responsible"] = row.get("responsible") or make_contact().name
		meeting.append("follow_ups", row)
	return meeting.insert(ignore_permissions=True)


def make_pilot_milestone(period: str | None = None, **fields):
	"""An open Pilot Milestone due at the end of next month's period by default."""
	next_month = getdate(add_days(today(), 40))
	return frappe.get_doc(
		{
			"doctype": "Pilot Milestone",
			"period": period if period is not None else next_month.strftime("%Y-%m"),
			"description": unique("Milestone"),
			**fields,
		}
	).insert(ignore_permissions=True)


def make_training_base(base_type: str = "School-run", partners=(), pilot_domains=(), **fields):
	base = frappe.get_doc(
		{
			"doctype": "Training Base",
			"base_name": unique("Base"),
			"base_type": base_type,
			"capacity": 40,
			**fields,
		}
	)
	for partner in partners:
		base.append("partners", {"partner_organisation": partner})
	for domain in pilot_domains:
		base.append("pilot_domains", {"pilot_domain": domain})
	return base.insert(ignore_permissions=True)


def make_pilot_subsidy(pilot_domain: str | None = None, **fields):
	return frappe.get_doc(
		{
			"doctype": "Pilot Subsidy",
			"pilot_domain": pilot_domain or make_pilot_domain().name,
			"source": "Education Department",
			"amount": 50000,
			"purpose": "Trainer training",
			"date": today(),
			**fields,
		}
	).insert(ignore_permissions=True)


def make_policy_notice(published: int = 1, **fields):
	return frappe.get_doc(
		{
			"doctype": "Policy Notice",
			"title": unique("Notice"),
			"published": published,
			"content": "<p>Notice text</p>",
			**fields,
		}
	).insert(ignore_permissions=True)


def make_publicity_activity(school_class: str | None = None, **fields):
	return frappe.get_doc(
		{
			"doctype": "Publicity Activity",
			"school_class": school_class or make_school_class().name,
			"activity_date": today(),
			"description": "<p>Class meeting on the 1+X certificates</p>",
			**fields,
		}
	).insert(ignore_permissions=True)
