import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.organisation.exceptions import DomainNotInPilotError, InvalidAmountError
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_pilot_subsidy


class TestPilotSubsidy(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_subsidy_on_a_domain_outside_the_pilot_is_refused(self):
		for status in ("Preparing", "Suspended"):
			domain = make_pilot_domain(status=status)
			with self.assertRaises(DomainNotInPilotError, msg=status):
				make_pilot_subsidy(pilot_domain=domain.name)
			self.assertFalse(frappe.db.exists("Pilot Subsidy", {"pilot_domain": domain.name}))

	def test_active_and_completed_domains_receive_subsidies(self):
		for status in ("Active", "Completed"):
			domain = make_pilot_domain(status=status)
			make_pilot_subsidy(pilot_domain=domain.name)
			self.assertTrue(frappe.db.exists("Pilot Subsidy", {"pilot_domain": domain.name}))

	def test_amount_must_be_above_zero(self):
		domain = make_pilot_domain()
		with self.assertRaises(InvalidAmountError):
			make_pilot_subsidy(pilot_domain=domain.name, amount=0)
		self.assertFalse(frappe.db.exists("Pilot Subsidy", {"pilot_domain": domain.name}))

	def test_refusal_is_explained_in_chinese(self):
		domain = make_pilot_domain(status="Suspended")
		previous, frappe.local.lang = frappe.local.lang, "zh"
		try:
			with self.assertRaises(DomainNotInPilotError) as refused:
				make_pilot_subsidy(pilot_domain=domain.name)
		finally:
			frappe.local.lang = previous
		self.assertIn("只有处于试点中", str(refused.exception))
		self.assertIn(domain.name, str(refused.exception))
