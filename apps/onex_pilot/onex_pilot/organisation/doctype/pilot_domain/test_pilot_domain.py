import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate, today

from onex_pilot.organisation.exceptions import (
	DuplicateTargetError,
	LevelNotOfferedError,
	MissingLaunchDateError,
)
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_skill_certificate, make_user


class TestPilotDomain(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_factory_makes_an_active_domain_with_its_lead(self):
		lead = make_user().name
		domain = make_pilot_domain(domain_lead=lead)
		self.assertEqual((domain.status, domain.domain_lead), ("Active", lead))
		self.assertTrue(domain.launch_date)

	def test_active_domain_without_launch_date_is_refused(self):
		domain = make_pilot_domain(status="Preparing")
		domain.status = "Active"
		with self.assertRaises(MissingLaunchDateError):
			domain.save()
		self.assertEqual(frappe.db.get_value("Pilot Domain", domain.name, "status"), "Preparing")

	def test_two_targets_for_the_same_year_and_level_are_refused(self):
		year = getdate(today()).year
		domain = make_pilot_domain()
		domain.append("targets", {"year": year, "level": ELEMENTARY, "target_candidates": 40})
		domain.append("targets", {"year": year, "level": INTERMEDIATE, "target_candidates": 20})
		domain.save()
		domain.append("targets", {"year": year, "level": ELEMENTARY, "target_candidates": 10})
		with self.assertRaises(DuplicateTargetError):
			domain.save()
		self.assertEqual(frappe.db.count("Pilot Domain Target", {"parent": domain.name}), 2)

	def test_target_for_a_level_the_certificate_does_not_offer_is_refused(self):
		certificate = make_skill_certificate(levels=(ELEMENTARY, INTERMEDIATE))
		domain = make_pilot_domain(skill_certificate=certificate.name)
		domain.append("targets", {"year": getdate(today()).year, "level": ADVANCED, "target_candidates": 5})
		with self.assertRaises(LevelNotOfferedError):
			domain.save()
		self.assertEqual(frappe.db.count("Pilot Domain Target", {"parent": domain.name}), 0)
