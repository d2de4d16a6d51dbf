"""The shipped Workflows use the state names the code enforces, and are installed."""

import json
from itertools import pairwise
from pathlib import Path

import frappe
from frappe.tests.utils import FrappeTestCase

from onex_pilot.assessment.doctype.fee_waiver import fee_waiver
from onex_pilot.assessment.doctype.skill_assessment_plan import skill_assessment_plan
from onex_pilot.assessment.workflow_names import ACTIONS

FIXTURE = Path(frappe.get_app_path("onex_pilot", "fixtures", "workflow.json"))
PLAN_PATH = [
	skill_assessment_plan.DRAFT,
	skill_assessment_plan.PENDING_APPROVAL,
	skill_assessment_plan.OPEN_FOR_REGISTRATION,
	skill_assessment_plan.REGISTRATION_CLOSED,
	skill_assessment_plan.HELD,
	skill_assessment_plan.RESULTS_IN_PUBLICITY,
	skill_assessment_plan.RESULTS_FINAL,
]


def shipped(name: str) -> dict:
	return next(w for w in json.loads(FIXTURE.read_text()) if w["name"] == name)


class TestShippedWorkflows(FrappeTestCase):
	def test_plan_workflow_has_the_plan_states(self):
		workflow = shipped("Skill Assessment Plan")

		self.assertEqual({s["state"] for s in workflow["states"]}, set(skill_assessment_plan.PLAN_STATES))
		self.assertEqual(workflow["workflow_state_field"], "workflow_state")

	def test_plan_workflow_leads_from_draft_to_results_final(self):
		steps = {(t["state"], t["next_state"]) for t in shipped("Skill Assessment Plan")["transitions"]}

		self.assertTrue(set(pairwise(PLAN_PATH)) <= steps)
		self.assertIn((skill_assessment_plan.DRAFT, skill_assessment_plan.CANCELLED), steps)
		self.assertNotIn((skill_assessment_plan.HELD, skill_assessment_plan.CANCELLED), steps)

	def test_fee_waiver_workflow_has_the_waiver_states(self):
		workflow = shipped("Fee Waiver")
		steps = {(t["state"], t["next_state"], t["allowed"]) for t in workflow["transitions"]}

		self.assertEqual({s["state"] for s in workflow["states"]}, set(fee_waiver.WAIVER_STATES))
		self.assertIn((fee_waiver.APPLIED, fee_waiver.CLASS_TEACHER_APPROVED, "Class Teacher"), steps)
		self.assertIn((fee_waiver.CLASS_TEACHER_APPROVED, fee_waiver.APPROVED, "Finance Officer"), steps)

	def test_workflows_are_installed_and_active(self):
		for name, states in (
			("Skill Assessment Plan", skill_assessment_plan.PLAN_STATES),
			("Fee Waiver", fee_waiver.WAIVER_STATES),
		):
			workflow = frappe.get_doc("Workflow", name)
			self.assertTrue(workflow.is_active)
			self.assertEqual({s.state for s in workflow.states}, set(states))
		self.assertEqual(
			set(frappe.get_all("Workflow Action Master", pluck="name")) & set(ACTIONS), set(ACTIONS)
		)
