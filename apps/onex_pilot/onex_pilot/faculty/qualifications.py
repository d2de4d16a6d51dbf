"""Trainer qualifications: who may examine which certificate level on which day."""

import frappe
from frappe.query_builder import Criterion
from frappe.utils import add_days, getdate, today

from onex_pilot.permissions.faculty import sees_all_faculty

EXAMINER_QUALIFICATION = "Examiner Qualification"
TRAINER_CERTIFICATE = "Trainer Certificate"
OTHER_QUALIFICATION = "Other"
QUALIFICATION_TYPES = (TRAINER_CERTIFICATE, EXAMINER_QUALIFICATION, OTHER_QUALIFICATION)

# The Desk warns about qualifications that end within this many days.
EXPIRY_WARNING_DAYS = 60


def has_valid_examiner_qualification(trainer, skill_certificate, level, on_date) -> bool:
	"""Whether `trainer` holds an examiner qualification for `skill_certificate` at `level`
	that is valid on `on_date`: valid_from <= on_date <= valid_to, both ends included."""
	if not (trainer and skill_certificate and level and on_date):
		return False
	on_date = getdate(on_date)
	qualification = frappe.qb.DocType("Trainer Qualification")
	found = (
		frappe.qb.from_(qualification)
		.select(qualification.name)
		.where(
			Criterion.all(
				[
					qualification.parenttype == "Trainer",
					qualification.parentfield == "qualifications",
					qualification.parent == trainer,
					qualification.qualification_type == EXAMINER_QUALIFICATION,
					qualification.skill_certificate == skill_certificate,
					qualification.level == level,
					qualification.valid_from <= on_date,
					qualification.valid_to >= on_date,
				]
			)
		)
		.limit(1)
		.run()
	)
	return bool(found)


def expiring_qualifications(days: int = EXPIRY_WARNING_DAYS, on_date=None) -> list[dict]:
	"""Qualifications still valid on `on_date` (default today) whose valid_to falls within
	`days` days of it, soonest first."""
	start = getdate(on_date or today())
	end = getdate(add_days(start, days))
	trainer = frappe.qb.DocType("Trainer")
	qualification = frappe.qb.DocType("Trainer Qualification")
	return (
		frappe.qb.from_(qualification)
		.join(trainer)
		.on(trainer.name == qualification.parent)
		.select(
			trainer.name.as_("trainer"),
			trainer.trainer_name,
			qualification.qualification_type,
			qualification.skill_certificate,
			qualification.level,
			qualification.issuing_organisation,
			qualification.valid_from,
			qualification.valid_to,
		)
		.where(
			(qualification.parenttype == "Trainer")
			& (qualification.parentfield == "qualifications")
			& (qualification.valid_to >= start)
			& (qualification.valid_to <= end)
		)
		.orderby(qualification.valid_to)
		.orderby(trainer.trainer_name)
		.run(as_dict=True)
	)


@frappe.whitelist()
def expiring_qualification_count(filters: str | dict | None = None) -> dict:
	"""The Desk's number card: qualifications the user may see that end within 60 days.
	(`filters` is what every number card sends; this card has none.)"""
	frappe.has_permission("Trainer", "read", throw=True)
	rows = expiring_qualifications()
	if not sees_all_faculty(frappe.session.user):
		visible = set(frappe.get_list("Trainer", pluck="name"))
		rows = [row for row in rows if row.trainer in visible]
	return {
		"value": len(rows),
		"fieldtype": "Int",
		"route": ["query-report", "Expiring Trainer Qualifications"],
	}
