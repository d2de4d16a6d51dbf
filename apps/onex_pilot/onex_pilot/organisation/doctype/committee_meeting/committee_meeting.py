import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from onex_pilot.organisation.exceptions import MissingAttendeeError

OPEN = "Open"
DONE = "Done"
CANCELLED = "Cancelled"


class CommitteeMeeting(Document):
	def validate(self):
		self.validate_attendees_named()
		self.open_follow_ups = sum(1 for row in self.follow_ups if row.status == OPEN)

	def validate_attendees_named(self):
		for row in self.attendees:
			if row.contact or (row.attendee_name or "").strip():
				continue
			frappe.throw(
				_("Row {0} of Attendees names nobody. Choose the Person, or type a guest's Name.").format(
					row.idx
				),
				exc=MissingAttendeeError,
				title=_("Attendee missing"),
			)

	def overdue_follow_ups(self, on_date=None):
		"""The open follow-up rows whose due date has passed."""
		on_date = getdate(on_date or today())
		return [row for row in self.follow_ups if row.status == OPEN and getdate(row.due_date) < on_date]
