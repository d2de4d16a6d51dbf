from frappe.model.document import Document


class SkillAssessmentPlanRoom(Document):
	"""A room of the plan's exam site; the plan checks the site and double bookings."""
