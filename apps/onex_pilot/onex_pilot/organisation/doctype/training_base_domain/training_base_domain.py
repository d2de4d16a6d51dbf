from frappe.model.document import Document


class TrainingBaseDomain(Document):
	pass
