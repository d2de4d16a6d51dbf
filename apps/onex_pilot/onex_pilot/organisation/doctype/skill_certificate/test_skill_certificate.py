import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.organisation.exceptions import (
	DuplicateLevelError,
	InvalidPassMarkError,
	LevelNotOfferedError,
	NotAnEvaluationOrganisationError,
)
from onex_pilot.organisation.levels import ADVANCED, ELEMENTARY, INTERMEDIATE
from onex_pilot.organisation.skill_certificate import get_level_rule
from onex_pilot.tests.factories.organisation import (
	make_partner_organisation,
	make_skill_certificate,
)


class TestSkillCertificate(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_pass_mark_above_100_is_refused(self):
		certificate = make_skill_certificate()
		certificate.levels[1].practical_pass_mark = 101
		with self.assertRaises(InvalidPassMarkError):
			certificate.save()
		saved = get_level_rule(certificate.name, INTERMEDIATE)
		self.assertEqual(saved.practical_pass_mark, 60)

	def test_new_certificate_with_a_bad_total_pass_mark_is_not_saved(self):
		code = frappe.generate_hash(length=10).upper()
		certificate = frappe.get_doc(
			{
				"doctype": "Skill Certificate",
				"certificate_code": code,
				"certificate_name": "Cabin crew",
				"evaluation_organisation": make_partner_organisation(is_evaluation_organisation=1).name,
				"levels": [
					{
						"level": ELEMENTARY,
						"theory_pass_mark": 60,
						"practical_pass_mark": 60,
						"total_pass_mark": 150,
					}
				],
			}
		)
		with self.assertRaises(InvalidPassMarkError):
			certificate.insert()
		self.assertFalse(frappe.db.exists("Skill Certificate", code))

	def test_level_listed_twice_is_refused(self):
		certificate = make_skill_certificate(levels=(ELEMENTARY,))
		certificate.append("levels", {"level": ELEMENTARY, "theory_pass_mark": 50, "practical_pass_mark": 50})
		with self.assertRaises(DuplicateLevelError):
			certificate.save()
		self.assertEqual(frappe.db.count("Skill Certificate Level", {"parent": certificate.name}), 1)

	def test_evaluation_organisation_must_be_ticked_as_one(self):
		company = make_partner_organisation(is_evaluation_organisation=0)
		code = frappe.generate_hash(length=10).upper()
		with self.assertRaises(NotAnEvaluationOrganisationError):
			make_skill_certificate(evaluation_organisation=company.name, certificate_code=code)
		self.assertFalse(frappe.db.exists("Skill Certificate", code))

	def test_level_rule_gives_pass_marks_and_fee(self):
		certificate = make_skill_certificate(fee=280)
		rule = get_level_rule(certificate.name, ADVANCED)
		self.assertEqual((rule.theory_pass_mark, rule.practical_pass_mark, rule.fee), (60, 60, 280))

	def test_level_rule_of_a_level_not_offered_is_a_clear_error(self):
		certificate = make_skill_certificate(levels=(ELEMENTARY, INTERMEDIATE))
		with self.assertRaises(LevelNotOfferedError):
			get_level_rule(certificate.name, ADVANCED)
