import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, add_months, date_diff, getdate, today

from onex_pilot import roles
from onex_pilot.organisation.doctype.pilot_milestone.pilot_milestone import period_end
from onex_pilot.organisation.report.milestone_progress.milestone_progress import (
	FOLLOW_UP,
	MILESTONE,
	execute,
)
from onex_pilot.tests.factories.organisation import (
	make_committee_meeting,
	make_committee_member,
	make_pilot_committee,
	make_pilot_milestone,
	make_user,
)


def month(months_from_now: int) -> str:
	return getdate(add_months(today(), months_from_now)).strftime("%Y-%m")


class TestMilestoneProgress(FrappeTestCase):
	"""Milestones: one open and past due (overdue), one open and due later, one done late.
	A meeting's follow-ups: one open and past due, one open and due in 30 days, one done and one
	cancelled (neither listed)."""

	def setUp(self):
		self.late = make_pilot_milestone(period=month(-2)).name
		self.later = make_pilot_milestone(period=month(2)).name
		self.done = make_pilot_milestone(period=month(-3), status="Done").name
		self.committee = make_pilot_committee().name
		self.meeting = make_committee_meeting(
			committee=self.committee,
			follow_ups=[
				{"action": "Send the minutes", "due_date": add_days(today(), -4)},
				{"action": "Invite the airline", "due_date": add_days(today(), 30)},
				{"action": "Book a room", "status": "Done"},
				{"action": "Visit the base", "status": "Cancelled"},
			],
		).name
		self.milestones = {self.late, self.later, self.done}

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def mine(self, **filters):
		_columns, data, _message, _chart, summary = execute(filters)
		rows = [r for r in data if r.reference in self.milestones or r.reference == self.meeting]
		return rows, summary

	def test_schedule_and_open_follow_ups_with_overdue_flags(self):
		rows, _summary = self.mine()
		listed = {(r.kind, r.reference, r.description if r.kind == FOLLOW_UP else None): r for r in rows}
		late = listed[(MILESTONE, self.late, None)]
		overdue_action = listed[(FOLLOW_UP, self.meeting, "Send the minutes")]

		self.assertEqual(len(rows), 5)  # three milestones, two open actions
		self.assertEqual(
			{(r.reference, r.overdue) for r in rows if r.kind == MILESTONE},
			{(self.late, 1), (self.later, 0), (self.done, 0)},
		)
		self.assertEqual(late.days_overdue, date_diff(today(), period_end(month(-2))))
		self.assertEqual((overdue_action.overdue, overdue_action.days_overdue), (1, 4))
		self.assertEqual(listed[(FOLLOW_UP, self.meeting, "Invite the airline")].overdue, 0)
		self.assertEqual(overdue_action.committee, self.committee)

	def test_rows_are_in_due_date_order(self):
		rows, _summary = self.mine()
		dates = [getdate(r.due_date) for r in rows]
		self.assertEqual(dates, sorted(dates))

	def test_overdue_only(self):
		rows, _summary = self.mine(overdue_only=1)
		self.assertEqual(
			{(r.kind, r.reference) for r in rows}, {(MILESTONE, self.late), (FOLLOW_UP, self.meeting)}
		)

	def test_committee_filter_lists_its_follow_ups_and_counts_them(self):
		rows, summary = self.mine(committee=self.committee)
		self.assertEqual([r.kind for r in rows], [FOLLOW_UP, FOLLOW_UP])
		values = {item["label"]: item["value"] for item in summary}
		self.assertEqual(
			(values["Milestones"], values["Open Follow-up Actions"], values["Overdue Follow-up Actions"]),
			(0, 2, 1),
		)

	def test_show_milestones_only(self):
		rows, _summary = self.mine(show="Milestones")
		self.assertEqual({r.reference for r in rows}, self.milestones)

	def test_follow_ups_only_for_readers_of_meetings(self):
		lead = make_user(roles=(roles.DOMAIN_LEAD,)).name  # reads milestones, not meetings
		member, _committee = make_committee_member()

		frappe.set_user(lead)
		rows, _summary = self.mine()
		self.assertEqual({r.kind for r in rows}, {MILESTONE})

		frappe.set_user(member.name)
		rows, _summary = self.mine()
		self.assertEqual({r.kind for r in rows}, {MILESTONE, FOLLOW_UP})
