from frappe.model.document import Document


class TrainingBasePartner(Document):
	pass
