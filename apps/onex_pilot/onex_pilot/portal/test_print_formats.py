"""The certificate, admission ticket and sign-in sheet print formats (HTML; the PDFs are
tested over HTTP in tests/test_portal_pdf.py, where wkhtmltopdf can reach the server)."""

from base64 import b64decode

import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal import printing
from onex_pilot.portal.qr import verification_url
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan
from onex_pilot.tests.factories.students import make_student


class TestPrintFormats(FrappeTestCase):
	def setUp(self):
		self.student = make_student(student_name="钱多多", with_user=False)
		make_fee_waiver(student=self.student.name)

	def tearDown(self):
		frappe.db.rollback()

	def test_certificate_shows_number_and_code_and_its_qr_carries_the_code_url(self):
		plan = make_plan(state="Results Final", students=[self.student.name])
		record = frappe.get_doc("Skill Certificate Record", {"plan": plan.name, "docstatus": 1})
		html = frappe.get_print(record.doctype, record.name, printing.CERTIFICATE_FORMAT)
		self.assertIn(record.name, html)
		self.assertIn(record.verification_code, html)
		svg = b64decode(html.split("data:image/svg+xml;base64,", 1)[1].split('"', 1)[0]).decode()
		self.assertIn("<svg", svg)
		self.assertTrue(
			verification_url(record.verification_code).endswith(f"/verify?code={record.verification_code}")
		)

	def test_admission_ticket_and_sign_in_sheet_say_nothing_about_fees(self):
		plan = make_plan(state="Open for Registration", students=[self.student.name])
		registration = frappe.get_doc("Skill Assessment Registration", {"plan": plan.name})
		self.assertEqual(registration.payment_status, "Waived")
		ticket = frappe.get_print(registration.doctype, registration.name, printing.ADMISSION_TICKET_FORMAT)
		sheet = frappe.get_print(plan.doctype, plan.name, printing.SIGN_IN_SHEET_FORMAT)
		for html in (ticket, sheet):
			self.assertIn(self.student.student_number, html)
			for word in (
				"Waived",
				"Fee Waiver",
				registration.fee_waiver,
				"Unpaid",
				"Paid",
				"¥",
				frappe._("Fee"),
			):
				self.assertNotIn(word, html)
