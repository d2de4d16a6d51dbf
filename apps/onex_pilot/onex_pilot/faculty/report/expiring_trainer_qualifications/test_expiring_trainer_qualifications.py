import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot import roles
from onex_pilot.faculty.qualifications import expiring_qualification_count
from onex_pilot.faculty.report.expiring_trainer_qualifications.expiring_trainer_qualifications import execute
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.faculty import make_trainer
from onex_pilot.tests.factories.organisation import make_skill_certificate, make_user


class TestExpiringTrainerQualifications(FrappeTestCase):
	def setUp(self):
		self.certificate = make_skill_certificate().name
		self.soon = make_trainer(
			examiner_for=[(self.certificate, ELEMENTARY)], valid_to=add_days(today(), 10)
		).name
		self.later = make_trainer(
			examiner_for=[(self.certificate, ELEMENTARY)], valid_to=add_days(today(), 90)
		).name

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_report_shows_days_left_within_the_chosen_window(self):
		_columns, data = execute({"days": 60})
		rows = {row.trainer: row for row in data if row.skill_certificate == self.certificate}
		self.assertEqual(set(rows), {self.soon})
		self.assertEqual(rows[self.soon].days_left, 10)

		_columns, data = execute({"days": 120})
		self.assertEqual(
			{row.trainer for row in data if row.skill_certificate == self.certificate},
			{self.soon, self.later},
		)

	def test_number_card_counts_what_the_user_may_see(self):
		everyone = expiring_qualification_count()["value"]
		self.assertGreaterEqual(everyone, 1)

		user = make_user(roles=[roles.TRAINER]).name
		own = make_trainer(
			user=user, examiner_for=[(self.certificate, ELEMENTARY)], valid_to=add_days(today(), 5)
		).name
		self.assertEqual(expiring_qualification_count()["value"], everyone + 1)

		frappe.set_user(user)
		self.assertEqual(expiring_qualification_count()["value"], 1, own)

	def test_number_card_is_shipped_on_the_faculty_workspace(self):
		card = frappe.get_doc("Number Card", "Qualifications Expiring Soon")
		self.assertEqual(card.method, "onex_pilot.faculty.qualifications.expiring_qualification_count")
		workspace = frappe.get_doc("Workspace", "Faculty")
		self.assertIn(card.name, [row.number_card_name for row in workspace.number_cards])
