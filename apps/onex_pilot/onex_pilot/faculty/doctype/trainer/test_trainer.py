import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot import roles
from onex_pilot.faculty.exceptions import (
	DuplicateTrainerError,
	IncompleteExaminerQualificationError,
	InvalidQualificationPeriodError,
)
from onex_pilot.faculty.qualifications import (
	EXAMINER_QUALIFICATION,
	TRAINER_CERTIFICATE,
	expiring_qualifications,
	has_valid_examiner_qualification,
)
from onex_pilot.organisation.exceptions import LevelNotOfferedError
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.faculty import make_trainer
from onex_pilot.tests.factories.organisation import make_contact, make_skill_certificate, make_user


class TestTrainer(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_trainer_name_and_user_come_from_the_contact(self):
		user = make_user(roles=[roles.TRAINER])
		contact = make_contact(first_name="测试教师", user=user.name)
		trainer = make_trainer(contact=contact.name)
		self.assertEqual(trainer.trainer_name, contact.full_name)
		self.assertEqual(trainer.user, user.name)

	def test_examiner_qualification_is_valid_on_both_end_dates(self):
		certificate = make_skill_certificate().name
		start, end = add_days(today(), -10), add_days(today(), 20)
		trainer = make_trainer(
			examiner_for=[(certificate, INTERMEDIATE)], valid_from=start, valid_to=end
		).name

		self.assertTrue(has_valid_examiner_qualification(trainer, certificate, INTERMEDIATE, start))
		self.assertTrue(has_valid_examiner_qualification(trainer, certificate, INTERMEDIATE, end))
		self.assertFalse(
			has_valid_examiner_qualification(trainer, certificate, INTERMEDIATE, add_days(start, -1))
		)
		self.assertFalse(
			has_valid_examiner_qualification(trainer, certificate, INTERMEDIATE, add_days(end, 1))
		)

	def test_examiner_qualification_covers_only_its_certificate_and_level(self):
		certificate, other = make_skill_certificate().name, make_skill_certificate().name
		trainer = make_trainer(examiner_for=[(certificate, ELEMENTARY)]).name

		self.assertTrue(has_valid_examiner_qualification(trainer, certificate, ELEMENTARY, today()))
		self.assertFalse(has_valid_examiner_qualification(trainer, certificate, ADVANCED, today()))
		self.assertFalse(has_valid_examiner_qualification(trainer, other, ELEMENTARY, today()))
		self.assertFalse(
			has_valid_examiner_qualification(make_trainer().name, certificate, ELEMENTARY, today())
		)

	def test_trainer_certificate_does_not_qualify_an_examiner(self):
		certificate = make_skill_certificate().name
		trainer = make_trainer(
			qualifications=[
				{
					"qualification_type": TRAINER_CERTIFICATE,
					"skill_certificate": certificate,
					"level": ELEMENTARY,
					"valid_from": add_days(today(), -30),
					"valid_to": add_days(today(), 30),
				}
			]
		).name
		self.assertFalse(has_valid_examiner_qualification(trainer, certificate, ELEMENTARY, today()))

	def test_valid_to_before_valid_from_is_refused(self):
		contact = make_contact().name
		certificate = make_skill_certificate().name
		with self.assertRaises(InvalidQualificationPeriodError):
			make_trainer(
				contact=contact,
				examiner_for=[(certificate, ELEMENTARY)],
				valid_from=today(),
				valid_to=add_days(today(), -1),
			)
		self.assertFalse(frappe.db.exists("Trainer", {"contact": contact}))
		self.assertFalse(frappe.db.exists("Trainer Qualification", {"skill_certificate": certificate}))

	def test_examiner_qualification_without_level_is_refused(self):
		contact = make_contact().name
		certificate = make_skill_certificate().name
		with self.assertRaises(IncompleteExaminerQualificationError):
			make_trainer(
				contact=contact,
				qualifications=[
					{
						"qualification_type": EXAMINER_QUALIFICATION,
						"skill_certificate": certificate,
						"valid_from": today(),
						"valid_to": add_days(today(), 30),
					}
				],
			)
		self.assertFalse(frappe.db.exists("Trainer", {"contact": contact}))

	def test_examiner_qualification_for_a_level_the_certificate_lacks_is_refused(self):
		contact = make_contact().name
		certificate = make_skill_certificate(levels=[ELEMENTARY]).name
		with self.assertRaises(LevelNotOfferedError):
			make_trainer(contact=contact, examiner_for=[(certificate, ADVANCED)])
		self.assertFalse(frappe.db.exists("Trainer", {"contact": contact}))

	def test_second_trainer_for_the_same_contact_is_refused(self):
		first = make_trainer()
		with self.assertRaises(DuplicateTrainerError):
			make_trainer(contact=first.contact)
		self.assertEqual(frappe.db.count("Trainer", {"contact": first.contact}), 1)

	def test_second_trainer_for_the_same_user_is_refused(self):
		user = make_user(roles=[roles.TRAINER]).name
		make_trainer(user=user)
		other_contact = make_contact().name
		with self.assertRaises(DuplicateTrainerError):
			make_trainer(contact=other_contact, user=user)
		self.assertFalse(frappe.db.exists("Trainer", {"contact": other_contact}))
		self.assertEqual(frappe.db.count("Trainer", {"user": user}), 1)

	def test_expiring_qualifications_lists_those_ending_within_sixty_days(self):
		certificate = make_skill_certificate().name
		soon = make_trainer(examiner_for=[(certificate, ELEMENTARY)], valid_to=add_days(today(), 60)).name
		later = make_trainer(examiner_for=[(certificate, ELEMENTARY)], valid_to=add_days(today(), 61)).name
		expired = make_trainer(
			examiner_for=[(certificate, ELEMENTARY)],
			valid_from=add_days(today(), -100),
			valid_to=add_days(today(), -1),
		).name

		listed = {row.trainer for row in expiring_qualifications() if row.skill_certificate == certificate}
		self.assertEqual(listed, {soon})
		self.assertNotIn(later, listed)
		self.assertNotIn(expired, listed)


class TestTrainerAccess(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_trainer_reads_only_their_own_record(self):
		user = make_user(roles=[roles.TRAINER])
		own = make_trainer(user=user.name)
		other = make_trainer()

		frappe.set_user(user.name)
		self.assertEqual(frappe.get_list("Trainer", pluck="name"), [own.name])
		self.assertTrue(frappe.has_permission("Trainer", "read", own.name))
		self.assertFalse(frappe.has_permission("Trainer", "read", other.name))
		self.assertFalse(frappe.has_permission("Trainer", "write", own.name))

	def test_committee_member_reads_every_trainer(self):
		user = make_user(roles=[roles.COMMITTEE_MEMBER])
		trainers = {make_trainer().name, make_trainer().name}

		frappe.set_user(user.name)
		self.assertTrue(trainers <= set(frappe.get_list("Trainer", pluck="name")))
		self.assertFalse(frappe.has_permission("Trainer", "write", next(iter(trainers))))

	def test_student_cannot_read_trainers(self):
		trainer = make_trainer().name
		frappe.set_user(make_user(roles=[roles.STUDENT]).name)
		self.assertFalse(frappe.has_permission("Trainer", "read", trainer))
