import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot import roles
from onex_pilot.assessment import results as assessment_results
from onex_pilot.assessment.report.pass_rate_by_domain_and_level.pass_rate_by_domain_and_level import execute
from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.organisation.levels import ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.assessment import backdate_plan, result_of
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_user
from onex_pilot.tests.factories.reports import ABSENT, FAILING, PASSING, VOID, make_round
from onex_pilot.tests.factories.students import make_student

FIGURES = ("registered", "sat", "passed", "failed", "absent", "void", "pass_rate", "certificates_issued")


def new_student() -> str:
	return make_student(with_user=False).name


def figures(row) -> tuple:
	return tuple(row[key] for key in FIGURES)


class TestPassRateByDomainAndLevel(FrappeTestCase):
	"""One domain with three rounds, every figure worked out by hand:

	- final (elementary): 2 pass, 1 fail, 1 absent, 1 void, 1 cancelled registration;
	- in publicity (intermediate): 2 pass, 1 fail, no certificates yet;
	- open (elementary): 2 registered, nobody sat yet.

	The rounds are built once (they are slow to make); each test runs inside a savepoint that
	tearDown rolls back, and FrappeTestCase rolls the rest back after the class."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.lead = make_user(roles=(roles.DOMAIN_LEAD,)).name
		cls.domain = make_pilot_domain(domain_lead=cls.lead).name
		cls.class_k = make_school_class().name
		s = [
			make_student(with_user=False, school_class=cls.class_k if i in (0, 2) else None).name
			for i in range(6)
		]
		cls.students = s
		cls.final = make_round(
			RESULTS_FINAL,
			{s[0]: PASSING, s[1]: (90, 90), s[2]: FAILING, s[3]: ABSENT, s[4]: VOID},
			cancelled=[s[5]],
			pilot_domain=cls.domain,
		).name
		cls.publicity = make_round(
			RESULTS_IN_PUBLICITY,
			{new_student(): PASSING, new_student(): PASSING, new_student(): FAILING},
			pilot_domain=cls.domain,
			level=INTERMEDIATE,
		).name
		cls.open = make_round(
			OPEN_FOR_REGISTRATION, {new_student(): None, new_student(): None}, pilot_domain=cls.domain
		).name

	def setUp(self):
		frappe.db.savepoint("pass_rate_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="pass_rate_test")

	def run_report(self, **filters):
		return execute({"pilot_domain": self.domain, **filters})

	def test_each_round_has_its_hand_counted_figures(self):
		_columns, data, _message, _chart, _summary = self.run_report()
		rows = {row.plan: row for row in data}

		self.assertEqual(set(rows), {self.final, self.publicity, self.open})
		# registered, sat, passed, failed, absent, void, pass rate, certificates issued
		self.assertEqual(figures(rows[self.final]), (5, 4, 2, 1, 1, 1, 50.0, 2))
		self.assertEqual(figures(rows[self.publicity]), (3, 3, 2, 1, 0, 0, 66.67, 0))
		self.assertEqual(figures(rows[self.open]), (2, 0, 0, 0, 0, 0, None, 0))

	def test_absent_is_not_counted_as_sat(self):
		_columns, data, *_ = self.run_report()
		final = next(row for row in data if row.plan == self.final)
		self.assertEqual(final.sat, final.passed + final.failed + final.void)
		self.assertEqual(final.registered - final.absent, final.sat)

	def test_summary_totals_and_chart_rate(self):
		_columns, _data, _message, chart, summary = self.run_report()
		values = {item["label"]: item["value"] for item in summary}
		# 5 + 3 + 2 registered; 4 + 3 sat; 2 + 2 passed; 4 / 7 = 57.14 %
		self.assertEqual(
			(
				values["Candidates Registered"],
				values["Candidates Sat"],
				values["Candidates Passed"],
				values["Pass Rate (%)"],
			),
			(10, 7, 4, 57.14),
		)
		self.assertEqual(values["Certificates Issued"], 2)
		self.assertEqual(chart["data"]["labels"], [self.domain])
		self.assertEqual(chart["data"]["datasets"][0]["values"], [57.14])

	def test_grouped_by_level(self):
		_columns, data, *_ = self.run_report(group_by="Level")
		rows = {row.level: row for row in data}
		self.assertEqual(set(rows), {ELEMENTARY, INTERMEDIATE})
		self.assertEqual(figures(rows[ELEMENTARY]), (7, 4, 2, 1, 1, 1, 50.0, 2))
		self.assertEqual(figures(rows[INTERMEDIATE]), (3, 3, 2, 1, 0, 0, 66.67, 0))

	def test_class_filter_counts_that_class_only(self):
		# Class K holds the first passer and the failer of the final round.
		_columns, data, *_ = self.run_report(school_class=self.class_k)
		self.assertEqual([row.plan for row in data], [self.final])
		self.assertEqual(figures(data[0]), (2, 2, 1, 1, 0, 0, 50.0, 1))

	def test_period_filter_uses_the_exam_date(self):
		backdate_plan(self.final, 400)
		_columns, data, *_ = self.run_report(from_date=add_days(today(), -30), to_date=add_days(today(), 30))
		self.assertEqual({row.plan for row in data}, {self.publicity, self.open})
		_columns, data, *_ = self.run_report(level=ELEMENTARY, to_date=add_days(today(), -300))
		self.assertEqual([row.plan for row in data], [self.final])

	def test_pass_amended_to_fail_loses_its_certificate(self):
		result = result_of(self.final, self.students[0]).name
		assessment_results.amend_result(result, "Marking error", theory_score=40, practical_score=75)
		_columns, data, *_ = self.run_report()
		final = next(row for row in data if row.plan == self.final)
		self.assertEqual(figures(final), (5, 4, 1, 2, 1, 1, 25.0, 1))

	def test_domain_lead_sees_only_the_domains_they_lead(self):
		other = make_round(RESULTS_FINAL, {new_student(): PASSING}).name
		frappe.set_user(self.lead)
		_columns, data, *_ = execute({})
		plans = {row.plan for row in data}
		self.assertEqual(plans, {self.final, self.publicity, self.open})
		self.assertNotIn(other, plans)
