import frappe
from frappe.desk.desktop import get_workspace_sidebar_items
from frappe.tests.utils import FrappeTestCase

from onex_pilot.roles import PILOT_STAFF_PROFILE, TRAINER

FRAPPE_WORKSPACES = {"Build", "Users", "Tools", "Website", "Integrations"}


class TestStaffDesk(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def make_trainer(self, **fields):
		return frappe.get_doc(
			{
				"doctype": "User",
				"email": f"trainer-{frappe.generate_hash(length=6)}@example.com",
				"first_name": "Trainer",
				"roles": [{"role": TRAINER}],
				**fields,
			}
		).insert(ignore_permissions=True)

	def sidebar_of(self, user) -> set:
		frappe.set_user(user.name)
		try:
			return {page["name"] for page in get_workspace_sidebar_items()["pages"]}
		finally:
			frappe.set_user("Administrator")

	def test_the_pilot_staff_profile_leaves_only_the_pilots_workspaces(self):
		plain = self.make_trainer()
		self.assertTrue(FRAPPE_WORKSPACES & self.sidebar_of(plain), "Frappe shows its own workspaces")

		staff = self.make_trainer(module_profile=PILOT_STAFF_PROFILE)
		pages = self.sidebar_of(staff)
		self.assertIn("Teaching and Assessment", pages)
		self.assertFalse(FRAPPE_WORKSPACES & pages, pages)

	def test_demo_staff_get_the_profile_and_system_managers_keep_the_whole_desk(self):
		from onex_pilot.demo.users import give_staff_the_pilot_desk

		trainer = self.make_trainer(email=f"t-{frappe.generate_hash(length=6)}@pilot.example")
		manager = self.make_trainer(
			email=f"m-{frappe.generate_hash(length=6)}@pilot.example",
			roles=[{"role": TRAINER}, {"role": "System Manager"}],
		)
		elsewhere = self.make_trainer()
		give_staff_the_pilot_desk()
		profile = {
			u.name: frappe.db.get_value("User", u.name, "module_profile")
			for u in (trainer, manager, elsewhere)
		}
		self.assertEqual(
			profile, {trainer.name: PILOT_STAFF_PROFILE, manager.name: None, elsewhere.name: None}
		)
