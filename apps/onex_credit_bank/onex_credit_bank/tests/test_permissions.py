"""Who sees which credit bank rows: a student their own only, a class teacher their classes'
students this term, the Credit Bank Officer everyone; nobody cancels or deletes a credit."""

import frappe
from frappe.tests.utils import FrappeTestCase
from onex_pilot.roles import CLASS_TEACHER, DOMAIN_LEAD
from onex_pilot.tests.factories.organisation import make_school_class, make_user
from onex_pilot.tests.factories.students import make_student

from onex_credit_bank.roles import CREDIT_BANK_OFFICER
from onex_credit_bank.tests.factories import credit_records, make_course_result, make_other_learning

CREDIT_RECORD = "Credit Record"


def user_of(student: str) -> str:
	return frappe.db.get_value("Pilot Student", student, "user")


class TestCreditBankPermissions(FrappeTestCase):
	def setUp(self):
		self.teacher = make_user(roles=(CLASS_TEACHER,)).name
		own_class = make_school_class(class_teacher=self.teacher).name
		self.mine = make_student(school_class=own_class).name
		self.other = make_student().name
		self.my_credit = credit_records(make_other_learning(self.mine).name)[0].name
		self.other_credit = credit_records(make_other_learning(self.other).name)[0].name
		self.my_result = make_course_result(self.mine).name
		self.other_result = make_course_result(self.other).name

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def visible(self, user: str, doctype: str = CREDIT_RECORD) -> set[str]:
		frappe.set_user(user)
		names = set(
			frappe.get_list(doctype, filters={"student": ("in", [self.mine, self.other])}, pluck="name")
		)
		frappe.set_user("Administrator")
		return names

	def may(self, user: str, name: str, ptype: str = "read", doctype: str = CREDIT_RECORD) -> bool:
		return frappe.has_permission(doctype, ptype, doc=frappe.get_doc(doctype, name), user=user)

	def test_a_student_reads_only_their_own_credit_records(self):
		student_user = user_of(self.mine)
		own = {self.my_credit, *(row.name for row in credit_records(self.my_result))}
		self.assertEqual(len(own), 2)
		self.assertEqual(self.visible(student_user), own)
		self.assertTrue(self.may(student_user, self.my_credit))
		self.assertFalse(self.may(student_user, self.other_credit))

	def test_a_student_cannot_create_or_write_credit_records(self):
		student_user = user_of(self.mine)
		self.assertFalse(self.may(student_user, self.my_credit, "write"))
		self.assertFalse(frappe.has_permission(CREDIT_RECORD, "create", user=student_user))

	def test_a_class_teacher_sees_the_credits_and_results_of_their_own_students(self):
		self.assertTrue(self.may(self.teacher, self.my_credit))
		self.assertFalse(self.may(self.teacher, self.other_credit))
		self.assertFalse(self.may(self.teacher, self.my_credit, "write"))
		self.assertIn(self.my_credit, self.visible(self.teacher))
		self.assertNotIn(self.other_credit, self.visible(self.teacher))
		self.assertEqual(self.visible(self.teacher, "Course Result"), {self.my_result})
		self.assertFalse(self.may(self.teacher, self.other_result, doctype="Course Result"))

	def test_the_credit_bank_officer_sees_and_records_for_everyone_but_cancels_nothing(self):
		officer = make_user(roles=(CREDIT_BANK_OFFICER,)).name
		self.assertTrue({self.my_credit, self.other_credit} <= self.visible(officer))
		self.assertTrue(frappe.has_permission(CREDIT_RECORD, "create", user=officer))
		self.assertTrue(self.may(officer, self.other_credit, "submit"))
		for ptype in ("cancel", "delete"):
			self.assertFalse(self.may(officer, self.other_credit, ptype), ptype)

	def test_a_domain_lead_reads_mappings_but_no_student_credits(self):
		lead = make_user(roles=(DOMAIN_LEAD,)).name
		self.assertFalse(frappe.has_permission(CREDIT_RECORD, "read", user=lead))
		self.assertTrue(frappe.has_permission("Course Certificate Mapping", "read", user=lead))
		self.assertFalse(frappe.has_permission("Course Certificate Mapping", "write", user=lead))


class TestCreditBankWorkspace(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_the_credit_bank_officer_lands_on_the_credit_bank(self):
		from frappe.desk.desktop import get_workspace_sidebar_items

		frappe.set_user(make_user(roles=[CREDIT_BANK_OFFICER]).name)
		pages = [page.name for page in get_workspace_sidebar_items()["pages"]]
		self.assertEqual(pages[0], "Credit Bank", pages)
