"""Fee waivers and the registrations they cover."""

import frappe
from frappe import _
from frappe.utils import flt, getdate

from onex_pilot.assessment.workflow_names import APPROVED

WAIVER = "Fee Waiver"
# The basis the app ships (fixtures/fee_waiver_basis.json); administrators may add others.
REGISTERED_POOR_HOUSEHOLD = "Registered Poor Household"
REGISTRATION = "Skill Assessment Registration"
ACTIVE = "Active"


def covering_waiver(student: str, on_date) -> str | None:
	"""The approved Fee Waiver of `student` whose period contains `on_date`, or None."""
	if not (student and on_date):
		return None
	on_date = getdate(on_date)
	found = frappe.get_all(
		WAIVER,
		filters={
			"student": student,
			"workflow_state": APPROVED,
			"period_start": ("<=", on_date),
			"period_end": (">=", on_date),
		},
		pluck="name",
		order_by="approved_on desc, creation desc",
		limit=1,
	)
	return found[0] if found else None


def reprice_registrations(waiver) -> list[str]:
	"""Waive the fee of the student's unpaid registrations on plans of Active pilot domains
	whose exam date falls in the waiver's period. Returns the registrations changed.

	Runs inside the Finance Officer's approval, which the Workflow and the waiver's rules
	authorised; the registrations themselves may belong to any class."""
	registration = frappe.qb.DocType(REGISTRATION)
	domain = frappe.qb.DocType("Pilot Domain")
	names = (
		frappe.qb.from_(registration)
		.join(domain)
		.on(domain.name == registration.pilot_domain)
		.select(registration.name)
		.where(registration.student == waiver.student)
		.where(registration.status == "Registered")
		.where(registration.payment_status == "Unpaid")
		.where(registration.exam_date >= getdate(waiver.period_start))
		.where(registration.exam_date <= getdate(waiver.period_end))
		.where(domain.status == ACTIVE)
		.orderby(registration.name)
		.run(pluck=True)
	)
	for name in names:
		doc = frappe.get_doc(REGISTRATION, name)
		doc.apply_waiver(waiver.name)
		doc.flags.ignore_permissions = True
		# No timeline comment: the timeline is read by roles that may not see fees or waivers.
		doc.save()
	return names
