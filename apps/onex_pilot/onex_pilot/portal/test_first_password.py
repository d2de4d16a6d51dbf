import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import today

from onex_pilot.portal.first_password import is_open, must_set_password
from onex_pilot.tests.factories.students import make_student


class TestFirstPassword(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_a_new_student_login_must_set_its_own_password_first(self):
		student = make_student(own_password=False)
		self.assertTrue(must_set_password(student.user))
		frappe.db.set_value("User", student.user, "last_password_reset_date", today())
		self.assertFalse(must_set_password(student.user))

	def test_a_password_staff_set_for_a_student_must_be_replaced_again(self):
		student = make_student(own_password=True)
		self.assertFalse(must_set_password(student.user))
		user = frappe.get_doc("User", student.user)
		user.new_password = "Forgotten#Reset-2026"
		user.save(ignore_permissions=True)
		self.assertTrue(must_set_password(student.user))

	def test_a_student_changing_their_own_password_stays_free(self):
		student = make_student(own_password=True)
		frappe.set_user(student.user)
		try:
			user = frappe.get_doc("User", student.user)
			user.new_password = "My-Own#Choice-2026"
			user.save(ignore_permissions=True)
		finally:
			frappe.set_user("Administrator")
		self.assertFalse(must_set_password(student.user))

	def test_staff_and_standard_users_are_not_held(self):
		self.assertFalse(must_set_password("Administrator"))
		self.assertFalse(must_set_password("Guest"))
		staff = frappe.get_doc(
			{
				"doctype": "User",
				"email": f"staff-{frappe.generate_hash(length=6)}@example.com",
				"first_name": "Staff",
				"roles": [{"role": "Assessment Officer"}],
			}
		).insert(ignore_permissions=True)
		self.assertFalse(must_set_password(staff.name))

	def test_only_the_set_password_page_and_its_methods_stay_open(self):
		for path in ("/update-password", "/assets/frappe/js/x.js", "/api/method/logout"):
			self.assertTrue(is_open(path, None), path)
		self.assertTrue(is_open("/", "frappe.core.doctype.user.user.update_password"))
		for path in (
			"/student/assessments",
			"/me",
			"/app",
			"/api/resource/Skill Assessment Registration",
			"/api/method/onex_pilot.portal.api.register",
			"/private/files/evidence.png",
		):
			self.assertFalse(is_open(path, None), path)
		self.assertFalse(is_open("/", "onex_pilot.portal.api.register"))
