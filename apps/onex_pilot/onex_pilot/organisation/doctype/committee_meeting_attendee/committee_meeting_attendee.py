from frappe.model.document import Document


class CommitteeMeetingAttendee(Document):
	pass
