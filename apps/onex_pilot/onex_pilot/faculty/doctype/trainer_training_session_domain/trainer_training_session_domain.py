from frappe.model.document import Document


class TrainerTrainingSessionDomain(Document):
	pass
