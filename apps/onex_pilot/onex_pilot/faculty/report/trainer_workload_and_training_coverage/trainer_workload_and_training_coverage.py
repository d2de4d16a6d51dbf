"""Trainer Workload and Training Coverage: two parts, chosen with the Part filter.

- Trainer Workload: per trainer and term, hours of certificate teaching (Teaching
  Assignments), assessment duty (held assessment plans) and trainer training (held sessions).
- Training Coverage: per Active pilot domain and term, trainer training sessions held
  against the target of 1 to 2 per term, flagged below or above."""

import frappe
from frappe import _

from onex_pilot.faculty.workload import BELOW_TARGET, trainer_workload, training_coverage

TRAINER_WORKLOAD = "Trainer Workload"
TRAINING_COVERAGE = "Training Coverage"


def execute(filters=None):
	filters = frappe._dict(filters or {})
	if filters.part == TRAINING_COVERAGE:
		return coverage_report(filters)
	return workload_report(filters)


def workload_report(filters):
	data = trainer_workload(school_term=filters.school_term, trainer=filters.trainer)
	for row in data:
		row.trainer_type = _(row.trainer_type) if row.trainer_type else row.trainer_type
	summary = [
		summary_item(_("Teaching Hours"), sum(row.teaching_hours for row in data)),
		summary_item(_("Assessment Hours"), sum(row.assessment_hours for row in data)),
		summary_item(_("Training Hours"), sum(row.training_hours for row in data)),
		summary_item(_("Total Hours"), sum(row.total_hours for row in data), "Blue"),
	]
	return workload_columns(), data, None, None, summary


def coverage_report(filters):
	data = training_coverage(school_term=filters.school_term, pilot_domain=filters.pilot_domain)
	for row in data:
		row.target = _("{0}–{1} per term").format(row.target_min, row.target_max)
		row.coverage_status = row.coverage  # untranslated, for the indicator colour
		row.coverage = _(row.coverage)
	below = [row for row in data if row.coverage_status == BELOW_TARGET]
	message = below_target_message(below)
	summary = [
		{
			"label": _("Domains and Terms Below Target"),
			"value": len(below),
			"datatype": "Int",
			"indicator": "Red" if below else "Green",
		},
		{"label": _("Sessions Held"), "value": sum(row.sessions_held for row in data), "datatype": "Int"},
	]
	return coverage_columns(), data, message, None, summary


def below_target_message(below) -> str | None:
	"""Names the domains below target in the latest term shown, and counts the earlier ones."""
	if not below:
		return None
	latest = below[-1].school_term  # rows come ordered by term
	domains = [row.pilot_domain for row in below if row.school_term == latest]
	message = _("Below target in {0}: {1}.").format(latest, _(", ").join(domains))
	earlier = len(below) - len(domains)
	if earlier:
		message += " " + _("Earlier terms: {0} more domains below target.").format(earlier)
	return message


def summary_item(label, value, indicator="Green"):
	return {"label": label, "value": value, "datatype": "Float", "indicator": indicator}


def workload_columns():
	return [
		column(_("Trainer"), "trainer", "Link", "Trainer", 130),
		column(_("Trainer Name"), "trainer_name", "Data", None, 120),
		column(_("Trainer Type"), "trainer_type", "Data", None, 130),
		column(_("School Term"), "school_term", "Link", "School Term", 110),
		column(_("Planned Teaching Hours"), "planned_teaching_hours", "Float", None, 120),
		column(_("Teaching Hours"), "teaching_hours", "Float", None, 110),
		column(_("Assessment Hours"), "assessment_hours", "Float", None, 110),
		column(_("Training Hours"), "training_hours", "Float", None, 110),
		column(_("Total Hours"), "total_hours", "Float", None, 110),
	]


def coverage_columns():
	return [
		column(_("Pilot Domain"), "pilot_domain", "Link", "Pilot Domain", 180),
		column(_("School Term"), "school_term", "Link", "School Term", 110),
		column(_("Sessions Held"), "sessions_held", "Int", None, 110),
		column(_("Sessions Planned"), "sessions_planned", "Int", None, 110),
		column(_("Target"), "target", "Data", None, 110),
		column(_("Coverage"), "coverage", "Data", None, 120),
	]


def column(label, fieldname, fieldtype, options, width):
	return {
		"label": label,
		"fieldname": fieldname,
		"fieldtype": fieldtype,
		"options": options,
		"width": width,
	}
