"""Results publicity (成绩公示): the plans whose results are in publicity, with each candidate's
masked name, class, level and outcome only; no ID, no scores, nothing about fees or waivers."""

import frappe

from onex_pilot.assessment.workflow_names import RESULTS_IN_PUBLICITY
from onex_pilot.privacy import mask_name

SUBMITTED = 1


def plans_in_publicity() -> list:
	return frappe.get_all(
		"Skill Assessment Plan",
		filters={"workflow_state": RESULTS_IN_PUBLICITY},
		fields=[
			"name",
			"plan_title",
			"certificate_name",
			"skill_certificate",
			"level",
			"exam_date",
			"publicity_ends_on",
		],
		order_by="exam_date desc",
	)


def publicity_rows(plan: str) -> list[dict]:
	result = frappe.qb.DocType("Skill Assessment Result")
	registration = frappe.qb.DocType("Skill Assessment Registration")
	rows = (
		frappe.qb.from_(result)
		.left_join(registration)
		.on(registration.name == result.registration)
		.select(result.student_name, registration.school_class, result.level, result.outcome)
		.where(result.plan == plan)
		.where(result.docstatus == SUBMITTED)
		.orderby(registration.school_class)
		.orderby(result.student_name)
		.run(as_dict=True)
	)
	return [
		{
			"holder": mask_name(row.student_name),
			"school_class": row.school_class or "",
			"level": row.level or "",
			"outcome": row.outcome or "",
		}
		for row in rows
	]


def publicity_lists() -> list:
	plans = plans_in_publicity()
	for plan in plans:
		plan.rows = publicity_rows(plan.name)
	return plans
