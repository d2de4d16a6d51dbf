import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import today
from frappe.website.serve import get_response

from onex_pilot.tests.factories.organisation import make_policy_notice


class TestPolicyNotice(FrappeTestCase):
	def setUp(self):
		self.previous_lang, frappe.local.lang = frappe.local.lang, "zh"

	def tearDown(self):
		frappe.local.lang = self.previous_lang
		frappe.set_user("Administrator")
		if hasattr(frappe.local, "request"):
			delattr(frappe.local, "request")
		frappe.db.rollback()

	def as_guest(self, path: str):
		frappe.set_user("Guest")
		response = get_response(path)
		frappe.set_user("Administrator")
		return response

	def test_published_notice_gets_a_route_under_notices_and_a_date(self):
		notice = make_policy_notice()
		self.assertEqual(notice.route, "notices/" + notice.name.lower())
		self.assertEqual(str(notice.published_on), today())

	def test_guest_reads_the_list_and_each_published_notice(self):
		published = make_policy_notice(title="关于开展1+X证书试点的通知 " + frappe.generate_hash(length=4))
		draft = make_policy_notice(published=0, title="Draft " + frappe.generate_hash(length=4))

		listing = self.as_guest("/notices")
		self.assertEqual(listing.status_code, 200)
		html = listing.get_data(as_text=True)
		self.assertIn(published.title, html)
		self.assertNotIn(draft.title, html)
		self.assertIn("政策发布", html, "the page speaks Chinese")

		page = self.as_guest("/" + published.route)
		self.assertEqual(page.status_code, 200)
		self.assertIn("Notice text", page.get_data(as_text=True))

	def test_unpublished_notice_is_not_served(self):
		draft = make_policy_notice(published=0)
		draft.db_set("route", "notices/" + draft.name.lower())
		self.assertEqual(self.as_guest("/" + draft.route).status_code, 404)

	def test_guests_have_no_access_to_the_doctype_itself(self):
		notice = make_policy_notice()
		frappe.set_user("Guest")
		self.assertFalse(frappe.has_permission("Policy Notice", "read", doc=notice.name))
