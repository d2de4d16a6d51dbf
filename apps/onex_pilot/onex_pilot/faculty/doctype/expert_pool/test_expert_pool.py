import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.faculty.doctype.expert_pool.expert_pool import COMPLETE, INCOMPLETE
from onex_pilot.faculty.exceptions import (
	DuplicateExpertError,
	InvalidPoolTargetError,
	NotAnEvaluationOrganisationError,
)
from onex_pilot.tests.factories.faculty import make_expert_pool, make_trainer
from onex_pilot.tests.factories.organisation import make_partner_organisation


def experts_from(kind: str, count: int) -> list[str]:
	organisation = make_partner_organisation(kind=kind).name
	return [
		make_trainer(trainer_type="External Expert", partner_organisation=organisation).name
		for _ in range(count)
	]


class TestExpertPool(FrappeTestCase):
	def tearDown(self):
		frappe.db.rollback()

	def test_pool_of_five_companies_three_colleges_two_research_is_complete(self):
		experts = (
			experts_from("Company", 5) + experts_from("College", 3) + experts_from("Research Institution", 2)
		)
		pool = make_expert_pool(experts=experts)

		self.assertEqual(
			(pool.target_total, pool.target_company, pool.target_college, pool.target_research), (10, 5, 3, 2)
		)
		self.assertEqual(
			(pool.actual_total, pool.actual_company, pool.actual_college, pool.actual_research), (10, 5, 3, 2)
		)
		self.assertEqual(pool.composition_status, COMPLETE)
		self.assertEqual(pool.shortfall(), {})

	def test_pool_says_what_is_missing(self):
		experts = (
			experts_from("Company", 4)
			+ experts_from("College", 3)
			+ experts_from("Research Institution", 1)
			+ experts_from("School", 1)
		)
		pool = make_expert_pool(experts=experts)

		self.assertEqual(
			(pool.actual_total, pool.actual_company, pool.actual_college, pool.actual_research), (9, 4, 3, 1)
		)
		self.assertEqual(pool.composition_status, INCOMPLETE)
		self.assertEqual(pool.shortfall(), {"total": 1, "company": 1, "research": 1})

	def test_pool_counts_an_expert_by_their_current_organisation(self):
		expert = make_trainer(partner_organisation=make_partner_organisation(kind="Company").name)
		pool = make_expert_pool(experts=[expert.name])
		self.assertEqual(pool.actual_company, 1)

		expert.partner_organisation = make_partner_organisation(kind="College").name
		expert.save()
		pool.reload()
		pool.save()
		self.assertEqual((pool.actual_company, pool.actual_college), (0, 1))

	def test_same_expert_twice_is_refused(self):
		expert = experts_from("Company", 1)[0]
		with self.assertRaises(DuplicateExpertError):
			make_expert_pool(experts=[expert, expert], pool_name="Duplicate expert pool")
		self.assertFalse(frappe.db.exists("Expert Pool", "Duplicate expert pool"))

	def test_targets_above_the_total_are_refused(self):
		with self.assertRaises(InvalidPoolTargetError):
			make_expert_pool(pool_name="Overfull pool", target_total=10, target_company=6)
		self.assertFalse(frappe.db.exists("Expert Pool", "Overfull pool"))

	def test_pool_of_an_organisation_that_does_not_evaluate_is_refused(self):
		company = make_partner_organisation(kind="Company", is_evaluation_organisation=0).name
		with self.assertRaises(NotAnEvaluationOrganisationError):
			make_expert_pool(pool_name="Wrong pool", evaluation_organisation=company)
		self.assertFalse(frappe.db.exists("Expert Pool", "Wrong pool"))

	def test_pool_of_an_evaluation_organisation_is_accepted(self):
		evaluator = make_partner_organisation(kind="Company", is_evaluation_organisation=1).name
		pool = make_expert_pool(evaluation_organisation=evaluator)
		self.assertEqual(pool.evaluation_organisation, evaluator)
