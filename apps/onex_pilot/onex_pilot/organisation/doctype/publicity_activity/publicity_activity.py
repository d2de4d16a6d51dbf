from frappe.model.document import Document

from onex_pilot.organisation.school_class import class_teacher_of


class PublicityActivity(Document):
	def validate(self):
		self.fill_class_teacher()

	def fill_class_teacher(self):
		if self.class_teacher or not (self.school_class and self.activity_date):
			return
		self.class_teacher = class_teacher_of(self.school_class, self.activity_date)
