import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.organisation.exceptions import (
	DuplicateSeatError,
	InvalidDateRangeError,
	OverlappingLeaderSeatError,
)
from onex_pilot.tests.factories.organisation import (
	make_contact,
	make_partner_organisation,
	make_pilot_committee,
	make_user,
)


def seat(role: str, start: int, end: int | None = None, contact: str | None = None) -> dict:
	return {
		"contact": contact or make_contact().name,
		"seat_role": role,
		"term_start": add_days(today(), start),
		"term_end": add_days(today(), end) if end is not None else None,
	}


class TestPilotCommittee(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_second_leader_with_overlapping_term_is_refused(self):
		committee = make_pilot_committee(seats=[seat("Leader", -300, 60)])
		committee.append("seats", seat("Leader", 30, 400))
		with self.assertRaises(OverlappingLeaderSeatError):
			committee.save()
		self.assertEqual(frappe.db.count("Pilot Committee Seat", {"parent": committee.name}), 1)

	def test_open_ended_chair_overlaps_any_later_chair(self):
		with self.assertRaises(OverlappingLeaderSeatError):
			make_pilot_committee(
				committee_type="Guidance Committee",
				seats=[seat("Chair", -300), seat("Chair", 500, 800)],
				committee_name="overlap-chair-test",
			)
		self.assertFalse(frappe.db.exists("Pilot Committee", "overlap-chair-test"))

	def test_leaders_one_after_another_are_accepted(self):
		committee = make_pilot_committee(
			seats=[seat("Leader", -300, -1), seat("Leader", 0), seat("Deputy Leader", -10)]
		)
		self.assertEqual(len(committee.seats), 3)

	def test_seat_that_ends_before_it_starts_is_refused(self):
		committee = make_pilot_committee(seats=[seat("Member", -10)])
		committee.append("seats", seat("Member", 10, 5))
		with self.assertRaises(InvalidDateRangeError):
			committee.save()
		self.assertEqual(frappe.db.count("Pilot Committee Seat", {"parent": committee.name}), 1)

	def test_one_person_cannot_hold_two_seats_at_once_in_one_committee(self):
		person = make_contact().name
		committee = make_pilot_committee(seats=[seat("Member", -10, contact=person)])
		committee.append("seats", seat("Deputy Leader", 0, contact=person))
		with self.assertRaises(DuplicateSeatError):
			committee.save()
		self.assertEqual(frappe.db.count("Pilot Committee Seat", {"parent": committee.name}), 1)

	def test_one_person_can_sit_in_several_committees(self):
		person = make_contact().name
		make_pilot_committee(seats=[seat("Member", -10, contact=person)])
		make_pilot_committee(committee_type="Guidance Committee", seats=[seat("Chair", -10, contact=person)])
		self.assertEqual(frappe.db.count("Pilot Committee Seat", {"contact": person}), 2)

	def test_seat_of_an_external_person_is_from_their_organisation(self):
		college = make_partner_organisation(kind="College")
		person = make_contact(partner_organisation=college.name).name
		school = make_partner_organisation(kind="School")
		staff = make_contact(partner_organisation=school.name, user=make_user().name).name
		committee = make_pilot_committee(
			seats=[seat("Member", -10, contact=person), seat("Member", -10, contact=staff)]
		)
		self.assertEqual(committee.seats[0].partner_organisation, college.name)
		self.assertFalse(
			committee.seats[1].partner_organisation, "staff (with a User) sit as internal members"
		)
