"""What an assessment plan must satisfy to be approved and to keep its examiners.

Each check is a small function taking the plan document and throwing its own
exception; the plan's controller calls them at the transitions that need them."""

import math

import frappe
from frappe import _
from frappe.utils import format_date

from onex_pilot.assessment.doctype.pilot_settings.pilot_settings import get_setting
from onex_pilot.assessment.exam_site import is_site_accredited
from onex_pilot.assessment.exceptions import (
	ExaminerConflictOfInterestError,
	ExaminerDoubleBookedError,
	ExaminerNotQualifiedError,
	RoomDoubleBookedError,
	SiteNotAccreditedError,
	TooFewExaminersError,
)
from onex_pilot.assessment.workflow_names import (
	HELD,
	OPEN_FOR_REGISTRATION,
	REGISTRATION_CLOSED,
	RESULTS_FINAL,
	RESULTS_IN_PUBLICITY,
)
from onex_pilot.faculty.qualifications import has_valid_examiner_qualification
from onex_pilot.faculty.teaching import teaching_conflicts

PLAN = "Skill Assessment Plan"
REGISTRATION = "Skill Assessment Registration"
# A plan holds its rooms and examiners from its approval on.
BOOKED_STATES = (OPEN_FOR_REGISTRATION, REGISTRATION_CLOSED, HELD, RESULTS_IN_PUBLICITY, RESULTS_FINAL)


def candidates_per_examiner() -> int:
	return get_setting("candidates_per_examiner")


def required_examiners(capacity: int) -> int:
	return math.ceil((capacity or 0) / candidates_per_examiner())


def check_site_accredited(plan):
	if is_site_accredited(plan.exam_site, plan.skill_certificate, plan.level, plan.exam_date):
		return
	frappe.throw(
		_(
			"Exam Site {0} holds no accreditation for {1} ({2}) valid on {3}. Choose an accredited site, or record the site's accreditation first."
		).format(
			frappe.bold(plan.exam_site),
			frappe.bold(plan.skill_certificate),
			_(plan.level),
			frappe.bold(format_date(plan.exam_date)),
		),
		exc=SiteNotAccreditedError,
		title=_("Exam site not accredited"),
	)


def check_enough_examiners(plan):
	needed = required_examiners(plan.capacity)
	if len(plan.examiners) >= needed:
		return
	frappe.throw(
		_(
			"{0} candidates need at least {1} examiners ({2} per examiner), but the plan has {3}. Add examiners or lower the capacity."
		).format(plan.capacity, frappe.bold(needed), candidates_per_examiner(), len(plan.examiners)),
		exc=TooFewExaminersError,
		title=_("Too few examiners"),
	)


def check_examiners_qualified(plan):
	for row in plan.examiners:
		if has_valid_examiner_qualification(row.trainer, plan.skill_certificate, plan.level, plan.exam_date):
			continue
		frappe.throw(
			_(
				"Examiners row {0}: {1} holds no examiner qualification for {2} ({3}) valid on {4}. Choose a qualified examiner, or record the qualification on the Trainer."
			).format(
				row.idx,
				frappe.bold(row.trainer_name or row.trainer),
				frappe.bold(plan.skill_certificate),
				_(plan.level),
				format_date(plan.exam_date),
			),
			exc=ExaminerNotQualifiedError,
			title=_("Examiner not qualified"),
		)


def overlapping_bookings(plan, child_doctype: str, fieldname: str, values) -> list:
	"""(plan, value) pairs of other booked plans that overlap `plan` in time and share a value."""
	values = [v for v in values if v]
	if not values:
		return []
	other = frappe.qb.DocType(PLAN)
	child = frappe.qb.DocType(child_doctype)
	return (
		frappe.qb.from_(child)
		.join(other)
		.on(other.name == child.parent)
		.select(other.name, child[fieldname])
		.where(child.parenttype == PLAN)
		.where(child[fieldname].isin(values))
		.where(other.name != (plan.name or ""))
		.where(other.workflow_state.isin(BOOKED_STATES))
		.where(other.exam_date == plan.exam_date)
		.where(other.start_time < plan.end_time)
		.where(other.end_time > plan.start_time)
		.orderby(other.name)
		.run()
	)


def check_rooms_free(plan):
	clashes = overlapping_bookings(
		plan, "Skill Assessment Plan Room", "exam_room", [r.exam_room for r in plan.rooms]
	)
	if not clashes:
		return
	other_plan, room = clashes[0]
	frappe.throw(
		_(
			"Room {0} is already booked by plan {1} at an overlapping time on {2}. Choose another room or time."
		).format(frappe.bold(room), frappe.bold(other_plan), format_date(plan.exam_date)),
		exc=RoomDoubleBookedError,
		title=_("Room double-booked"),
	)


def check_examiners_free(plan):
	clashes = overlapping_bookings(
		plan, "Skill Assessment Plan Examiner", "trainer", [r.trainer for r in plan.examiners]
	)
	if not clashes:
		return
	other_plan, trainer = clashes[0]
	frappe.throw(
		_(
			"Examiner {0} already examines plan {1} at an overlapping time on {2}. Choose another examiner or time."
		).format(
			frappe.bold(frappe.db.get_value("Trainer", trainer, "trainer_name") or trainer),
			frappe.bold(other_plan),
			format_date(plan.exam_date),
		),
		exc=ExaminerDoubleBookedError,
		title=_("Examiner double-booked"),
	)


def registered_classes(plan_name: str) -> list[str]:
	return frappe.get_all(
		REGISTRATION,
		filters={"plan": plan_name, "status": "Registered"},
		pluck="school_class",
		distinct=True,
	)


def check_no_conflict_of_interest(plan):
	"""No examiner may teach a registered student's class in the plan's domain and term."""
	conflicts = teaching_conflicts(
		[r.trainer for r in plan.examiners],
		plan.pilot_domain,
		plan.school_term,
		registered_classes(plan.name),
	)
	if not conflicts:
		return
	first = conflicts[0]
	frappe.throw(
		_(
			"Examiner {0} teaches class {1} in this domain this term (Teaching Assignment {2}), and students of that class are registered. Replace the examiner."
		).format(
			frappe.bold(first.trainer_name or first.trainer), frappe.bold(first.school_class), first.name
		),
		exc=ExaminerConflictOfInterestError,
		title=_("Examiner conflict of interest"),
	)


def check_approval(plan):
	"""Everything an approver must not overlook, in the order a planner would fix it."""
	check_site_accredited(plan)
	check_enough_examiners(plan)
	check_examiners_qualified(plan)
	check_rooms_free(plan)
	check_examiners_free(plan)


def check_examiners_after_approval(plan):
	"""A changed examiner list of an approved plan must still meet every examiner rule."""
	check_enough_examiners(plan)
	check_examiners_qualified(plan)
	check_examiners_free(plan)
	check_no_conflict_of_interest(plan)
