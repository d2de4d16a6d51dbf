import json

import frappe
from frappe.desk.form.load import get_docinfo
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan, make_registration
from onex_pilot.tests.factories.organisation import make_pilot_domain, make_user
from onex_pilot.tests.factories.students import make_student

REGISTRATION = "Skill Assessment Registration"
FEE_FIELDS = ("fee", "payment_status", "fee_waiver", "waived_amount")


def versions_of(name: str) -> list[dict]:
	return [
		json.loads(data)
		for data in frappe.get_all(
			"Version",
			filters={"ref_doctype": REGISTRATION, "docname": name},
			pluck="data",
			order_by="creation",
		)
	]


class TestVersionHistory(FrappeTestCase):
	def setUp(self):
		# Frappe writes no Versions while tests run (Document._save); these tests are about them.
		self.in_test, frappe.flags.in_test = frappe.flags.in_test, False

	def tearDown(self):
		frappe.flags.in_test = self.in_test
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def waived_registration(self):
		"""A registration waived after it was made, then cancelled: a Domain Lead may read it."""
		lead = make_user(roles=[roles.DOMAIN_LEAD]).name
		plan = make_plan(state=OPEN_FOR_REGISTRATION, pilot_domain=make_pilot_domain(domain_lead=lead).name)
		student = make_student(with_user=False).name
		registration = make_registration(plan.name, student)
		waiver = make_fee_waiver(student=student).name
		self.assertEqual(frappe.db.get_value(REGISTRATION, registration.name, "fee_waiver"), waiver)
		registration.reload()
		registration.cancel_registration("Moved to another round")
		registration.save(ignore_permissions=True)
		return lead, registration.name, waiver

	def test_versions_keep_visible_changes_and_drop_fee_fields(self):
		_lead, registration, _waiver = self.waived_registration()

		versions = versions_of(registration)

		self.assertGreaterEqual(len(versions), 2)  # the waiver's re-pricing and the cancellation
		changed = [row[0] for version in versions for row in version.get("changed", [])]
		self.assertIn("status", changed)
		self.assertFalse(set(changed) & set(FEE_FIELDS), changed)

	def test_the_timeline_tells_a_domain_lead_nothing_of_the_waiver(self):
		lead, registration, waiver = self.waived_registration()

		frappe.set_user(lead)
		get_docinfo(doctype=REGISTRATION, name=registration)
		docinfo = json.dumps(frappe.response["docinfo"], default=str)

		self.assertIn("Moved to another round", docinfo)  # the lead does read the timeline
		self.assertNotIn(waiver, docinfo)
		self.assertNotIn("Waived", docinfo)
