import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, getdate

from onex_pilot import roles
from onex_pilot.faculty.exceptions import (
	AbsentAttendeeCreditError,
	DuplicateAttendeeError,
	ExcessCreditedHoursError,
	InvalidOrganiserError,
	InvalidSessionHoursError,
	MissingSessionDaysError,
	SessionOutsideTermError,
)
from onex_pilot.tests.factories.faculty import make_trainer, make_training_session
from onex_pilot.tests.factories.organisation import make_partner_organisation, make_school_term, make_user


class TestTrainerTrainingSession(FrappeTestCase):
	def setUp(self):
		self.term = make_school_term()
		self.title = "Session " + frappe.generate_hash(length=6)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def assert_not_saved(self):
		self.assertFalse(frappe.db.exists("Trainer Training Session", {"session_title": self.title}))

	def test_present_attendee_without_hours_is_credited_the_whole_session(self):
		present, partial, absent = make_trainer().name, make_trainer().name, make_trainer().name
		session = make_training_session(
			hours=6,
			attendees=[
				present,
				{"trainer": partial, "present": 1, "hours_credited": 2.5, "feedback": "Useful"},
				{"trainer": absent, "present": 0},
			],
		)
		stored = frappe.get_all(
			"Trainer Training Session Attendee",
			filters={"parent": session.name},
			fields=["trainer", "hours_credited"],
		)
		credited = {row.trainer: row.hours_credited for row in stored}
		self.assertEqual(credited, {present: 6, partial: 2.5, absent: 0})

	def test_first_and_last_day_come_from_the_days(self):
		start = getdate(self.term.start_date)
		session = make_training_session(days=[add_days(start, 3), start, add_days(start, 1)])
		self.assertEqual((getdate(session.first_day), getdate(session.last_day)), (start, add_days(start, 3)))

	def test_credited_hours_above_the_session_hours_are_refused(self):
		trainer = make_trainer().name
		with self.assertRaises(ExcessCreditedHoursError):
			make_training_session(
				session_title=self.title,
				hours=4,
				attendees=[{"trainer": trainer, "present": 1, "hours_credited": 4.5}],
			)
		self.assert_not_saved()

	def test_same_trainer_twice_is_refused(self):
		trainer = make_trainer().name
		with self.assertRaises(DuplicateAttendeeError):
			make_training_session(session_title=self.title, attendees=[trainer, trainer])
		self.assert_not_saved()

	def test_absent_attendee_gets_no_hours(self):
		trainer = make_trainer().name
		with self.assertRaises(AbsentAttendeeCreditError):
			make_training_session(
				session_title=self.title, attendees=[{"trainer": trainer, "present": 0, "hours_credited": 2}]
			)
		self.assert_not_saved()

	def test_absent_attendee_leaves_no_feedback(self):
		trainer = make_trainer().name
		with self.assertRaises(AbsentAttendeeCreditError):
			make_training_session(
				session_title=self.title, attendees=[{"trainer": trainer, "present": 0, "feedback": "Great"}]
			)
		self.assert_not_saved()

	def test_day_after_the_term_is_refused(self):
		with self.assertRaises(SessionOutsideTermError):
			make_training_session(
				session_title=self.title,
				school_term=self.term.name,
				days=[self.term.start_date, add_days(self.term.end_date, 1)],
			)
		self.assert_not_saved()

	def test_day_before_the_term_is_refused(self):
		with self.assertRaises(SessionOutsideTermError):
			make_training_session(
				session_title=self.title,
				school_term=self.term.name,
				days=[add_days(self.term.start_date, -1)],
			)
		self.assert_not_saved()

	def test_session_without_days_is_refused(self):
		with self.assertRaises(MissingSessionDaysError):
			make_training_session(session_title=self.title, days=[])
		self.assert_not_saved()

	def test_session_without_hours_is_refused(self):
		with self.assertRaises(InvalidSessionHoursError):
			make_training_session(session_title=self.title, hours=0)
		self.assert_not_saved()

	def test_organiser_must_be_the_school_or_an_evaluation_organisation(self):
		company = make_partner_organisation(kind="Company").name
		with self.assertRaises(InvalidOrganiserError):
			make_training_session(session_title=self.title, organiser=company)
		self.assert_not_saved()

		school = make_partner_organisation(kind="School").name
		evaluator = make_partner_organisation(kind="Company", is_evaluation_organisation=1).name
		self.assertEqual(make_training_session(organiser=school).organiser, school)
		self.assertEqual(make_training_session(organiser=evaluator).organiser, evaluator)

	def test_trainer_reads_only_sessions_they_attend(self):
		user = make_user(roles=[roles.TRAINER])
		trainer = make_trainer(user=user.name).name
		attended = make_training_session(attendees=[trainer]).name
		other = make_training_session(attendees=[make_trainer().name]).name

		frappe.set_user(user.name)
		self.assertEqual(frappe.get_list("Trainer Training Session", pluck="name"), [attended])
		self.assertTrue(frappe.has_permission("Trainer Training Session", "read", attended))
		self.assertFalse(frappe.has_permission("Trainer Training Session", "read", other))
