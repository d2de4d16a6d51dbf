import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from onex_pilot.organisation.exceptions import (
	DuplicateSeatError,
	InvalidDateRangeError,
	OverlappingLeaderSeatError,
)

LEADER = "Leader"
DEPUTY_LEADER = "Deputy Leader"
CHAIR = "Chair"
MEMBER = "Member"
# Seats that head a committee: at most one may be held at any time.
HEAD_SEATS = (LEADER, CHAIR)


def terms_overlap(a, b) -> bool:
	"""Whether two seats' terms share a day; an empty term end is open-ended."""
	a_end = getdate(a.term_end) if a.term_end else None
	b_end = getdate(b.term_end) if b.term_end else None
	starts_before_b_ends = b_end is None or getdate(a.term_start) <= b_end
	ends_after_b_starts = a_end is None or a_end >= getdate(b.term_start)
	return starts_before_b_ends and ends_after_b_starts


class PilotCommittee(Document):
	def validate(self):
		self.fill_partner_organisations()
		self.validate_seat_terms()
		self.validate_one_head_at_a_time()
		self.validate_one_seat_per_person()

	def fill_partner_organisations(self):
		"""A seat of an external person (a Contact without a User) linked to one Partner Organisation
		is a seat from that organisation; staff, who have a User, sit as internal members."""
		for seat in self.seats:
			if seat.partner_organisation or not seat.contact:
				continue
			if frappe.db.get_value("Contact", seat.contact, "user"):
				continue
			organisations = frappe.get_all(
				"Dynamic Link",
				filters={
					"parenttype": "Contact",
					"parent": seat.contact,
					"link_doctype": "Partner Organisation",
				},
				pluck="link_name",
			)
			if len(organisations) == 1:
				seat.partner_organisation = organisations[0]

	def validate_seat_terms(self):
		for seat in self.seats:
			if not seat.term_end or getdate(seat.term_end) >= getdate(seat.term_start):
				continue
			frappe.throw(
				_(
					"Row {0}: the term ends on {1}, before it starts on {2}. Set a Term End after the Term Start."
				).format(seat.idx, frappe.bold(seat.term_end), frappe.bold(seat.term_start)),
				exc=InvalidDateRangeError,
				title=_("Invalid seat term"),
			)

	def validate_one_head_at_a_time(self):
		heads = [seat for seat in self.seats if seat.seat_role in HEAD_SEATS]
		for i, seat in enumerate(heads):
			for other in heads[:i]:
				if not terms_overlap(seat, other):
					continue
				frappe.throw(
					_(
						"Row {0}: {1} as {2} overlaps the term of {3} (row {4}). A committee has one Leader or Chair at a time: end the earlier term first."
					).format(
						seat.idx,
						frappe.bold(seat.person_name or seat.contact),
						_(seat.seat_role),
						frappe.bold(other.person_name or other.contact),
						other.idx,
					),
					exc=OverlappingLeaderSeatError,
					title=_("Overlapping leadership"),
				)

	def validate_one_seat_per_person(self):
		for i, seat in enumerate(self.seats):
			for other in self.seats[:i]:
				if seat.contact != other.contact or not terms_overlap(seat, other):
					continue
				frappe.throw(
					_(
						"Row {0}: {1} already holds a seat in this committee for that time (row {2}). Keep one seat per person."
					).format(seat.idx, frappe.bold(seat.person_name or seat.contact), other.idx),
					exc=DuplicateSeatError,
					title=_("Duplicate seat"),
				)
