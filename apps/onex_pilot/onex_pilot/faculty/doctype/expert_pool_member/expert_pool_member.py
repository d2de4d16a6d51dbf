from frappe.model.document import Document


class ExpertPoolMember(Document):
	pass
