from frappe.model.document import Document


class SkillCertificateLevel(Document):
	pass
