"""Who changes which committee meetings."""

import frappe

from onex_pilot import roles
from onex_pilot.permissions import (
	has_any_role,
	sees_everything,
)

# Organisation: Committee Members read the whole programme, but change only the
# meetings of committees in which they hold a current seat (through their Contact).
def committees_of(user: str, on_date=None) -> list[str]:
	"""The Pilot Committees in which `user` (through a Contact) holds a seat on `on_date` (default today)."""
	on_date = frappe.utils.getdate(on_date or frappe.utils.today())
	seat = frappe.qb.DocType("Pilot Committee Seat")
	contact = frappe.qb.DocType("Contact")
	rows = (
		frappe.qb.from_(seat)
		.join(contact)
		.on(contact.name == seat.contact)
		.select(seat.parent)
		.distinct()
		.where(seat.parenttype == "Pilot Committee")
		.where(contact.user == user)
		.where(seat.term_start <= on_date)
		.where(seat.term_end.isnull() | (seat.term_end >= on_date))
		.run()
	)
	return [row[0] for row in rows]


def committee_meeting_has_permission(doc, ptype=None, user=None):
	"""Reading is for every role the DocType lets read; changing, for the meeting's own committee,
	both as stored and as changed (a meeting cannot be moved into or out of another committee)."""
	user = user or frappe.session.user
	if ptype in ("read", "print", "report", "export") or sees_everything(user):
		return None
	if not has_any_role(user, roles.COMMITTEE_MEMBER):
		return None
	own = set(committees_of(user))
	stored = None if doc.is_new() else frappe.db.get_value("Committee Meeting", doc.name, "committee")
	if doc.committee in own and (stored is None or stored in own):
		return None
	return False
