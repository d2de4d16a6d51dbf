import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.organisation.exceptions import MissingPartnerError
from onex_pilot.tests.factories.organisation import (
	make_partner_organisation,
	make_pilot_domain,
	make_training_base,
)


class TestTrainingBase(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_school_run_base_needs_no_partner(self):
		domain = make_pilot_domain()
		base = make_training_base(pilot_domains=[domain.name])
		self.assertEqual([row.pilot_domain for row in base.pilot_domains], [domain.name])

	def test_base_run_with_a_company_needs_a_company_partner(self):
		college = make_partner_organisation(kind="College").name
		with self.assertRaises(MissingPartnerError):
			make_training_base(base_type="With a Company", partners=[college], base_name="company-base-test")
		self.assertFalse(frappe.db.exists("Training Base", "company-base-test"))

		company = make_partner_organisation(kind="Company").name
		base = make_training_base(base_type="With a Company", partners=[college, company])
		self.assertEqual(len(base.partners), 2)

	def test_inter_school_and_government_bases_need_matching_partners(self):
		with self.assertRaises(MissingPartnerError):
			make_training_base(base_type="Inter-school", base_name="inter-school-test")
		with self.assertRaises(MissingPartnerError):
			make_training_base(
				base_type="Government-run",
				partners=[make_partner_organisation(kind="School").name],
				base_name="government-test",
			)
		self.assertFalse(
			frappe.db.exists("Training Base", {"name": ("in", ["inter-school-test", "government-test"])})
		)
		make_training_base(base_type="Inter-school", partners=[make_partner_organisation(kind="School").name])
		make_training_base(
			base_type="Government-run", partners=[make_partner_organisation(kind="Government").name]
		)
