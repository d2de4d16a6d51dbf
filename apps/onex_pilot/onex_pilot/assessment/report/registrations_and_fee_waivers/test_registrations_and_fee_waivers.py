import frappe
from frappe.desk.query_report import run as run_report
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.assessment.report.registrations_and_fee_waivers.registrations_and_fee_waivers import (
	basis_fields,
	execute,
)
from onex_pilot.assessment.waivers import REGISTERED_POOR_HOUSEHOLD
from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION
from onex_pilot.tests.factories.assessment import REGISTRATION, make_fee_waiver, make_plan, make_registration
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_user, unique
from onex_pilot.tests.factories.students import make_student

REPORT = "Registrations and Fee Waivers"
FEE = 300  # the factories' fee of every certificate level
FIGURES = (
	"registrations",
	"cancelled",
	"gross_fees",
	"waived",
	"waived_amount",
	"fees_due",
	"paid",
	"paid_amount",
	"unpaid",
	"unpaid_amount",
	"refunded",
	"refunded_amount",
)


def figures(row) -> tuple:
	return tuple(row[key] for key in FIGURES)


def set_payment(registration, *statuses):
	doc = frappe.get_doc(REGISTRATION, registration.name)
	for status in statuses:
		doc.payment_status = status
		doc.save()


class TestRegistrationsAndFeeWaivers(FrappeTestCase):
	"""One open plan (fee 300) and two classes:

	- class 1: a waived (registered poor household), b paid, c unpaid, d cancelled;
	- class 2: e paid and refunded, f waived on another basis.
	Built once for the class; each test runs inside a savepoint that tearDown rolls back, and
	FrappeTestCase rolls the rest back after the class."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.domain = make_pilot_domain().name
		cls.plan = make_plan(state=OPEN_FOR_REGISTRATION, pilot_domain=cls.domain, capacity=10).name
		cls.class_1 = make_school_class().name
		cls.class_2 = make_school_class().name
		cls.other_basis = (
			frappe.get_doc(
				{"doctype": "Fee Waiver Basis", "basis_name": unique("Orphan"), "requires_registered_poor": 0}
			)
			.insert(ignore_permissions=True)
			.name
		)

		a, b, c, d = (make_student(with_user=False, school_class=cls.class_1).name for _ in range(4))
		e, f = (make_student(with_user=False, school_class=cls.class_2).name for _ in range(2))
		make_fee_waiver(a)
		make_fee_waiver(f, basis=cls.other_basis, poor=False)
		cls.registrations = {s: make_registration(cls.plan, s) for s in (a, b, c, d, e, f)}
		set_payment(cls.registrations[b], "Paid")
		set_payment(cls.registrations[e], "Paid", "Refunded")
		frappe.get_doc(REGISTRATION, cls.registrations[d].name).cancel_registration("Ill")

	def setUp(self):
		frappe.db.savepoint("fee_report_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="fee_report_test")

	def rows(self, **filters):
		columns, data = execute({"pilot_domain": self.domain, **filters})
		return columns, {row.school_class: row for row in data}

	def test_fees_waivers_and_payments_per_class(self):
		_columns, rows = self.rows()
		self.assertEqual(set(rows), {self.class_1, self.class_2})
		# registrations, cancelled, gross, waived n/amount, due, paid n/amount, unpaid n/amount, refunded n/amount
		self.assertEqual(figures(rows[self.class_1]), (3, 1, 900, 1, 300, 600, 1, 300, 1, 300, 0, 0))
		self.assertEqual(figures(rows[self.class_2]), (2, 0, 600, 1, 300, 300, 0, 0, 0, 0, 1, 300))

	def test_waivers_are_split_by_basis(self):
		columns, rows = self.rows()
		poor_count, poor_amount = basis_fields(REGISTERED_POOR_HOUSEHOLD)
		other_count, other_amount = basis_fields(self.other_basis)
		fieldnames = [c["fieldname"] for c in columns]
		self.assertIn(poor_amount, fieldnames)
		self.assertIn(other_amount, fieldnames)
		first, second = rows[self.class_1], rows[self.class_2]
		self.assertEqual(
			(first[poor_count], first[poor_amount], first[other_count], first[other_amount]), (1, 300, 0, 0)
		)
		self.assertEqual(
			(second[poor_count], second[poor_amount], second[other_count], second[other_amount]),
			(0, 0, 1, 300),
		)

	def test_fees_due_is_gross_less_waived_and_paid_unpaid_refunded(self):
		_columns, rows = self.rows()
		for row in rows.values():
			self.assertEqual(row.fees_due, row.gross_fees - row.waived_amount)
			self.assertEqual(row.fees_due, row.paid_amount + row.unpaid_amount + row.refunded_amount)

	def test_class_filter(self):
		_columns, rows = self.rows(school_class=self.class_2)
		self.assertEqual(list(rows), [self.class_2])

	def test_totals_row_is_on(self):
		self.assertEqual(frappe.db.get_value("Report", REPORT, "add_total_row"), 1)

	def test_finance_officer_sees_every_class(self):
		frappe.set_user(make_user(roles=(roles.FINANCE_OFFICER,)).name)
		result = run_report(REPORT, filters={"pilot_domain": self.domain})
		classes = {row.get("school_class") for row in result["result"] if isinstance(row, dict)}
		self.assertEqual(classes - {None}, {self.class_1, self.class_2})

	def test_class_teacher_and_domain_lead_are_refused(self):
		teacher = make_user(roles=(roles.CLASS_TEACHER,)).name
		lead = make_user(roles=(roles.DOMAIN_LEAD,)).name
		for user in (teacher, lead):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError):
				run_report(REPORT, filters={"pilot_domain": self.domain})
			with self.assertRaises(frappe.PermissionError):
				execute({"pilot_domain": self.domain})
