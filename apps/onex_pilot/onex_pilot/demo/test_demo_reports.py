"""The whole demo school, loaded into the test site (and rolled back): every report of the
workspace opens with data, and its figures equal counts taken directly from the records,
each counted here another way than the report does (record by record, in Python)."""

from collections import Counter, defaultdict

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import flt, getdate, time_diff_in_hours

from onex_pilot.assessment.report.certificate_register import certificate_register
from onex_pilot.assessment.report.exam_site_utilisation import exam_site_utilisation
from onex_pilot.assessment.report.pass_rate_by_domain_and_level import pass_rate_by_domain_and_level
from onex_pilot.assessment.report.registrations_and_fee_waivers import registrations_and_fee_waivers
from onex_pilot.assessment.workflow_names import CANCELLED, HELD, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.demo import assessment, faculty, organisation, students, users
from onex_pilot.faculty.report.trainer_workload_and_training_coverage import (
	trainer_workload_and_training_coverage as workload_report,
)
from onex_pilot.organisation.report.milestone_progress import milestone_progress

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
RESULT = "Skill Assessment Result"
CERTIFICATE = "Skill Certificate Record"
HELD_STATES = (HELD, RESULTS_IN_PUBLICITY, RESULTS_FINAL)


class TestDemoReports(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		for step in (users.load, organisation.load, faculty.load, students.load, assessment.load):
			step()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		frappe.db.rollback()
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")

	def live_plans(self):
		return frappe.get_all(
			PLAN,
			filters={"workflow_state": ["!=", CANCELLED]},
			fields=["name", "workflow_state", "exam_date", "start_time", "end_time"],
		)

	def test_pass_rate_rows_equal_the_records_of_each_round(self):
		_columns, data, *_rest = pass_rate_by_domain_and_level.execute({})
		self.assertTrue(any(row.passed and row.certificates_issued for row in data))
		by_plan = {row.plan: row for row in data}
		expected = {}
		for plan in self.live_plans():
			registrations = frappe.get_all(
				REGISTRATION, filters={"plan": plan.name, "status": "Registered"}, pluck="name"
			)
			if not registrations:
				continue
			outcomes = Counter(
				frappe.get_all(
					RESULT,
					filters={"registration": ["in", registrations], "docstatus": 1},
					pluck="outcome",
				)
			)
			results = frappe.get_all(
				RESULT, filters={"registration": ["in", registrations], "docstatus": 1}, pluck="name"
			)
			certificates = (
				frappe.db.count(CERTIFICATE, {"result": ["in", results], "docstatus": 1, "status": "Valid"})
				if results
				else 0
			)
			sat = outcomes["Pass"] + outcomes["Fail"] + outcomes["Void"]
			expected[plan.name] = (len(registrations), sat, outcomes["Pass"], certificates)
		self.assertEqual(set(by_plan), set(expected))
		for name, (registered, sat, passed, certificates) in expected.items():
			row = by_plan[name]
			self.assertEqual(
				(row.registered, row.sat, row.passed, row.certificates_issued),
				(registered, sat, passed, certificates),
				name,
			)
			self.assertAlmostEqual(flt(row.pass_rate), flt(100 * passed / sat if sat else 0), places=2)

	def test_registrations_and_waivers_add_up_to_the_registrations(self):
		_columns, data = registrations_and_fee_waivers.execute({})
		self.assertTrue(data)
		live = {plan.name for plan in self.live_plans()}
		registrations = [
			r
			for r in frappe.get_all(
				REGISTRATION,
				filters={"status": "Registered"},
				fields=["plan", "fee", "waived_amount", "payment_status"],
			)
			if r.plan in live
		]
		payments = Counter(r.payment_status for r in registrations)
		self.assertTrue(payments["Waived"], "the demo has waived registrations")
		totals = {
			field: sum(flt(row[field]) for row in data)
			for field in ("registrations", "waived", "paid", "unpaid")
		}
		self.assertEqual(
			totals,
			{
				"registrations": len(registrations),
				"waived": payments["Waived"],
				"paid": payments["Paid"],
				"unpaid": payments["Unpaid"],
			},
		)
		self.assertAlmostEqual(
			sum(flt(row.waived_amount) for row in data),
			sum(flt(r.waived_amount) for r in registrations if r.payment_status == "Waived"),
		)
		self.assertAlmostEqual(sum(flt(row.fees_due) for row in data), sum(flt(r.fee) for r in registrations))

	def test_exam_site_utilisation_counts_the_sessions_held_and_the_candidates_present(self):
		_columns, data = exam_site_utilisation.execute({})
		sites = [row for row in data if row.indent == 0]
		self.assertTrue(any(row.sessions_held for row in sites))

		held = frappe.get_all(PLAN, filters={"workflow_state": ["in", HELD_STATES]}, pluck="name")
		sessions, present = defaultdict(set), 0
		for plan in held:
			rooms = frappe.get_all(
				"Skill Assessment Plan Room",
				filters={"parent": plan, "parenttype": PLAN},
				pluck="exam_room",
			)
			for room in rooms:
				sessions[frappe.db.get_value("Exam Room", room, "exam_site")].add(plan)
			registered = frappe.get_all(
				REGISTRATION, filters={"plan": plan, "status": "Registered"}, pluck="name"
			)
			absent = frappe.db.count(
				RESULT,
				{"registration": ["in", registered or [""]], "docstatus": ["<", 2], "outcome": "Absent"},
			)
			present += len(registered) - absent
		self.assertEqual(
			{row.exam_site: row.sessions_held for row in sites if row.sessions_held},
			{site: len(plans) for site, plans in sessions.items()},
		)
		self.assertEqual(sum(row.seats_used for row in sites), present)

	def test_certificate_register_lists_every_issued_certificate_with_a_masked_id(self):
		_columns, data = certificate_register.execute({})
		issued = frappe.get_all(CERTIFICATE, filters={"docstatus": 1}, pluck="name")
		self.assertTrue(issued)
		self.assertEqual(sorted(row.certificate_record for row in data), sorted(issued))

		frappe.set_user("officer@pilot.example")
		_columns, data = certificate_register.execute({})
		self.assertEqual(len(data), len(issued))
		masked = [row.id_number for row in data if row.id_number]
		self.assertTrue(masked)
		self.assertTrue(all(number.startswith("*") for number in masked), masked)

	def test_milestone_progress_lists_the_four_milestones_and_the_open_follow_ups(self):
		_columns, data, *_rest = milestone_progress.execute({})
		kinds = Counter(row.kind for row in data)
		self.assertEqual(kinds[milestone_progress.MILESTONE], frappe.db.count("Pilot Milestone"))
		self.assertGreaterEqual(kinds[milestone_progress.MILESTONE], 4)  # the plan's four, at least
		open_follow_ups = frappe.get_all(
			"Meeting Follow Up", filters={"parenttype": "Committee Meeting", "status": "Open"}, pluck="name"
		)
		self.assertEqual(kinds[milestone_progress.FOLLOW_UP], len(open_follow_ups))

	def test_workload_equals_the_hours_in_the_records(self):
		_columns, data, *_rest = workload_report.execute({})
		self.assertTrue(data)
		terms = frappe.get_all("School Term", fields=["name", "start_date", "end_date"])

		def term_of(day):
			day = getdate(day)
			return next(t.name for t in terms if getdate(t.start_date) <= day <= getdate(t.end_date))

		expected = defaultdict(lambda: [0.0, 0.0, 0.0])
		for assignment in frappe.get_all(
			"Teaching Assignment", fields=["trainer", "school_term", "delivered_hours"]
		):
			expected[(assignment.trainer, assignment.school_term)][0] += flt(assignment.delivered_hours)
		for plan in frappe.get_all(
			PLAN,
			filters={"workflow_state": ["in", HELD_STATES]},
			fields=["name", "exam_date", "start_time", "end_time"],
		):
			hours = time_diff_in_hours(plan.end_time, plan.start_time)
			for examiner in frappe.get_all(
				"Skill Assessment Plan Examiner",
				filters={"parent": plan.name, "parenttype": PLAN},
				pluck="trainer",
			):
				expected[(examiner, term_of(plan.exam_date))][1] += hours
		for session in frappe.get_all(
			"Trainer Training Session", filters={"status": "Held"}, fields=["name", "school_term"]
		):
			for attendee in frappe.get_all(
				"Trainer Training Session Attendee",
				filters={"parent": session.name, "parenttype": "Trainer Training Session", "present": 1},
				fields=["trainer", "hours_credited"],
			):
				expected[(attendee.trainer, session.school_term)][2] += flt(attendee.hours_credited)

		got = {
			(row.trainer, row.school_term): [row.teaching_hours, row.assessment_hours, row.training_hours]
			for row in data
		}
		expected = {key: value for key, value in expected.items() if any(value)}
		self.assertEqual(set(got), set(expected) | {k for k in got if not any(got[k])})
		for key, (teaching, assessing, training) in expected.items():
			self.assertAlmostEqual(got[key][0], teaching, places=2, msg=key)
			self.assertAlmostEqual(got[key][1], assessing, places=2, msg=key)
			self.assertAlmostEqual(got[key][2], training, places=2, msg=key)
		self.assertTrue(any(value[1] for value in expected.values()), "examiners have assessment hours")

	def test_coverage_names_the_domain_below_target_this_term(self):
		_columns, data, message, *_rest = workload_report.execute({"part": workload_report.TRAINING_COVERAGE})
		below = [row for row in data if row.coverage_status == "Below target"]
		self.assertTrue(below)
		latest = below[-1].school_term
		for row in below:
			if row.school_term == latest:
				self.assertIn(row.pilot_domain, message)

	def test_each_report_asks_the_database_a_fixed_number_of_questions(self):
		"""One query per report part (a few more for the access log and the roles), however many
		rows the school has: no lookup per row."""
		reports = (
			(pass_rate_by_domain_and_level, {}),
			(registrations_and_fee_waivers, {}),
			(exam_site_utilisation, {}),
			(certificate_register, {}),
			(milestone_progress, {}),
			(workload_report, {}),
			(workload_report, {"part": workload_report.TRAINING_COVERAGE}),
		)
		for user in ("admin@pilot.example", "lead@pilot.example"):
			frappe.set_user(user)
			for report, filters in reports:
				if report is registrations_and_fee_waivers and user == "lead@pilot.example":
					continue  # not theirs: refused before any query
				report.execute(filters)  # roles and metadata are cached by the first run
				with self.subTest(report=report.__name__, user=user), self.assertQueryCount(5):
					report.execute(filters)
