import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal.doctype.pilot_portal_settings.pilot_portal_settings import (
	DEFAULT_VERIFY_RATE_LIMIT,
	verify_rate_limit,
)
from onex_pilot.portal.exceptions import InvalidRateLimitError


class TestPilotPortalSettings(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_limit_below_one_is_refused_and_not_saved(self):
		before = verify_rate_limit()
		settings = frappe.get_single("Pilot Portal Settings")
		settings.verify_rate_limit = 0
		with self.assertRaises(InvalidRateLimitError):
			settings.save()
		frappe.db.value_cache.pop("Pilot Portal Settings", None)
		self.assertEqual(verify_rate_limit(), before)

	def test_saved_limit_is_the_one_applied(self):
		settings = frappe.get_single("Pilot Portal Settings")
		settings.verify_rate_limit = 7
		settings.save()
		frappe.db.value_cache.pop("Pilot Portal Settings", None)
		self.assertEqual(verify_rate_limit(), 7)

	def test_default_is_thirty_per_minute(self):
		self.assertEqual(DEFAULT_VERIFY_RATE_LIMIT, 30)
		self.assertEqual(
			frappe.get_meta("Pilot Portal Settings").get_field("verify_rate_limit").default, "30"
		)
