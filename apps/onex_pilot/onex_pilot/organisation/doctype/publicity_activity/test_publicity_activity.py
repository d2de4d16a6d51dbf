import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.tests.factories.organisation import make_publicity_activity, make_school_class, make_user


class TestPublicityActivity(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_class_teacher_of_the_term_is_filled_in(self):
		teacher = make_user().name
		activity = make_publicity_activity(school_class=make_school_class(class_teacher=teacher).name)
		self.assertEqual(activity.class_teacher, teacher)

	def test_class_teacher_given_is_kept(self):
		substitute = make_user().name
		school_class = make_school_class(class_teacher=make_user().name)
		activity = make_publicity_activity(school_class=school_class.name, class_teacher=substitute)
		self.assertEqual(activity.class_teacher, substitute)
