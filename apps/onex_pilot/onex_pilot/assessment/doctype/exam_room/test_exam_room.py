import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.assessment.exceptions import InvalidRoomCapacityError
from onex_pilot.tests.factories.students import make_exam_room, make_exam_site


class TestExamRoom(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_room_is_named_after_its_site(self):
		site = make_exam_site().name
		room = make_exam_room(exam_site=site, room_name="Room 101", capacity=40)
		self.assertEqual(room.name, f"{site}-Room 101")

	def test_room_seating_no_one_is_refused(self):
		site = make_exam_site().name
		for capacity in (0, -5):
			with self.subTest(capacity=capacity), self.assertRaises(InvalidRoomCapacityError):
				make_exam_room(exam_site=site, room_name="Room 102", capacity=capacity)
			self.assertFalse(frappe.db.exists("Exam Room", {"exam_site": site}))
