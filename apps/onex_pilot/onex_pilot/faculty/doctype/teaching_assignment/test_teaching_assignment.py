import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.faculty.exceptions import DuplicateTeachingAssignmentError
from onex_pilot.faculty.teaching import teaching_conflicts
from onex_pilot.tests.factories.faculty import make_teaching_assignment, make_trainer
from onex_pilot.tests.factories.organisation import (
	make_pilot_domain,
	make_school_class,
	make_school_term,
	make_user,
)


class TestTeachingAssignment(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_second_assignment_for_same_trainer_class_domain_and_term_is_refused(self):
		first = make_teaching_assignment(planned_hours=32)
		key = {
			"trainer": first.trainer,
			"school_class": first.school_class,
			"pilot_domain": first.pilot_domain,
			"school_term": first.school_term,
		}
		with self.assertRaises(DuplicateTeachingAssignmentError):
			make_teaching_assignment(**key, planned_hours=16)
		self.assertEqual(frappe.db.count("Teaching Assignment", key), 1)

	def test_same_trainer_may_teach_another_class_in_the_same_term(self):
		first = make_teaching_assignment()
		second = make_teaching_assignment(
			trainer=first.trainer, pilot_domain=first.pilot_domain, school_term=first.school_term
		)
		self.assertNotEqual(first.school_class, second.school_class)

	def test_negative_hours_are_refused(self):
		trainer = make_trainer().name
		with self.assertRaises(frappe.exceptions.NonNegativeError):
			make_teaching_assignment(trainer=trainer, delivered_hours=-2)
		self.assertFalse(frappe.db.exists("Teaching Assignment", {"trainer": trainer}))

	def test_teaching_conflicts_names_the_trainer_who_teaches_the_class(self):
		term = make_school_term().name
		domain = make_pilot_domain().name
		taught, other_class = make_school_class().name, make_school_class().name
		teacher, outsider = make_trainer().name, make_trainer().name
		assignment = make_teaching_assignment(
			trainer=teacher, pilot_domain=domain, school_class=taught, school_term=term
		)

		conflicts = teaching_conflicts([teacher, outsider], domain, term, [taught, other_class])
		self.assertEqual([c.name for c in conflicts], [assignment.name])
		self.assertEqual((conflicts[0].trainer, conflicts[0].school_class), (teacher, taught))

		self.assertEqual(teaching_conflicts([outsider], domain, term, [taught]), [])
		self.assertEqual(teaching_conflicts([teacher], domain, term, [other_class]), [])
		self.assertEqual(teaching_conflicts([teacher], make_pilot_domain().name, term, [taught]), [])
		self.assertEqual(teaching_conflicts([], domain, term, [taught]), [])

	def test_trainer_reads_only_their_own_assignments(self):
		user = make_user(roles=[roles.TRAINER])
		own = make_teaching_assignment(trainer=make_trainer(user=user.name).name)
		other = make_teaching_assignment()

		frappe.set_user(user.name)
		self.assertEqual(frappe.get_list("Teaching Assignment", pluck="name"), [own.name])
		self.assertFalse(frappe.has_permission("Teaching Assignment", "read", other.name))
