"""The portal page /my-credits shows the logged-in student's own credits, and no one else's."""

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import set_request
from frappe.website.serve import get_response, get_response_content
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.tests.factories import make_other_learning


class TestMyCreditsPage(FrappeTestCase):
	def setUp(self):
		self.student = make_student()
		self.own = make_other_learning(self.student.name, credits=2.5, learning_title="示例技能竞赛一等奖")
		make_other_learning(self.student.name, credits=1, learning_title="示例线上课程").cancel()
		self.foreign = make_other_learning(make_student().name, credits=4, learning_title="别人的学习成果")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def render(self, user: str) -> str:
		frappe.set_user(user)
		set_request(method="GET", path="/my-credits")
		return get_response_content("/my-credits")

	def test_the_student_sees_their_own_credits_and_net_total(self):
		content = self.render(self.student.user)
		self.assertIn("示例技能竞赛一等奖", content)
		self.assertIn("示例线上课程", content)
		self.assertNotIn("别人的学习成果", content)
		net = content.split('class="my-credits-net">', 1)[1].split("<", 1)[0]
		self.assertEqual(float(net), 2.5)

	def test_a_user_who_is_no_student_sees_no_credits(self):
		content = self.render("Administrator")
		self.assertNotIn("示例技能竞赛一等奖", content)
		self.assertIn("not linked to a student record", content)

	def test_a_guest_is_sent_to_the_login(self):
		frappe.set_user("Guest")
		set_request(method="GET", path="/my-credits")
		response = get_response("/my-credits")
		self.assertEqual(response.status_code, 302)
		self.assertIn("/login", response.headers["Location"])

	def test_the_portal_menu_offers_my_credits_to_students(self):
		from frappe.website.utils import get_portal_sidebar_items

		frappe.set_user(self.student.user)
		frappe.cache.hdel("portal_menu_items", self.student.user)
		self.assertIn("/my-credits", [item.get("route") for item in get_portal_sidebar_items()])
