from frappe.model.document import Document


class PilotDomainTarget(Document):
	pass
