import frappe
from frappe.tests.utils import FrappeTestCase, change_settings
from frappe.utils import get_html_for_route

from onex_pilot.portal.login_page import name_the_student_number


def login_field(html: str) -> str:
	"""The login page's name field: its <input> tag."""
	start = html.index('id="login_email"')
	return html[start : html.index(">", start)]


class TestLoginPage(FrappeTestCase):
	def setUp(self):
		self.lang = frappe.local.lang
		self.request = getattr(frappe.local, "request", None)
		self.path = getattr(frappe.local, "path", None)
		frappe.set_user("Guest")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.lang = self.lang
		frappe.local.request = self.request
		frappe.local.path = self.path
		frappe.db.rollback()

	def test_the_login_field_asks_for_an_email_or_a_student_number(self):
		frappe.local.lang = "zh"
		html = get_html_for_route("login")
		self.assertIn('placeholder="电子邮件或学号"', login_field(html))
		self.assertIn(">电子邮件或学号</label>", html)
		self.assertNotIn("jane@example.com", html)

	@change_settings("System Settings", {"allow_login_using_user_name": 0})
	def test_without_login_by_user_name_the_field_is_frappes_own(self):
		frappe.local.lang = "en"
		html = get_html_for_route("login")
		self.assertIn("jane@example.com", login_field(html))
		self.assertNotIn("student number", html.lower())

	def test_other_pages_are_left_alone(self):
		frappe.local.path = "verify"
		self.assertIsNone(name_the_student_number(frappe._dict()))
