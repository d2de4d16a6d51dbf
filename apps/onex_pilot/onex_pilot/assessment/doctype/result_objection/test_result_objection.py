import frappe
from frappe.model.workflow import apply_workflow
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.assessment.doctype.result_objection.result_objection import lodge
from onex_pilot.assessment.exceptions import (
	NotAStudentError,
	NotOwnResultError,
	ObjectionLockedError,
	ObjectionWindowError,
	OpenObjectionError,
	ResolutionMissingError,
)
from onex_pilot.assessment.workflow_names import FINALISE_RESULTS, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.tests.factories.assessment import end_publicity, make_plan, result_of
from onex_pilot.tests.factories.organisation import make_user
from onex_pilot.tests.factories.students import make_student

OBJECTION = "Result Objection"
PLAN = "Skill Assessment Plan"


class TestResultObjection(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def published(self, count=1):
		students = [make_student() for _i in range(count)]
		plan = make_plan(state=RESULTS_IN_PUBLICITY, students=[s.name for s in students])
		return plan, students

	def assert_no_objection(self, plan):
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count(OBJECTION, {"plan": plan.name}), 0)

	def test_student_objects_to_their_own_result(self):
		plan, (student,) = self.published()
		frappe.set_user(student.user)

		name = lodge(result_of_as_admin(plan.name, student.name), "My practical was marked too low")

		frappe.set_user("Administrator")
		objection = frappe.get_doc(OBJECTION, name)
		self.assertEqual(
			(objection.student, objection.status, objection.plan), (student.name, "Open", plan.name)
		)

	def test_student_named_in_the_request_is_ignored(self):
		plan, (student, other) = self.published(count=2)
		frappe.set_user(student.user)

		objection = frappe.get_doc(
			{
				"doctype": OBJECTION,
				"result": result_of_as_admin(plan.name, student.name),
				"student": other.name,
				"reason": "Marked too low",
			}
		).insert()

		self.assertEqual(objection.student, student.name)

	def test_objection_to_another_students_result_is_refused(self):
		plan, (student, other) = self.published(count=2)
		frappe.set_user(student.user)

		with self.assertRaises(NotOwnResultError):
			lodge(result_of_as_admin(plan.name, other.name), "Marked too low")
		self.assert_no_objection(plan)

	def test_staff_cannot_lodge_an_objection(self):
		plan, (student,) = self.published()
		result = result_of_as_admin(plan.name, student.name)

		with self.assertRaises(NotAStudentError):  # Administrator may create any record, but is no student
			lodge(result, "On behalf of the student")
		frappe.set_user(make_user(roles=[roles.ASSESSMENT_OFFICER]).name)
		with self.assertRaises(frappe.PermissionError):
			lodge(result, "On behalf of the student")
		self.assert_no_objection(plan)

	def test_objection_after_the_publicity_window_is_refused(self):
		plan, (student,) = self.published()
		end_publicity(plan.name)
		frappe.set_user(student.user)

		with self.assertRaises(ObjectionWindowError):
			lodge(result_of_as_admin(plan.name, student.name), "Too late")
		self.assert_no_objection(plan)

	def test_results_final_with_an_open_objection_is_refused(self):
		plan, (student,) = self.published()
		frappe.set_user(student.user)
		objection = lodge(result_of_as_admin(plan.name, student.name), "Marked too low")
		frappe.set_user("Administrator")
		end_publicity(plan.name)

		with self.assertRaises(OpenObjectionError):
			apply_workflow(frappe.get_doc(PLAN, plan.name), FINALISE_RESULTS)
		doc = frappe.get_doc(PLAN, plan.name)
		doc.workflow_state = RESULTS_FINAL
		with self.assertRaises(OpenObjectionError):
			doc.save()
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), RESULTS_IN_PUBLICITY)

		resolve(objection, "Dismissed", "Remarked: the marks stand.")
		apply_workflow(frappe.get_doc(PLAN, plan.name), FINALISE_RESULTS)
		self.assertEqual(frappe.db.get_value(PLAN, plan.name, "workflow_state"), RESULTS_FINAL)

	def test_dismissal_without_a_resolution_is_refused(self):
		plan, (student,) = self.published()
		frappe.set_user(student.user)
		objection = lodge(result_of_as_admin(plan.name, student.name), "Marked too low")
		frappe.set_user("Administrator")

		with self.assertRaises(ResolutionMissingError):
			resolve(objection, "Dismissed", "")
		self.assertEqual(frappe.db.get_value(OBJECTION, objection, "status"), "Open")

	def test_resolved_objection_is_closed(self):
		plan, (student,) = self.published()
		frappe.set_user(student.user)
		objection = lodge(result_of_as_admin(plan.name, student.name), "Marked too low")
		frappe.set_user("Administrator")
		resolve(objection, "Upheld", "Practical remarked; result amended.")

		with self.assertRaises(ObjectionLockedError):
			resolve(objection, "Dismissed", "Changed my mind")
		self.assertEqual(
			frappe.db.get_value(OBJECTION, objection, ["status", "resolved_by"]), ("Upheld", "Administrator")
		)


def result_of_as_admin(plan: str, student: str) -> str:
	user = frappe.session.user
	frappe.set_user("Administrator")
	name = result_of(plan, student).name
	frappe.set_user(user)
	return name


def resolve(objection: str, status: str, resolution: str):
	doc = frappe.get_doc(OBJECTION, objection)
	doc.status, doc.resolution = status, resolution
	doc.save()
