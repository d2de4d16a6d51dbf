"""The number cards and charts of the 1+X Pilot workspace, checked against hand-counted data.

The cards count everything a user may read, so the exact figures are taken as a Domain Lead
who leads only the test's domain (the same plan rules as the reports), and the fees waived as
a difference before and after the test's waivers."""

import frappe
from frappe.desk.doctype.number_card.number_card import get_result
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, getdate, today

from onex_pilot import roles
from onex_pilot.assessment.dashboard_chart_source.pass_rate_by_domain import pass_rate_by_domain
from onex_pilot.assessment.dashboard_chart_source.registrations_per_month import registrations_per_month
from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.tests.factories.assessment import backdate_plan, make_fee_waiver
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_term, make_user
from onex_pilot.tests.factories.reports import ABSENT, FAILING, PASSING, VOID, make_round
from onex_pilot.tests.factories.students import make_student


def students(count: int) -> list[str]:
	return [make_student(with_user=False).name for _ in range(count)]


def card_value(name: str):
	"""What the Number Card shows, computed the way its widget asks for it."""
	card = frappe.get_doc("Number Card", name)
	if card.type == "Custom":
		return frappe.get_attr(card.method)(filters=card.filters_json)["value"]
	return get_result(card.as_json(), card.filters_json)


class TestPilotDashboard(FrappeTestCase):
	"""A domain led by one Domain Lead, this year:

	- a final round: 3 pass, 1 fail, 1 absent, 1 void (two students also sit below);
	- a round in publicity: 1 pass, 1 fail;
	- an open round: 2 registered, one of them from the final round, the other waived;
	- last year's final round: 2 pass (outside this year's pass rate).
	This year: sat (Pass + Fail + Void) 5 + 2 = 7, passed 3 + 1 = 4, pass rate 57.14 %."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.lead = make_user(roles=(roles.DOMAIN_LEAD,)).name
		cls.domain = make_pilot_domain(domain_lead=cls.lead).name
		final = students(6)
		cls.final_students = final
		cls.final = make_round(
			RESULTS_FINAL,
			{
				final[0]: PASSING,
				final[1]: PASSING,
				final[2]: PASSING,
				final[3]: FAILING,
				final[4]: ABSENT,
				final[5]: VOID,
			},
			pilot_domain=cls.domain,
		).name
		cls.publicity = make_round(
			RESULTS_IN_PUBLICITY,
			dict(zip(students(2), (PASSING, FAILING), strict=True)),
			pilot_domain=cls.domain,
		).name
		waived = students(1)[0]
		make_fee_waiver(waived)
		cls.open = make_round(
			OPEN_FOR_REGISTRATION,
			{final[0]: None, waived: None},
			pilot_domain=cls.domain,
			start_time="14:00:00",
			end_time="16:00:00",
		).name
		cls.last_year = make_round(
			RESULTS_FINAL, dict.fromkeys(students(2), PASSING), pilot_domain=cls.domain
		).name
		backdate_plan(cls.last_year, 400)
		last_term = make_school_term(on_date=add_days(today(), -400)).name
		frappe.db.set_value("Skill Assessment Plan", cls.last_year, "school_term", last_term)

	def setUp(self):
		frappe.db.savepoint("dashboard_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="dashboard_test")

	def test_pass_rate_this_year_excludes_absent_and_last_year(self):
		frappe.set_user(self.lead)
		self.assertEqual(card_value("Pass Rate This Year"), 57.14)

	def test_students_registered_this_term_counts_each_student_once(self):
		# 6 + 2 + 2 registrations this term, one student twice: 9 students (last year's round
		# belongs to another term).
		frappe.set_user(self.lead)
		self.assertEqual(card_value("Students Registered This Term"), 9)

	def test_certificates_issued_counts_valid_certificates(self):
		# 3 this year and 2 last year.
		frappe.set_user(self.lead)
		self.assertEqual(card_value("Certificates Issued"), 5)

	def test_active_pilot_domains_counts_active_domains(self):
		before = card_value("Active Pilot Domains")
		make_pilot_domain()
		make_pilot_domain(status="Suspended")
		self.assertEqual(card_value("Active Pilot Domains"), before + 1)

	def test_fees_waived_adds_up_the_waived_fees(self):
		before = card_value("Fees Waived")
		waived = students(2)
		for student in waived:
			make_fee_waiver(student)
		make_round(OPEN_FOR_REGISTRATION, dict.fromkeys(waived), start_time="17:00:00", end_time="18:00:00")
		self.assertEqual(card_value("Fees Waived"), before + 2 * 300)

	def test_fees_waived_is_for_finance_and_administrators_only(self):
		frappe.set_user(make_user(roles=(roles.FINANCE_OFFICER,)).name)
		self.assertGreaterEqual(card_value("Fees Waived"), 300)
		frappe.set_user(self.lead)
		with self.assertRaises(frappe.PermissionError):
			card_value("Fees Waived")

	def test_cards_refuse_users_outside_the_workspace(self):
		frappe.set_user(make_user(roles=(roles.STUDENT,)).name)
		for card in ("Pass Rate This Year", "Students Registered This Term"):
			with self.assertRaises(frappe.PermissionError):
				card_value(card)

	def test_pass_rate_chart_shows_this_years_rate_per_domain(self):
		frappe.set_user(self.lead)
		chart = pass_rate_by_domain.get(chart_name="Pass Rate by Domain")
		self.assertEqual(chart["labels"], [self.domain])
		self.assertEqual(chart["datasets"][0]["values"], [57.14])
		last_year = getdate(add_days(today(), -400)).year
		chart = pass_rate_by_domain.get(filters={"year": last_year})
		rates = dict(zip(chart["labels"], chart["datasets"][0]["values"], strict=True))
		self.assertEqual(rates[self.domain], 100.0)

	def test_registrations_chart_counts_per_exam_month(self):
		frappe.set_user(self.lead)
		chart = registrations_per_month.get(chart_name="Registrations per Month")
		this_month = getdate(today()).strftime("%Y-%m")
		counts = dict(zip(chart["labels"], chart["datasets"][0]["values"], strict=True))
		self.assertEqual(len(counts), 12)
		self.assertEqual(counts[this_month], 6 + 2 + 2)
		self.assertEqual(sum(counts.values()), 10)
