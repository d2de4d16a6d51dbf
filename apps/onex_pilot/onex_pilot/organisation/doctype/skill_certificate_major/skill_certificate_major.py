from frappe.model.document import Document


class SkillCertificateMajor(Document):
	pass
