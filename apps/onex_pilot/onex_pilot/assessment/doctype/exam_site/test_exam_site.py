import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.assessment.exam_site import is_site_accredited
from onex_pilot.assessment.exceptions import (
	AccreditationOrganisationError,
	InvalidAccreditationPeriodError,
	OverlappingAccreditationError,
)
from onex_pilot.organisation.exceptions import LevelNotOfferedError
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.tests.factories.organisation import make_partner_organisation, make_skill_certificate, unique
from onex_pilot.tests.factories.students import make_exam_site


class TestExamSite(FrappeTestCase):
	def setUp(self):
		self.certificate = make_skill_certificate()

	def tearDown(self):
		frappe.db.rollback()

	def new_site(self, *rows):
		site = frappe.get_doc({"doctype": "Exam Site", "site_name": unique("Exam Site")})
		for row in rows:
			site.append(
				"accreditations", {"skill_certificate": self.certificate.name, "level": ELEMENTARY, **row}
			)
		return site

	def assert_refused(self, exc, site):
		with self.assertRaises(exc):
			site.insert()
		self.assertFalse(frappe.db.exists("Exam Site", site.site_name))

	def test_accrediting_organisation_defaults_to_the_certificates(self):
		site = make_exam_site(accredited_for=[(self.certificate.name, ELEMENTARY)])
		self.assertEqual(
			site.accreditations[0].evaluation_organisation, self.certificate.evaluation_organisation
		)

	def test_valid_to_before_valid_from_is_refused(self):
		site = self.new_site({"valid_from": today(), "valid_to": add_days(today(), -1)})
		self.assert_refused(InvalidAccreditationPeriodError, site)

	def test_accreditation_by_another_organisation_is_refused(self):
		other = make_partner_organisation(is_evaluation_organisation=1).name
		site = self.new_site(
			{"valid_from": today(), "valid_to": add_days(today(), 30), "evaluation_organisation": other}
		)
		self.assert_refused(AccreditationOrganisationError, site)

	def test_level_the_certificate_does_not_offer_is_refused(self):
		certificate = make_skill_certificate(levels=[ELEMENTARY])
		site = self.new_site(
			{
				"skill_certificate": certificate.name,
				"level": ADVANCED,
				"valid_from": today(),
				"valid_to": today(),
			}
		)
		self.assert_refused(LevelNotOfferedError, site)

	def test_overlapping_accreditations_for_one_level_are_refused(self):
		site = self.new_site(
			{"valid_from": add_days(today(), -100), "valid_to": today()},
			{"valid_from": today(), "valid_to": add_days(today(), 100)},
		)
		self.assert_refused(OverlappingAccreditationError, site)

	def test_consecutive_accreditations_are_accepted(self):
		site = self.new_site(
			{"valid_from": add_days(today(), -100), "valid_to": add_days(today(), -1)},
			{"valid_from": today(), "valid_to": add_days(today(), 100)},
			{
				"level": INTERMEDIATE,
				"valid_from": add_days(today(), -100),
				"valid_to": add_days(today(), 100),
			},
		).insert()
		self.assertEqual(len(site.accreditations), 3)


class TestIsSiteAccredited(FrappeTestCase):
	def setUp(self):
		self.certificate = make_skill_certificate().name
		self.site = make_exam_site(
			accredited_for=[(self.certificate, INTERMEDIATE)],
			valid_from=add_days(today(), -10),
			valid_to=add_days(today(), 10),
		).name

	def tearDown(self):
		frappe.db.rollback()

	def test_accredited_inside_the_period_both_ends_included(self):
		for offset in (-10, 0, 10):
			with self.subTest(offset=offset):
				self.assertTrue(
					is_site_accredited(self.site, self.certificate, INTERMEDIATE, add_days(today(), offset))
				)

	def test_not_accredited_outside_the_period(self):
		for offset in (-11, 11):
			with self.subTest(offset=offset):
				self.assertFalse(
					is_site_accredited(self.site, self.certificate, INTERMEDIATE, add_days(today(), offset))
				)

	def test_not_accredited_for_another_level_or_certificate(self):
		self.assertFalse(is_site_accredited(self.site, self.certificate, ELEMENTARY, today()))
		other = make_skill_certificate().name
		self.assertFalse(is_site_accredited(self.site, other, INTERMEDIATE, today()))

	def test_disabled_or_missing_site_is_not_accredited(self):
		frappe.db.set_value("Exam Site", self.site, "disabled", 1)
		self.assertFalse(is_site_accredited(self.site, self.certificate, INTERMEDIATE, today()))
		self.assertFalse(is_site_accredited("No such site", self.certificate, INTERMEDIATE, today()))
