from frappe.model.document import Document


class TrainerTrainingSessionAttendee(Document):
	pass
