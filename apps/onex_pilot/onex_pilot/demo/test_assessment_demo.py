from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate, today

from onex_pilot import roles
from onex_pilot.demo import assessment as demo
from onex_pilot.organisation.levels import ELEMENTARY, INTERMEDIATE
from onex_pilot.organisation.terms import term_on
from onex_pilot.tests.factories.faculty import make_trainer
from onex_pilot.tests.factories.organisation import (
	make_major,
	make_pilot_domain,
	make_school_class,
	make_user,
)
from onex_pilot.tests.factories.students import (
	make_exam_room,
	make_exam_site,
	make_personal_data,
	make_student,
)

PLAN = "Skill Assessment Plan"
CERTIFICATE = "Skill Certificate Record"
RESULT_DOCTYPE = "Skill Assessment Result"


class TestAssessmentDemo(FrappeTestCase):
	"""The assessment demo on one small domain: one class of ten students, two of them from
	registered poor households, and the demo student with a login."""

	def setUp(self):
		major = make_major().name
		self.teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		self.finance = make_user(roles=[roles.FINANCE_OFFICER]).name
		school_class = make_school_class(major=major, class_teacher=self.teacher).name
		self.domain = make_pilot_domain(host_major=major)
		self.domain_row = frappe._dict(
			name=self.domain.name, skill_certificate=self.domain.skill_certificate, host_major=major
		)
		site = make_exam_site(
			accredited_for=[(self.domain.skill_certificate, level) for level in (ELEMENTARY, INTERMEDIATE)]
		)
		self.site, self.room = site.name, make_exam_room(exam_site=site.name, capacity=20).room_name
		for _i in range(2):
			make_trainer(
				examiner_for=[(self.domain.skill_certificate, level) for level in (ELEMENTARY, INTERMEDIATE)]
			)
		students = [make_student(with_user=False, school_class=school_class).name for _i in range(10)]
		self.poor = students[3:5]
		for student in self.poor:
			make_personal_data(student, is_registered_poor=1)
		# Numbered like the demo student (XS…), sorting after the others (S…).
		self.known = make_student(
			school_class=school_class, student_number="XS" + frappe.generate_hash(length=6).upper()
		)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def load(self):
		with (
			patch.object(demo, "SITE", self.site),
			patch.object(demo, "ROOM", self.room),
			patch.object(demo, "CANDIDATES", 5),
			patch.object(demo, "KNOWN_STUDENT", self.known.name),
			patch.object(demo, "FINANCE_LOGIN", self.finance),
			patch.object(demo, "demo_domains", return_value=[self.domain_row]),
			patch.object(demo, "poor_students", return_value=self.poor),
		):
			demo.load()

	def plan(self, level, start_time):
		name = frappe.db.get_value(
			PLAN, {"pilot_domain": self.domain.name, "level": level, "start_time": start_time}
		)
		return frappe.get_doc(PLAN, name)

	def test_final_round_has_one_certificate_per_pass_and_none_for_the_rest(self):
		self.load()

		plan = self.plan(ELEMENTARY, demo.FINAL_SLOTS[0][0])
		self.assertEqual(plan.workflow_state, "Results Final")
		results = frappe.get_all(
			"Skill Assessment Result", filters={"plan": plan.name, "docstatus": 1}, fields=["name", "outcome"]
		)
		self.assertEqual(sorted(r.outcome for r in results), ["Absent", "Fail", "Fail", "Pass", "Pass"])
		for result in results:
			count = frappe.db.count(CERTIFICATE, {"result": result.name, "docstatus": 1, "status": "Valid"})
			self.assertEqual(count, 1 if result.outcome == "Pass" else 0, result)
		if getdate(today()).timetuple().tm_yday > 1:
			self.assertLess(getdate(plan.exam_date), getdate(today()))
		# The round reads in order: registration, exam, results published, window closed,
		# certificates issued; its title and term follow its exam date.
		self.assertLess(getdate(plan.registration_end), getdate(plan.exam_date))
		self.assertLess(getdate(plan.exam_date), getdate(plan.results_published_on))
		self.assertLess(getdate(plan.results_published_on), getdate(plan.publicity_ends_on))
		issued = frappe.get_all(CERTIFICATE, filters={"plan": plan.name}, pluck="issue_date")
		self.assertEqual({getdate(d) for d in issued}, {getdate(plan.publicity_ends_on)})
		self.assertIn(str(getdate(plan.exam_date)), plan.plan_title)
		self.assertEqual(plan.school_term, term_on(plan.exam_date))
		# The demo student passed it: a certificate on the portal before the intermediate round.
		known = frappe.get_all(
			RESULT_DOCTYPE,
			filters={"plan": plan.name, "student": self.known.name, "docstatus": 1},
			pluck="outcome",
		)
		self.assertEqual(known, ["Pass"])
		self.assertEqual(
			frappe.db.count(CERTIFICATE, {"plan": plan.name, "student": self.known.name, "docstatus": 1}), 1
		)

	def test_round_in_publicity_has_an_open_objection_and_no_certificate(self):
		self.load()

		plan = self.plan(INTERMEDIATE, demo.PUBLICITY_SLOT[0])
		self.assertEqual(plan.workflow_state, "Results in Publicity")
		self.assertEqual(frappe.db.count(CERTIFICATE, {"plan": plan.name}), 0)
		objection = frappe.get_all(
			"Result Objection", filters={"plan": plan.name}, fields=["student", "status"]
		)
		self.assertEqual([(o.student, o.status) for o in objection], [(self.known.name, "Open")])

	def test_poor_students_are_waived_on_the_open_round(self):
		self.load()

		plan = self.plan(INTERMEDIATE, demo.OPEN_SLOT[0])
		self.assertEqual(plan.workflow_state, "Open for Registration")
		waivers = frappe.get_all(
			"Fee Waiver",
			filters={"student": ("in", self.poor)},
			fields=["name", "workflow_state", "class_teacher_approved_by"],
		)
		self.assertEqual(
			{(w.workflow_state, w.class_teacher_approved_by) for w in waivers}, {("Approved", self.teacher)}
		)
		waived = frappe.get_all(
			"Skill Assessment Registration",
			filters={"plan": plan.name, "student": ("in", self.poor)},
			fields=["fee", "payment_status", "fee_waiver"],
		)
		self.assertTrue(waived)
		self.assertTrue(all(r.fee == 0 and r.payment_status == "Waived" and r.fee_waiver for r in waived))

	def test_loading_twice_creates_nothing_new(self):
		self.load()
		counts = [
			frappe.db.count(doctype)
			for doctype in (PLAN, "Skill Assessment Registration", CERTIFICATE, "Fee Waiver")
		]

		self.load()

		self.assertEqual(
			[
				frappe.db.count(doctype)
				for doctype in (PLAN, "Skill Assessment Registration", CERTIFICATE, "Fee Waiver")
			],
			counts,
		)
