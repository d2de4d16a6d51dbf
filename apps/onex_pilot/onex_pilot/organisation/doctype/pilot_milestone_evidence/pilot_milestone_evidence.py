from frappe.model.document import Document


class PilotMilestoneEvidence(Document):
	pass
