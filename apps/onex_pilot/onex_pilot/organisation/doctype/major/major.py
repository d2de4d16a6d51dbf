from frappe.model.document import Document


class Major(Document):
	def validate(self):
		self.major_name = self.major_name.strip()
		if self.major_code:
			self.major_code = self.major_code.strip()
