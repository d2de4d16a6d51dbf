import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days

from onex_pilot.organisation.exceptions import DuplicateClassTeacherError
from onex_pilot.organisation.school_class import class_teacher_of, classes_taught_by
from onex_pilot.tests.factories.organisation import make_school_class, make_school_term, make_user

FUTURE_YEAR = 2191


def future_term(term: str, start: str, end: str):
	return make_school_term(
		academic_year=f"{FUTURE_YEAR}-{FUTURE_YEAR + 1}", term=term, start_date=start, end_date=end
	)


class TestSchoolClass(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_class_teacher_is_the_one_of_the_term_containing_the_date(self):
		first = future_term("1", f"{FUTURE_YEAR}-09-01", f"{FUTURE_YEAR + 1}-01-31")
		second = future_term("2", f"{FUTURE_YEAR + 1}-02-01", f"{FUTURE_YEAR + 1}-08-31")
		teacher_one, teacher_two = make_user().name, make_user().name
		school_class = make_school_class()
		school_class.append("class_teachers", {"school_term": first.name, "teacher": teacher_one})
		school_class.append("class_teachers", {"school_term": second.name, "teacher": teacher_two})
		school_class.save()

		self.assertEqual(class_teacher_of(school_class.name, f"{FUTURE_YEAR}-12-01"), teacher_one)
		self.assertEqual(class_teacher_of(school_class.name, second.start_date), teacher_two)
		self.assertIsNone(class_teacher_of(school_class.name, add_days(second.end_date, 1)))
		self.assertEqual(classes_taught_by(teacher_two, f"{FUTURE_YEAR + 1}-03-01"), [school_class.name])

	def test_two_teachers_for_one_term_are_refused(self):
		term = make_school_term()
		school_class = make_school_class(class_teacher=make_user().name)
		school_class.append("class_teachers", {"school_term": term.name, "teacher": make_user().name})
		with self.assertRaises(DuplicateClassTeacherError):
			school_class.save()
		self.assertEqual(
			frappe.db.count("School Class Teacher", {"parent": school_class.name}), 1, "nothing was saved"
		)
