"""Factories for the faculty module: trainers, teaching assignments, expert pools and
trainer training sessions. Each makes one valid record; every keyword overrides a default."""

import frappe
from frappe.utils import add_days, getdate, today

from onex_pilot.faculty.qualifications import EXAMINER_QUALIFICATION
from onex_pilot.tests.factories.organisation import (
	make_contact,
	make_pilot_domain,
	make_school_class,
	make_school_term,
	unique,
)


def make_trainer(
	contact: str | None = None,
	trainer_type: str = "Full-time Teacher",
	partner_organisation: str | None = None,
	user: str | None = None,
	examiner_for=(),
	valid_from=None,
	valid_to=None,
	pilot_domains=(),
	qualifications=(),
	**fields,
):
	"""A Trainer with a new Contact unless `contact` is given.

	`examiner_for` is a list of (skill_certificate, level): one Examiner Qualification each,
	valid from `valid_from` (default a year ago) to `valid_to` (default a year ahead).
	`qualifications` are further rows as dicts."""
	if not contact:
		contact = make_contact(
			first_name=unique("Trainer"), partner_organisation=partner_organisation, user=user
		).name
	trainer = frappe.get_doc(
		{
			"doctype": "Trainer",
			"contact": contact,
			"user": user,
			"trainer_type": trainer_type,
			"partner_organisation": partner_organisation,
			**fields,
		}
	)
	for pilot_domain in pilot_domains:
		trainer.append("pilot_domains", {"pilot_domain": pilot_domain})
	for skill_certificate, level in examiner_for:
		trainer.append(
			"qualifications",
			{
				"qualification_type": EXAMINER_QUALIFICATION,
				"skill_certificate": skill_certificate,
				"level": level,
				"valid_from": valid_from or add_days(today(), -365),
				"valid_to": valid_to or add_days(today(), 365),
			},
		)
	for row in qualifications:
		trainer.append("qualifications", row)
	return trainer.insert(ignore_permissions=True)


def make_teaching_assignment(
	trainer: str | None = None,
	pilot_domain: str | None = None,
	school_class: str | None = None,
	school_term: str | None = None,
	planned_hours: float = 32,
	delivered_hours: float = 0,
	**fields,
):
	"""A Teaching Assignment in the term containing today unless `school_term` is given."""
	return frappe.get_doc(
		{
			"doctype": "Teaching Assignment",
			"trainer": trainer or make_trainer().name,
			"pilot_domain": pilot_domain or make_pilot_domain().name,
			"school_class": school_class or make_school_class().name,
			"school_term": school_term or make_school_term().name,
			"planned_hours": planned_hours,
			"delivered_hours": delivered_hours,
			**fields,
		}
	).insert(ignore_permissions=True)


def make_expert_pool(experts=(), evaluation_organisation: str | None = None, **fields):
	"""An Expert Pool listing the Trainers `experts`, with the default 10 = 5 + 3 + 2 targets."""
	pool = frappe.get_doc(
		{
			"doctype": "Expert Pool",
			"pool_name": unique("Expert Pool"),
			"evaluation_organisation": evaluation_organisation,
			**fields,
		}
	)
	for trainer in experts:
		pool.append("experts", {"trainer": trainer})
	return pool.insert(ignore_permissions=True)


def make_training_session(
	pilot_domains=None,
	school_term: str | None = None,
	days=None,
	hours: float = 8,
	attendees=(),
	status: str = "Held",
	**fields,
):
	"""A Trainer Training Session, Held by default.

	`days` are dates (or dicts with date and place); by default the first day of the term,
	or today for the term containing today. `attendees` are Trainer names (marked present)
	or dicts with trainer, present, hours_credited and feedback."""
	term = frappe.get_doc("School Term", school_term) if school_term else make_school_term()
	if days is None:
		start, end = getdate(term.start_date), getdate(term.end_date)
		days = [today() if start <= getdate(today()) <= end else start]
	session = frappe.get_doc(
		{
			"doctype": "Trainer Training Session",
			"session_title": unique("Training"),
			"school_term": term.name,
			"status": status,
			"hours": hours,
			"content": "Certificate standard and assessment practice",
			**fields,
		}
	)
	for pilot_domain in pilot_domains if pilot_domains is not None else [make_pilot_domain().name]:
		session.append("pilot_domains", {"pilot_domain": pilot_domain})
	for day in days:
		session.append("days", day if isinstance(day, dict) else {"date": day, "place": "Training room 1"})
	for attendee in attendees:
		session.append(
			"attendees", attendee if isinstance(attendee, dict) else {"trainer": attendee, "present": 1}
		)
	return session.insert(ignore_permissions=True)
