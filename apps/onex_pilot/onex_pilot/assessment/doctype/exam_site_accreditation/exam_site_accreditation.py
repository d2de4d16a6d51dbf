from frappe.model.document import Document


class ExamSiteAccreditation(Document):
	"""One accreditation row of an Exam Site; its rules are checked by the Exam Site."""
