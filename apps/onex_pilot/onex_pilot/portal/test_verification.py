from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.assessment.certificates import REVOKED, set_status
from onex_pilot.portal.verification import (
	FAILED_CONFIRMATIONS_WINDOW,
	confirm_holder,
	failed_confirmations_key,
	find_certificate,
	holder_matches,
)
from onex_pilot.tests.factories.assessment import make_plan
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_skill_certificate
from onex_pilot.tests.factories.students import make_personal_data, make_student

PUBLIC_KEYS = {
	"holder",
	"certificate",
	"level",
	"organisation",
	"issue_date",
	"valid",
	"status",
	"revoked_on",
}


class TestVerification(FrappeTestCase):
	def setUp(self):
		certificate = make_skill_certificate(
			certificate_name="空中乘务职业技能等级证书 " + frappe.generate_hash(length=4)
		)
		self.certificate_name = certificate.certificate_name
		self.student = make_student(student_name="王小明", with_user=False)
		self.personal = make_personal_data(self.student)
		domain = make_pilot_domain(skill_certificate=certificate.name)
		plan = make_plan(state="Results Final", students=[self.student.name], pilot_domain=domain.name)
		self.record = frappe.get_doc(
			"Skill Certificate Record", {"plan": plan.name, "student": self.student.name, "docstatus": 1}
		)

		# Record names come back after a rollback: forget counts an earlier test left.
		frappe.cache.delete_value(failed_confirmations_key(self.record.name), make_keys=False)

	def tearDown(self):
		frappe.cache.delete_value(failed_confirmations_key(self.record.name), make_keys=False)
		frappe.db.rollback()

	def test_code_finds_the_certificate_with_the_name_masked(self):
		found = find_certificate(code=self.record.verification_code)
		self.assertEqual(set(found), PUBLIC_KEYS)
		self.assertEqual(found["holder"], "王*明")
		self.assertEqual(found["certificate"], self.certificate_name)
		self.assertTrue(found["valid"])

	def test_number_and_full_name_find_it_and_spaces_do_not_matter(self):
		self.assertIsNotNone(find_certificate(number=self.record.name, holder="王小明"))
		self.assertIsNotNone(find_certificate(number=self.record.name, holder=" 王 小明 "))

	def test_wrong_name_unknown_number_and_garbage_all_answer_none(self):
		self.assertIsNone(find_certificate(number=self.record.name, holder="王小"))
		self.assertIsNone(find_certificate(number=self.record.name + "9", holder="王小明"))
		self.assertIsNone(find_certificate(number="' OR 1=1 --", holder="王小明"))
		self.assertIsNone(find_certificate(code="<script>alert(1)</script>"))
		self.assertIsNone(find_certificate(code="A" * 65))
		self.assertIsNone(find_certificate(code=self.record.name))

	def test_the_public_view_holds_no_record_number_id_or_scores(self):
		found = find_certificate(code=self.record.verification_code)
		text = frappe.as_json(found)
		for secret in (self.record.name, self.personal.id_number, self.personal.phone, self.student.name):
			self.assertNotIn(secret, text)

	def test_revoked_certificate_says_revoked_and_when(self):
		set_status(self.record, REVOKED, "Misconduct")
		found = find_certificate(code=self.record.verification_code)
		self.assertFalse(found["valid"])
		self.assertEqual(found["status"], frappe._("Revoked"))
		self.assertTrue(found["revoked_on"])

	def test_holder_matches_only_with_full_name_and_id_tail(self):
		tail = self.personal.id_number[-6:]
		self.assertTrue(holder_matches(self.record.name, "王小明", tail))
		self.assertTrue(holder_matches(self.record.verification_code, "王小明", tail.lower()))
		self.assertFalse(
			holder_matches(self.record.name, "王小明", "000000" if tail != "000000" else "111111")
		)
		self.assertFalse(holder_matches(self.record.name, "王小", tail))
		self.assertFalse(holder_matches(self.record.name, "王小明", tail[-4:]))
		self.assertFalse(holder_matches("NOSUCHCERT", "王小明", tail))

	@patch("onex_pilot.portal.verification.holder_confirmation_limit", lambda: 3)
	def test_a_certificate_stops_confirming_after_too_many_wrong_guesses(self):
		tail = self.personal.id_number[-6:]
		wrong = "000000" if tail != "000000" else "111111"
		# Malformed guesses and guesses about unknown certificates are not counted.
		for _ in range(5):
			self.assertEqual(confirm_holder(self.record.name, "王小明", tail[:4]), {"matches": False})
			self.assertEqual(confirm_holder("NOSUCHCERT", "王小明", wrong), {"matches": False})
		self.assertEqual(confirm_holder(self.record.name, "王小明", tail), {"matches": True})

		# Wrong guesses count for the certificate, whether it is named by number or by code.
		self.assertEqual(confirm_holder(self.record.name, "王小明", wrong), {"matches": False})
		self.assertEqual(confirm_holder(self.record.verification_code, "王小明", wrong), {"matches": False})
		self.assertEqual(confirm_holder(self.record.name.lower(), "王小", tail), {"matches": False})

		locked = {"matches": False, "locked": True}
		self.assertEqual(confirm_holder(self.record.name, "王小明", tail), locked)
		self.assertEqual(confirm_holder(self.record.verification_code, "王小明", tail), locked)
		ttl = frappe.cache.ttl(failed_confirmations_key(self.record.name))
		self.assertTrue(0 < ttl <= FAILED_CONFIRMATIONS_WINDOW, ttl)
