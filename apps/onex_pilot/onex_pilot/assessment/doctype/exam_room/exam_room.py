"""An exam room of an exam site, with the number of candidates it seats."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.assessment.exceptions import InvalidRoomCapacityError


class ExamRoom(Document):
	def validate(self):
		self.room_name = (self.room_name or "").strip()
		self.validate_capacity()

	def validate_capacity(self):
		if (self.capacity or 0) > 0:
			return
		frappe.throw(
			_("Capacity {0} seats no one. Enter the number of candidates the room seats, 1 or more.").format(
				frappe.bold(self.capacity or 0)
			),
			exc=InvalidRoomCapacityError,
			title=_("Invalid capacity"),
		)
