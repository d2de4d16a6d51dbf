import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, getdate

from onex_pilot.assessment.workflow_names import CANCELLED, HELD, OPEN_FOR_REGISTRATION, RESULTS_IN_PUBLICITY
from onex_pilot.faculty.report.trainer_workload_and_training_coverage.trainer_workload_and_training_coverage import (
	TRAINER_WORKLOAD,
	TRAINING_COVERAGE,
	execute,
)
from onex_pilot.faculty.workload import ABOVE_TARGET, BELOW_TARGET, ON_TARGET
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.assessment import make_plan
from onex_pilot.tests.factories.faculty import make_teaching_assignment, make_trainer, make_training_session
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_school_term

# A term far from today, so no other record falls into it.
FAR_TERM = {"academic_year": "2180-2181", "term": "1", "start_date": "2180-09-01", "end_date": "2181-01-31"}


def rows_by(data, key):
	return {row[key]: row for row in data}


class TestTrainerWorkload(FrappeTestCase):
	"""Two trainers, A and B, in the term containing today; every figure worked out by hand."""

	def setUp(self):
		self.term = make_school_term().name
		self.domain = make_pilot_domain()
		certificate = self.domain.skill_certificate
		self.a = make_trainer(examiner_for=[(certificate, ELEMENTARY)]).name
		self.b = make_trainer(examiner_for=[(certificate, ELEMENTARY)]).name

	def tearDown(self):
		frappe.db.rollback()

	def teach(self, trainer, planned, delivered, term=None):
		make_teaching_assignment(
			trainer=trainer,
			pilot_domain=self.domain.name,
			school_class=make_school_class().name,
			school_term=term or self.term,
			planned_hours=planned,
			delivered_hours=delivered,
		)

	def examine(self, state, examiners, start, end):
		make_plan(
			state=state,
			pilot_domain=self.domain.name,
			examiners=examiners,
			capacity=len(examiners) * 10,
			start_time=start,
			end_time=end,
		)

	def build(self):
		# Teaching: A 32/30 and 16/10 (planned/delivered) -> 48/40; B 24/24.
		self.teach(self.a, 32, 30)
		self.teach(self.a, 16, 10)
		self.teach(self.b, 24, 24)
		# ... and A teaches 99 hours in another term, which stays out of this one.
		self.teach(self.a, 99, 99, term=make_school_term(**FAR_TERM).name)

		# Assessment: a held plan 09:00-11:30 (2.5 h) for A and B; a plan in publicity
		# 14:00-16:00 (2 h) for A; an open and a cancelled plan count nothing.
		# A: 2.5 + 2 = 4.5 h; B: 2.5 h.
		self.examine(HELD, [self.a, self.b], "09:00:00", "11:30:00")
		self.examine(RESULTS_IN_PUBLICITY, [self.a], "14:00:00", "16:00:00")
		self.examine(OPEN_FOR_REGISTRATION, [self.b], "13:00:00", "17:00:00")
		cancelled = make_plan(
			state=OPEN_FOR_REGISTRATION,
			pilot_domain=self.domain.name,
			examiners=[self.a],
			capacity=10,
			start_time="17:00:00",
			end_time="18:00:00",
		)
		frappe.db.set_value("Skill Assessment Plan", cancelled.name, "workflow_state", CANCELLED)

		# Training: a held 8 h session, A present (credited 8), B present with 6;
		# a held 4 h session A missed; a planned session credits nothing.
		# A: 8 h; B: 6 h.
		make_training_session(
			school_term=self.term,
			pilot_domains=[self.domain.name],
			hours=8,
			attendees=[self.a, {"trainer": self.b, "present": 1, "hours_credited": 6}],
		)
		make_training_session(
			school_term=self.term,
			pilot_domains=[self.domain.name],
			hours=4,
			attendees=[{"trainer": self.a, "present": 0}],
		)
		make_training_session(
			school_term=self.term,
			pilot_domains=[self.domain.name],
			hours=3,
			status="Planned",
			attendees=[self.b],
		)

	def test_workload_figures_equal_the_hand_worked_sums(self):
		self.build()
		columns, data, *_ = execute({"part": TRAINER_WORKLOAD, "school_term": self.term})
		rows = rows_by([r for r in data if r.trainer in (self.a, self.b)], "trainer")

		expected = {
			# trainer: (planned teaching, teaching, assessment, training, total)
			self.a: (48, 40, 4.5, 8, 40 + 4.5 + 8),
			self.b: (24, 24, 2.5, 6, 24 + 2.5 + 6),
		}
		for trainer, figures in expected.items():
			row = rows[trainer]
			self.assertEqual(row.school_term, self.term)
			self.assertEqual(
				(
					row.planned_teaching_hours,
					row.teaching_hours,
					row.assessment_hours,
					row.training_hours,
					row.total_hours,
				),
				figures,
				trainer,
			)
		self.assertIn("total_hours", [c["fieldname"] for c in columns])

	def test_without_a_term_each_term_has_its_own_row(self):
		self.build()
		_columns, data, *_ = execute({"part": TRAINER_WORKLOAD, "trainer": self.a})
		by_term = rows_by(data, "school_term")
		far = frappe.db.get_value("School Term", {"start_date": FAR_TERM["start_date"]})
		self.assertEqual(set(by_term), {self.term, far})
		self.assertEqual((by_term[far].teaching_hours, by_term[far].total_hours), (99, 99))
		self.assertEqual(by_term[self.term].total_hours, 52.5)


class TestTrainingCoverage(FrappeTestCase):
	def setUp(self):
		self.term = make_school_term(**FAR_TERM)
		self.start = getdate(self.term.start_date)

	def tearDown(self):
		frappe.db.rollback()

	def session(self, domains, status="Held"):
		make_training_session(
			school_term=self.term.name, pilot_domains=domains, days=[add_days(self.start, 10)], status=status
		)

	def test_each_active_domain_is_measured_against_one_to_two_sessions(self):
		none, one, two, three = (make_pilot_domain(launch_date=self.start).name for _ in range(4))
		suspended = make_pilot_domain(status="Suspended").name
		self.session([one, two])  # a joint session counts for both domains
		self.session([two])
		self.session([three])
		self.session([three])
		self.session([three])
		self.session([none], status="Planned")  # planned, not held
		self.session([none], status="Cancelled")
		self.session([suspended])

		_columns, data, message, *_ = execute({"part": TRAINING_COVERAGE, "school_term": self.term.name})
		rows = rows_by(data, "pilot_domain")

		self.assertNotIn(suspended, rows)
		self.assertEqual(
			{d: (rows[d].sessions_held, rows[d].coverage_status) for d in (none, one, two, three)},
			{none: (0, BELOW_TARGET), one: (1, ON_TARGET), two: (2, ON_TARGET), three: (3, ABOVE_TARGET)},
		)
		self.assertEqual(rows[none].sessions_planned, 1)
		self.assertIn(self.term.name, message)
		self.assertIn(none, message)
		self.assertNotIn(one, message)

	def test_domain_launched_after_a_term_is_not_measured_in_it(self):
		later = make_pilot_domain(launch_date=add_days(self.term.end_date, 1)).name
		_columns, data, *_ = execute({"part": TRAINING_COVERAGE, "school_term": self.term.name})
		self.assertNotIn(later, {row.pilot_domain for row in data})
