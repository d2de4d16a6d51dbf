from frappe.model.document import Document


class FeeWaiverBasis(Document):
	"""Why a student pays no assessment fee; the registered-poor-household basis ships with the app."""
