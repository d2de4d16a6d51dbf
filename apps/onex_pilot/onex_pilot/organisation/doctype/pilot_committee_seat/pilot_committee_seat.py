from frappe.model.document import Document


class PilotCommitteeSeat(Document):
	pass
