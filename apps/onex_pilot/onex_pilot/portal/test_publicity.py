import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal.publicity import publicity_lists
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan
from onex_pilot.tests.factories.students import make_student


class TestResultsPublicity(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_plan_in_publicity_lists_masked_names_class_level_and_outcome_only(self):
		student = make_student(student_name="赵一鸣", with_user=False)
		make_fee_waiver(student=student.name)
		plan = make_plan(state="Results in Publicity", students=[student.name])
		listed = {row.name: row for row in publicity_lists()}
		self.assertIn(plan.name, listed)
		self.assertEqual(
			listed[plan.name].rows,
			[
				{
					"holder": "赵*鸣",
					"school_class": student.school_class,
					"level": plan.level,
					"outcome": "Pass",
				}
			],
		)

	def test_plans_before_publicity_and_after_it_are_not_listed(self):
		held = make_plan(state="Held", students=[make_student(with_user=False).name])
		final = make_plan(state="Results Final", students=[make_student(with_user=False).name])
		listed = {row.name for row in publicity_lists()}
		self.assertNotIn(held.name, listed)
		self.assertNotIn(final.name, listed)
