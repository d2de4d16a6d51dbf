import datetime

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, add_months, getdate, today

from onex_pilot.organisation.doctype.pilot_milestone.pilot_milestone import (
	flag_overdue_milestones,
	period_end,
)
from onex_pilot.organisation.exceptions import InvalidPeriodError
from onex_pilot.tests.factories.organisation import make_pilot_milestone


class TestPilotMilestone(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_due_date_is_the_last_day_of_the_period(self):
		self.assertEqual(period_end("2020-11"), datetime.date(2020, 11, 30))
		self.assertEqual(period_end("2024-02"), datetime.date(2024, 2, 29))
		self.assertEqual(period_end("2023-H1"), datetime.date(2023, 6, 30))
		self.assertEqual(period_end("2023-h2"), datetime.date(2023, 12, 31))
		self.assertEqual(make_pilot_milestone(period="2021-05").due_date, datetime.date(2021, 5, 31))

	def test_milestone_without_a_period_is_refused(self):
		description = "No period " + frappe.generate_hash(length=6)
		with self.assertRaises(InvalidPeriodError):
			make_pilot_milestone(period="", description=description)
		self.assertFalse(frappe.db.exists("Pilot Milestone", {"description": description}))

	def test_period_that_is_neither_month_nor_half_year_is_refused(self):
		for bad in ("2020-13", "2020-11-01", "2023-H3", "2023 H2", "H2-2023", "2020"):
			description = "Bad period " + frappe.generate_hash(length=6)
			with self.assertRaises(InvalidPeriodError, msg=bad):
				make_pilot_milestone(period=bad, description=description)
			self.assertFalse(frappe.db.exists("Pilot Milestone", {"description": description}))

	def test_open_milestone_past_its_due_date_is_overdue(self):
		last_month = getdate(add_months(today(), -1)).strftime("%Y-%m")
		late = make_pilot_milestone(period=last_month)
		done = make_pilot_milestone(period=last_month, status="Done")
		upcoming = make_pilot_milestone()
		self.assertEqual((late.is_overdue, done.is_overdue, upcoming.is_overdue), (1, 0, 0))
		self.assertTrue(done.completed_on)

	def test_daily_job_flags_milestones_that_fell_due(self):
		milestone = make_pilot_milestone()
		frappe.db.set_value("Pilot Milestone", milestone.name, "due_date", add_days(today(), -1))
		flag_overdue_milestones()
		self.assertEqual(frappe.db.get_value("Pilot Milestone", milestone.name, "is_overdue"), 1)

		frappe.db.set_value("Pilot Milestone", milestone.name, "status", "Done")
		flag_overdue_milestones()
		self.assertEqual(frappe.db.get_value("Pilot Milestone", milestone.name, "is_overdue"), 0)
