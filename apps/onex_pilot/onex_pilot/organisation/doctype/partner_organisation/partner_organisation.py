from frappe.contacts.address_and_contact import load_address_and_contact
from frappe.model.document import Document


class PartnerOrganisation(Document):
	def onload(self):
		"""Its people are Contacts linked to it; show them on the form."""
		load_address_and_contact(self)

	def validate(self):
		self.organisation_name = self.organisation_name.strip()
