import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.organisation.exceptions import MissingAttendeeError
from onex_pilot.tests.factories.organisation import (
	make_committee_meeting,
	make_committee_member,
	make_contact,
	make_pilot_committee,
)


class TestCommitteeMeeting(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_overdue_follow_ups_are_the_open_ones_past_their_due_date(self):
		meeting = make_committee_meeting(
			follow_ups=[
				{"action": "Late", "due_date": add_days(today(), -1)},
				{"action": "Late but done", "due_date": add_days(today(), -5), "status": "Done"},
				{"action": "Not yet due", "due_date": add_days(today(), 3)},
			]
		)
		self.assertEqual([row.action for row in meeting.overdue_follow_ups()], ["Late"])
		self.assertEqual(meeting.open_follow_ups, 2)

	def test_attendee_row_without_person_or_name_is_refused(self):
		meeting = make_committee_meeting()
		meeting.append("attendees", {"attendee_type": "Guest", "affiliation": "Harbin"})
		with self.assertRaises(MissingAttendeeError):
			meeting.save()
		self.assertEqual(frappe.db.count("Committee Meeting Attendee", {"parent": meeting.name}), 0)

	def test_guest_named_without_contact_is_accepted(self):
		meeting = make_committee_meeting()
		meeting.append("attendees", {"attendee_type": "Guest", "attendee_name": "Guest Speaker"})
		meeting.append("attendees", {"contact": make_contact(first_name="Member One").name})
		meeting.save()
		self.assertEqual([row.attendee_name for row in meeting.attendees], ["Guest Speaker", "Member One"])

	def test_committee_member_changes_meetings_of_their_own_committee(self):
		user, committee = make_committee_member()
		own = make_committee_meeting(committee=committee)

		frappe.set_user(user.name)
		own.reload()
		own.minutes = "<p>Minutes written by a member</p>"
		own.save()
		created = frappe.get_doc(
			{
				"doctype": "Committee Meeting",
				"committee": committee,
				"subject": "Own",
				"meeting_date": today(),
			}
		).insert()
		frappe.set_user("Administrator")

		self.assertIn("Minutes written", frappe.db.get_value("Committee Meeting", own.name, "minutes"))
		self.assertTrue(frappe.db.exists("Committee Meeting", created.name))

	def test_committee_member_reads_but_cannot_change_another_committees_meeting(self):
		user, _own = make_committee_member()
		other = make_committee_meeting(
			committee=make_pilot_committee(committee_type="Guidance Committee").name
		)

		frappe.set_user(user.name)
		new = frappe.get_doc(
			{
				"doctype": "Committee Meeting",
				"committee": other.committee,
				"subject": "X",
				"meeting_date": today(),
			}
		)
		with self.assertRaises(frappe.PermissionError):
			new.insert()
		self.assertTrue(frappe.has_permission("Committee Meeting", "read", doc=other.name))
		self.assertFalse(frappe.has_permission("Committee Meeting", "write", doc=other.name))
		doc = frappe.get_doc("Committee Meeting", other.name)
		doc.minutes = "<p>Not allowed</p>"
		with self.assertRaises(frappe.PermissionError):
			doc.save()
		frappe.set_user("Administrator")
		self.assertFalse(frappe.db.get_value("Committee Meeting", other.name, "minutes"))
		self.assertFalse(
			frappe.db.exists("Committee Meeting", {"subject": "X", "committee": other.committee})
		)

	def test_committee_member_cannot_move_a_meeting_into_their_committee(self):
		user, own = make_committee_member()
		other = make_committee_meeting(committee=make_pilot_committee().name)

		frappe.set_user(user.name)
		doc = frappe.get_doc("Committee Meeting", other.name)
		doc.committee = own
		with self.assertRaises(frappe.PermissionError):
			doc.save()
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Committee Meeting", other.name, "committee"), other.committee)

	def test_former_member_no_longer_changes_the_committees_meetings(self):
		user, committee = make_committee_member()
		doc = frappe.get_doc("Pilot Committee", committee)
		doc.seats[0].term_end = add_days(today(), -1)
		doc.seats[0].term_start = add_days(today(), -60)
		doc.save()
		meeting = make_committee_meeting(committee=committee)

		frappe.set_user(user.name)
		self.assertFalse(frappe.has_permission("Committee Meeting", "write", doc=meeting.name))
