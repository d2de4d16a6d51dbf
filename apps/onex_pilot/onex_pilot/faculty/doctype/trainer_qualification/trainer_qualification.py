from frappe.model.document import Document


class TrainerQualification(Document):
	pass
