import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.assessment.doctype.pilot_settings.pilot_settings import get_setting
from onex_pilot.assessment.exceptions import InvalidSettingError


class TestPilotSettings(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_shipped_defaults(self):
		self.assertEqual(get_setting("publicity_days"), 5)
		self.assertEqual(get_setting("candidates_per_examiner"), 20)
		self.assertEqual(get_setting("retake_months"), 12)

	def test_saved_value_is_used(self):
		settings = frappe.get_single("Pilot Settings")
		settings.candidates_per_examiner = 25
		settings.save()
		self.assertEqual(get_setting("candidates_per_examiner"), 25)

	def test_zero_candidates_per_examiner_is_refused(self):
		settings = frappe.get_single("Pilot Settings")
		settings.candidates_per_examiner = 0
		with self.assertRaises(InvalidSettingError):
			settings.save()
		self.assertEqual(
			frappe.db.get_single_value("Pilot Settings", "candidates_per_examiner", cache=False), 20
		)
