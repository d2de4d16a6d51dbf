from frappe.model.document import Document


class TrainerTrainingSessionDay(Document):
	pass
