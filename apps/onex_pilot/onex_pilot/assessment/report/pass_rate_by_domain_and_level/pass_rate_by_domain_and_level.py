"""Pass Rate by Domain and Level: per pilot domain, certificate, level and round (plan), the
candidates registered, sat (Pass + Fail + Void; Absent excluded), passed, the pass rate
(passed ÷ sat) and the certificates issued. Counted by `assessment.statistics`."""

import frappe
from frappe import _

from onex_pilot.assessment.statistics import BY_LEVEL, BY_ROUND, assessment_figures
from onex_pilot.reporting import column, pass_rate

COUNTS = ("registered", "sat", "passed", "failed", "absent", "void", "certificates_issued")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	grouping = BY_LEVEL if filters.group_by == BY_LEVEL else BY_ROUND
	data = assessment_figures(grouping, filters)
	for row in data:
		row.pass_rate = pass_rate(row.passed, row.sat)
		row.level = _(row.level) if row.level else row.level
		if row.get("workflow_state"):
			row.workflow_state = _(row.workflow_state)
	return get_columns(grouping), data, None, get_chart(data), get_summary(data)


def get_columns(grouping: str) -> list[dict]:
	columns = [
		column(_("Pilot Domain"), "pilot_domain", "Link", "Pilot Domain", 160),
		column(_("Skill Certificate"), "skill_certificate", "Link", "Skill Certificate", 120),
		column(_("Certificate Name"), "certificate_name", "Data", None, 180),
		column(_("Level"), "level", "Data", None, 80),
	]
	if grouping == BY_ROUND:
		columns += [
			column(_("Assessment Round"), "plan", "Link", "Skill Assessment Plan", 130),
			column(_("Exam Date"), "exam_date", "Date", None, 100),
			column(_("School Term"), "school_term", "Link", "School Term", 100),
			column(_("Plan Status"), "workflow_state", "Data", None, 120),
		]
	columns += [
		column(_("Candidates Registered"), "registered", "Int", None, 90),
		column(_("Candidates Sat"), "sat", "Int", None, 70),
		column(_("Candidates Passed"), "passed", "Int", None, 70),
		column(_("Candidates Failed"), "failed", "Int", None, 70),
		column(_("Candidates Absent"), "absent", "Int", None, 70),
		column(_("Results Voided"), "void", "Int", None, 70),
		column(_("Pass Rate (%)"), "pass_rate", "Percent", None, 100),
		column(_("Certificates Issued"), "certificates_issued", "Int", None, 110),
	]
	return columns


def domain_totals(data) -> dict:
	totals = {}
	for row in data:
		domain = totals.setdefault(row.pilot_domain, {"passed": 0, "sat": 0})
		domain["passed"] += row.passed
		domain["sat"] += row.sat
	return totals


def get_chart(data) -> dict | None:
	"""Pass rate per domain over the rows shown; domains where nobody sat are left out."""
	totals = {d: t for d, t in domain_totals(data).items() if t["sat"]}
	if not totals:
		return None
	return {
		"data": {
			"labels": list(totals),
			"datasets": [
				{
					"name": _("Pass Rate (%)"),
					"values": [pass_rate(t["passed"], t["sat"]) for t in totals.values()],
				}
			],
		},
		"type": "bar",
		"fieldtype": "Percent",
	}


def get_summary(data) -> list[dict]:
	total = {key: sum(row[key] for row in data) for key in COUNTS}
	rate = pass_rate(total["passed"], total["sat"])
	return [
		{"label": _("Candidates Registered"), "value": total["registered"], "datatype": "Int"},
		{"label": _("Candidates Sat"), "value": total["sat"], "datatype": "Int"},
		{"label": _("Candidates Passed"), "value": total["passed"], "datatype": "Int", "indicator": "Green"},
		{"label": _("Pass Rate (%)"), "value": rate or 0, "datatype": "Percent", "indicator": "Blue"},
		{"label": _("Certificates Issued"), "value": total["certificates_issued"], "datatype": "Int"},
	]
