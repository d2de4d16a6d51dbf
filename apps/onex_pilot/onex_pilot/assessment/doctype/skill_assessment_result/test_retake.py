import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.assessment.exceptions import KeptScoreChangeError, MissingScoreError
from onex_pilot.assessment.workflow_names import HELD, RESULTS_FINAL
from onex_pilot.tests.factories.assessment import (
	advance,
	backdate_plan,
	end_publicity,
	enter_results,
	make_plan,
	result_of,
)
from onex_pilot.tests.factories.organisation import make_pilot_domain
from onex_pilot.tests.factories.students import make_student

REGISTRATION = "Skill Assessment Registration"


class TestRetake(FrappeTestCase):
	"""A student who passed theory and failed practical retakes practical only."""

	def tearDown(self):
		frappe.db.rollback()

	def failed_practical(self, days_ago: int):
		"""A student whose sitting `days_ago` days back passed theory (82) and failed practical (45),
		and a Held plan of the same certificate level today with the student registered."""
		domain = make_pilot_domain().name
		student = make_student(with_user=False).name
		first = make_plan(
			state=RESULTS_FINAL, pilot_domain=domain, students=[student], scores={student: (82, 45)}
		)
		backdate_plan(first.name, days_ago)
		second = make_plan(state=HELD, pilot_domain=domain, students=[student])
		return student, first, second

	def test_retake_of_the_practical_keeps_the_theory_and_earns_one_certificate(self):
		student, first, second = self.failed_practical(days_ago=60)
		failed = result_of(first.name, student)
		registration = frappe.get_doc(REGISTRATION, {"plan": second.name, "student": student})
		self.assertEqual((failed.outcome, failed.theory_passed, failed.practical_passed), ("Fail", 1, 0))
		self.assertEqual((registration.retake_component, registration.retake_of), ("Practical", failed.name))

		enter_results(second.name, {student: (None, 71)})
		retake = result_of(second.name, student)
		self.assertEqual((retake.theory_score, retake.practical_score, retake.outcome), (82, 71, "Pass"))
		self.assertEqual(retake.retake_of, failed.name)

		end_publicity_and_finalise(second)
		certificates = frappe.get_all(
			"Skill Certificate Record", filters={"student": student, "docstatus": 1}, pluck="result"
		)
		self.assertEqual(certificates, [retake.name])

	def test_retake_cannot_change_the_kept_score(self):
		student, _first, second = self.failed_practical(days_ago=60)

		with self.assertRaises(KeptScoreChangeError):
			enter_results(second.name, {student: (95, 71)})
		self.assertIsNone(result_of(second.name, student))

	def test_after_the_retake_period_the_whole_assessment_is_sat_again(self):
		student, _first, second = self.failed_practical(days_ago=400)  # past 12 months
		registration = frappe.get_doc(REGISTRATION, {"plan": second.name, "student": student})
		self.assertFalse(registration.retake_component)

		with self.assertRaises(MissingScoreError):
			enter_results(second.name, {student: (None, 71)})
		self.assertIsNone(result_of(second.name, student))


def end_publicity_and_finalise(plan):
	advance(plan, "Results in Publicity")
	end_publicity(plan.name)
	advance(plan, RESULTS_FINAL)
