import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, getdate, today

from onex_pilot.assessment.report.exam_site_utilisation.exam_site_utilisation import execute
from onex_pilot.assessment.workflow_names import HELD, OPEN_FOR_REGISTRATION, RESULTS_FINAL
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.assessment import backdate_plan
from onex_pilot.tests.factories.organisation import make_pilot_domain
from onex_pilot.tests.factories.reports import ABSENT, PASSING, make_round
from onex_pilot.tests.factories.students import make_exam_room, make_exam_site, make_student

FIGURES = ("sessions_held", "seats_offered", "seats_used", "utilisation")


def figures(row) -> tuple:
	return tuple(row[key] for key in FIGURES)


class TestExamSiteUtilisation(FrappeTestCase):
	"""One site with rooms R1 (4 seats), R2 (3 seats) and R3 (10 seats, unused):

	- plan A, held, in R1 and R2: 6 registered, 1 absent, so 5 present: 4 in R1, 1 in R2;
	- plan B, final, in R1 in the afternoon: 3 present;
	- plan C, open for registration, in R2: not held, counts nothing.
	Two of its three accreditations expire in 30 days, the third in 200. Built once for the
	class; each test runs inside a savepoint that tearDown rolls back, and FrappeTestCase rolls
	the rest back after the class."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		domain = make_pilot_domain()
		certificate = domain.skill_certificate
		cls.expiry = getdate(add_days(today(), 30))
		site = make_exam_site(
			accredited_for=[(certificate, ELEMENTARY), (certificate, INTERMEDIATE)], valid_to=cls.expiry
		)
		site.append(
			"accreditations",
			{
				"skill_certificate": certificate,
				"level": ADVANCED,
				"valid_from": add_days(today(), -10),
				"valid_to": add_days(today(), 200),
			},
		)
		site.save(ignore_permissions=True)
		cls.site = site.name
		cls.r1, cls.r2, cls.r3 = (
			make_exam_room(exam_site=cls.site, capacity=capacity).name for capacity in (4, 3, 10)
		)

		students = [make_student(with_user=False).name for _ in range(6)]
		scores = {student: PASSING for student in students}
		scores[students[5]] = ABSENT
		common = {"pilot_domain": domain.name, "exam_site": cls.site}
		cls.plan_a = make_round(HELD, scores, rooms=[cls.r1, cls.r2], capacity=7, **common).name
		cls.plan_b = make_round(
			RESULTS_FINAL,
			{make_student(with_user=False).name: PASSING for _ in range(3)},
			rooms=[cls.r1],
			capacity=4,
			start_time="13:00:00",
			end_time="15:00:00",
			**common,
		).name
		make_round(
			OPEN_FOR_REGISTRATION,
			{make_student(with_user=False).name: None for _ in range(2)},
			rooms=[cls.r2],
			capacity=3,
			start_time="16:00:00",
			end_time="17:00:00",
			**common,
		)

	def setUp(self):
		frappe.db.savepoint("utilisation_test")

	def tearDown(self):
		frappe.db.rollback(save_point="utilisation_test")

	def rows(self, **filters):
		_columns, data = execute({"exam_site": self.site, **filters})
		return data

	def test_rooms_and_site_have_the_hand_counted_figures(self):
		data = self.rows()
		site, *rooms = data
		by_room = {row.exam_room: row for row in rooms}

		self.assertEqual((site.indent, site.exam_site, site.exam_room), (0, self.site, None))
		self.assertEqual(set(by_room), {self.r1, self.r2, self.r3})
		self.assertTrue(all(row.indent == 1 and row.parent_node == self.site for row in rooms))
		# sessions held, seats offered, seats used, utilisation %
		self.assertEqual(figures(by_room[self.r1]), (2, 8, 7, 87.5))
		self.assertEqual(figures(by_room[self.r2]), (1, 3, 1, 33.33))
		self.assertEqual(figures(by_room[self.r3]), (0, 0, 0, None))
		self.assertEqual(figures(site), (2, 11, 8, 72.73))

	def test_accreditations_expiring_within_90_days(self):
		site = self.rows()[0]
		self.assertEqual((site.accreditations_expiring, getdate(site.next_expiry)), (2, self.expiry))

	def test_period_filter_counts_sessions_held_in_it(self):
		backdate_plan(self.plan_b, 400)
		data = self.rows(from_date=add_days(today(), -30))
		by_room = {row.exam_room: row for row in data[1:]}
		self.assertEqual(figures(by_room[self.r1]), (1, 4, 4, 100.0))
		self.assertEqual(figures(data[0]), (1, 7, 5, 71.43))
