from frappe.model.document import Document


class SchoolClassTeacher(Document):
	pass
