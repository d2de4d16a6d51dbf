import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.organisation.report.overdue_follow_ups.overdue_follow_ups import execute
from onex_pilot.tests.factories.organisation import make_committee_meeting


class TestOverdueFollowUps(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_lists_open_actions_past_their_due_date_only(self):
		meeting = make_committee_meeting(
			follow_ups=[
				{"action": "Late", "due_date": add_days(today(), -4)},
				{"action": "Late but done", "due_date": add_days(today(), -4), "status": "Done"},
				{"action": "Not yet due", "due_date": add_days(today(), 2)},
			]
		)
		_columns, data = execute({"committee": meeting.committee})
		self.assertEqual([(row.action, row.days_overdue) for row in data], [("Late", 4)])

		_columns, later = execute({"committee": meeting.committee, "as_of": add_days(today(), 3)})
		self.assertEqual([row.action for row in later], ["Late", "Not yet due"])
