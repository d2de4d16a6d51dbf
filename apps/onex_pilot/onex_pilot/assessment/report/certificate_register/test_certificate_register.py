import io

import frappe
from frappe.desk.query_report import export_query
from frappe.tests.utils import FrappeTestCase
from openpyxl import load_workbook

from onex_pilot import roles
from onex_pilot.assessment import certificates
from onex_pilot.assessment.report.certificate_register.certificate_register import REPORT, execute
from onex_pilot.assessment.workflow_names import RESULTS_FINAL
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.privacy import mask_tail
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_school_class, make_user
from onex_pilot.tests.factories.reports import FAILING, PASSING, make_round
from onex_pilot.tests.factories.students import make_personal_data, make_student

CERTIFICATE = "Skill Certificate Record"


def full_log_count() -> int:
	return frappe.db.count("Access Log", {"report_name": REPORT})


class TestCertificateRegister(FrappeTestCase):
	"""A final round: A (class K, with an ID number) and B pass, C fails; B's certificate is
	then revoked. Built once for the class; each test runs inside a savepoint that tearDown
	rolls back, and FrappeTestCase rolls the rest back after the class."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.lead = make_user(roles=(roles.DOMAIN_LEAD,)).name
		cls.domain = make_pilot_domain(domain_lead=cls.lead).name
		cls.class_k = make_school_class().name
		cls.a = make_student(with_user=False, school_class=cls.class_k).name
		cls.b, cls.c = (make_student(with_user=False).name for _ in range(2))
		cls.id_number = make_personal_data(cls.a).id_number
		cls.plan = make_round(
			RESULTS_FINAL, {cls.a: PASSING, cls.b: PASSING, cls.c: FAILING}, pilot_domain=cls.domain
		)
		cls.cert_a = frappe.db.get_value(CERTIFICATE, {"student": cls.a, "docstatus": 1})
		cls.cert_b = frappe.db.get_value(CERTIFICATE, {"student": cls.b, "docstatus": 1})
		frappe.db.set_value(CERTIFICATE, cls.cert_a, "evaluation_certificate_number", "EO-2026-0001")
		certificates.set_status(frappe.get_doc(CERTIFICATE, cls.cert_b), certificates.REVOKED, "Amended")

	def setUp(self):
		frappe.db.savepoint("register_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="register_test")

	def rows(self, **filters):
		_columns, data = execute({"pilot_domain": self.domain, **filters})
		return {row.student: row for row in data}

	def as_user(self, *role_names):
		frappe.set_user(make_user(roles=role_names).name)

	def test_every_issued_certificate_is_listed_with_its_details(self):
		rows = self.rows()
		self.assertEqual(set(rows), {self.a, self.b})  # C failed: no certificate
		a = rows[self.a]
		self.assertEqual(
			(a.certificate_record, a.evaluation_certificate_number, a.school_class, a.level, a.status),
			(self.cert_a, "EO-2026-0001", self.class_k, ELEMENTARY, "Valid"),
		)
		self.assertEqual(
			a.skill_certificate, frappe.db.get_value("Pilot Domain", self.domain, "skill_certificate")
		)
		self.assertEqual((rows[self.b].status, bool(rows[self.b].revoked_on)), ("Revoked", True))

	def test_filters_on_status_and_class(self):
		self.assertEqual(set(self.rows(status="Revoked")), {self.b})
		self.assertEqual(set(self.rows(school_class=self.class_k)), {self.a})

	def test_assessment_officer_sees_only_the_masked_id(self):
		self.as_user(roles.ASSESSMENT_OFFICER)
		before = full_log_count()
		row = self.rows()[self.a]
		self.assertEqual(row.id_number, mask_tail(self.id_number))
		self.assertNotIn(self.id_number[:14], row.id_number)
		self.assertEqual(full_log_count(), before)

	def test_pilot_administrator_sees_the_full_id_and_is_logged(self):
		self.as_user(roles.PILOT_ADMINISTRATOR)
		before = full_log_count()
		row = self.rows()[self.a]
		self.assertEqual(row.id_number, self.id_number)
		self.assertEqual(full_log_count(), before + 1)

	def test_domain_lead_sees_only_their_domains(self):
		frappe.set_user(self.lead)
		rows = self.rows()
		self.assertEqual(set(rows), {self.a, self.b})
		self.assertEqual(rows[self.a].id_number, mask_tail(self.id_number))

		self.as_user(roles.DOMAIN_LEAD)  # leads no domain
		self.assertEqual(self.rows(), {})

	def test_excel_export_for_the_evaluation_organisation_keeps_the_mask(self):
		self.as_user(roles.ASSESSMENT_OFFICER)
		frappe.local.form_dict = frappe._dict(
			report_name=REPORT,
			file_format_type="Excel",
			filters=frappe.as_json({"pilot_domain": self.domain}),
			visible_idx="[]",
		)
		export_query()
		sheet = load_workbook(io.BytesIO(frappe.response["filecontent"])).active
		cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]

		self.assertIn(self.cert_a, cells)
		self.assertIn("EO-2026-0001", cells)
		self.assertIn(mask_tail(self.id_number), cells)
		self.assertFalse([cell for cell in cells if self.id_number in cell])
