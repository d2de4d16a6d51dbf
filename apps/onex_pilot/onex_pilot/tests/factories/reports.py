"""Factories for the report tests: assessment rounds with known outcomes, built from the
assessment factories so every rule of the cycle runs."""

import frappe

from onex_pilot.assessment import results as assessment_results
from onex_pilot.assessment.workflow_names import (
	HELD,
	OPEN_FOR_REGISTRATION,
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.tests.factories.assessment import (
	PASSING,
	REGISTRATION,
	advance,
	end_publicity,
	make_plan,
	result_row,
)

FAILING = (50, 70)
ABSENT = "Absent"
VOID = "Void"


def outcome_row(registration: str, score) -> dict:
	"""A grid row: (theory, practical), "Absent", or "Void" (misconduct, with a reason)."""
	if score == VOID:
		return {"registration": registration, "void_for_misconduct": 1, "void_reason": "Used a phone"}
	return result_row(registration, score)


def make_round(state: str = RESULTS_FINAL, scores=None, cancelled=(), **plan_fields):
	"""A plan taken to `state` with `scores` (student → (theory, practical), "Absent" or "Void").

	Every student in `scores` and in `cancelled` registers while the plan is open; those in
	`cancelled` cancel again before registration closes. From Held on, results are entered
	(drafts while Held); from Results in Publicity on they are published, and Results Final
	issues the certificates."""
	scores = scores or {}
	plan = make_plan(state=OPEN_FOR_REGISTRATION, students=[*scores, *cancelled], **plan_fields)
	for student in cancelled:
		name = frappe.db.get_value(REGISTRATION, {"plan": plan.name, "student": student})
		frappe.get_doc(REGISTRATION, name).cancel_registration("Changed their mind")
	if state == OPEN_FOR_REGISTRATION:
		return plan
	advance(plan, HELD)
	registrations = dict(
		frappe.get_all(
			REGISTRATION,
			filters={"plan": plan.name, "status": "Registered"},
			fields=["student", "name"],
			as_list=True,
		)
	)
	if scores:
		rows = [outcome_row(registrations[student], score) for student, score in scores.items()]
		assessment_results.enter_results(plan.name, rows)
	if state in (RESULTS_IN_PUBLICITY, RESULTS_FINAL):
		advance(plan, RESULTS_IN_PUBLICITY)
	if state == RESULTS_FINAL:
		end_publicity(plan.name)
		advance(plan, RESULTS_FINAL)
	plan.reload()
	return plan


__all__ = ["ABSENT", "FAILING", "PASSING", "VOID", "make_round", "outcome_row"]
