"""The states and actions of the assessment workflows, as the shipped Workflow fixtures name them.

Kept free of imports so hooks.py can read it. The controllers import these names and keep
them as their own constants (`skill_assessment_plan.HELD`, `fee_waiver.APPROVED`)."""

# Skill Assessment Plan
DRAFT = "Draft"
PENDING_APPROVAL = "Pending Approval"
OPEN_FOR_REGISTRATION = "Open for Registration"
REGISTRATION_CLOSED = "Registration Closed"
HELD = "Held"
RESULTS_IN_PUBLICITY = "Results in Publicity"
RESULTS_FINAL = "Results Final"
CANCELLED = "Cancelled"

PLAN_STATES = (
	DRAFT,
	PENDING_APPROVAL,
	OPEN_FOR_REGISTRATION,
	REGISTRATION_CLOSED,
	HELD,
	RESULTS_IN_PUBLICITY,
	RESULTS_FINAL,
	CANCELLED,
)

# Fee Waiver
APPLIED = "Applied"
CLASS_TEACHER_APPROVED = "Class Teacher Approved"
APPROVED = "Approved"
REJECTED = "Rejected"

WAIVER_STATES = (APPLIED, CLASS_TEACHER_APPROVED, APPROVED, REJECTED)

# Actions (Workflow Action Master)
SUBMIT_FOR_APPROVAL = "Submit for Approval"
APPROVE = "Approve"
REJECT = "Reject"
CLOSE_REGISTRATION = "Close Registration"
MARK_AS_HELD = "Mark as Held"
PUBLISH_RESULTS = "Publish Results"
FINALISE_RESULTS = "Finalise Results"
CANCEL_PLAN = "Cancel Plan"

ACTIONS = (
	SUBMIT_FOR_APPROVAL,
	APPROVE,
	REJECT,
	CLOSE_REGISTRATION,
	MARK_AS_HELD,
	PUBLISH_RESULTS,
	FINALISE_RESULTS,
	CANCEL_PLAN,
)

WORKFLOWS = ("Skill Assessment Plan", "Fee Waiver")
WORKFLOW_STATES = PLAN_STATES + WAIVER_STATES
