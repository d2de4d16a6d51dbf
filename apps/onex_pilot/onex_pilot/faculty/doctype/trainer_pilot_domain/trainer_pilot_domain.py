from frappe.model.document import Document


class TrainerPilotDomain(Document):
	pass
