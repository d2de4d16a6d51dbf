from frappe.model.document import Document


class SkillAssessmentPlanExaminer(Document):
	"""An examiner (Trainer) of the plan; the plan checks qualifications, bookings and conflicts."""
