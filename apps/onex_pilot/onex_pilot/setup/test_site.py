import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.roles import ALL_ROLES, STUDENT
from onex_pilot.setup.site import set_chinese_defaults


class TestSiteDefaults(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_chinese_defaults_finish_the_setup_wizard(self):
		set_chinese_defaults()

		settings = frappe.get_doc("System Settings")
		self.assertEqual(settings.language, "zh")
		self.assertEqual(settings.time_zone, "Asia/Shanghai")
		self.assertEqual(settings.country, "China")
		self.assertEqual(settings.currency, "CNY")
		self.assertEqual(frappe.db.get_single_value("System Settings", "setup_complete"), 1)

	def test_roles_ship_with_the_app(self):
		installed = frappe.get_all(
			"Role", filters={"name": ("in", ALL_ROLES)}, fields=["name", "desk_access"]
		)
		desk_access = {role.name: role.desk_access for role in installed}
		self.assertEqual(set(desk_access), set(ALL_ROLES))
		self.assertEqual(desk_access[STUDENT], 0, "students use the portal, not the Desk")
		self.assertTrue(all(desk_access[r] for r in ALL_ROLES if r != STUDENT))

	def test_students_land_on_their_portal_and_the_website_is_named(self):
		from onex_pilot.setup.install import PLATFORM_NAME, name_the_website

		self.assertEqual(frappe.db.get_value("Role", STUDENT, "home_page"), "/student")
		frappe.db.set_single_value("Website Settings", "app_name", "Frappe")
		name_the_website()
		self.assertEqual(frappe.db.get_single_value("Website Settings", "app_name"), PLATFORM_NAME)
		frappe.db.set_single_value("Website Settings", "app_name", "某职业学校")
		name_the_website()  # a name the school chose stays
		self.assertEqual(frappe.db.get_single_value("Website Settings", "app_name"), "某职业学校")

	def test_error_answers_carry_no_traceback(self):
		from onex_pilot.setup.install import hide_error_tracebacks

		frappe.db.set_single_value("System Settings", "allow_error_traceback", 1)
		hide_error_tracebacks()
		self.assertEqual(frappe.db.get_single_value("System Settings", "allow_error_traceback"), 0)

	def test_login_page_offers_no_email_link_students_cannot_use(self):
		from onex_pilot.setup.install import offer_no_email_link_login

		frappe.db.set_single_value("System Settings", "login_with_email_link", 1)
		offer_no_email_link_login()
		self.assertEqual(frappe.db.get_single_value("System Settings", "login_with_email_link"), 0)

	def test_workflow_states_and_waiver_bases_show_in_the_readers_language(self):
		from frappe.translate import get_translated_doctypes

		translated = get_translated_doctypes()
		self.assertIn("Workflow State", translated)
		self.assertIn("Fee Waiver Basis", translated)
