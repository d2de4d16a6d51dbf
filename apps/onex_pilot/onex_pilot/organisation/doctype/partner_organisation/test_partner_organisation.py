import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.tests.factories.organisation import make_contact, make_partner_organisation


class TestPartnerOrganisation(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_form_lists_the_contacts_linked_to_the_organisation(self):
		organisation = make_partner_organisation(kind="College")
		contact = make_contact(partner_organisation=organisation.name)
		make_contact()  # not linked: must not appear

		doc = frappe.get_doc("Partner Organisation", organisation.name)
		doc.run_method("onload")
		listed = [row.name for row in doc.get_onload().contact_list]
		self.assertEqual(listed, [contact.name])
