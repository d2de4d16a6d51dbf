"""Certificate Register: every issued Skill Certificate Record, with the school's record
number, the evaluation organisation's number, the holder, class, certificate, level, issue
date and status; exportable for the evaluation organisation.

Holders' ID numbers are masked (`privacy.mask_tail`, as on the Pilot Student) except for a
Pilot Administrator, whose every run that shows full numbers is written to the Access Log.
Rows follow the certificate's row-level rules: a Domain Lead sees the domains they lead."""

import frappe
from frappe import _
from frappe.core.doctype.access_log.access_log import make_access_log

from onex_pilot import roles
from onex_pilot.permissions.personal_reads import reads_full_numbers
from onex_pilot.reporting import and_permitted, column

REPORT = "Certificate Register"
CERT = "`tabSkill Certificate Record`"
FILTER_CONDITIONS = {
	"from_date": f"{CERT}.`issue_date` >= %(from_date)s",
	"to_date": f"{CERT}.`issue_date` <= %(to_date)s",
	"pilot_domain": f"{CERT}.`pilot_domain` = %(pilot_domain)s",
	"skill_certificate": f"{CERT}.`skill_certificate` = %(skill_certificate)s",
	"level": f"{CERT}.`level` = %(level)s",
	"evaluation_organisation": f"{CERT}.`evaluation_organisation` = %(evaluation_organisation)s",
	"status": f"{CERT}.`status` = %(status)s",
	"school_class": "student.`school_class` = %(school_class)s",
}
# Who sees the holder's full ID number here (issue 6 allows the Finance Officer and the current
# class teacher too, but this report is not theirs).
FULL_ID_ROLES = (roles.PILOT_ADMINISTRATOR,)


def shows_full_id(user: str | None = None) -> bool:
	user = user or frappe.session.user
	if not reads_full_numbers(user):
		return False
	return user == "Administrator" or bool(set(FULL_ID_ROLES) & set(frappe.get_roles(user)))


def execute(filters=None):
	filters = frappe._dict(filters or {})
	full_id = shows_full_id()
	data = query(filters, full_id)
	for row in data:
		row.level = _(row.level) if row.level else row.level
		row.status = _(row.status) if row.status else row.status
	if full_id and data:
		make_access_log(report_name=REPORT, method="Report", filters=frappe.as_json(filters))
	return get_columns(), data


def query(filters, full_id: bool) -> list[dict]:
	where = "".join(f" and {FILTER_CONDITIONS[key]}" for key in FILTER_CONDITIONS if filters.get(key))
	if full_id:
		id_number = "coalesce(personal.`id_number`, student.`id_number_masked`)"
		personal = "left join `tabStudent Personal Data` personal on personal.`student` = student.`name`"
	else:
		id_number, personal = "student.`id_number_masked`", ""
	return frappe.db.sql(
		f"""
		select
			{CERT}.`name` as certificate_record,
			{CERT}.`evaluation_certificate_number` as evaluation_certificate_number,
			{CERT}.`student` as student,
			{CERT}.`student_name` as student_name,
			{id_number} as id_number,
			student.`school_class` as school_class,
			{CERT}.`pilot_domain` as pilot_domain,
			{CERT}.`skill_certificate` as skill_certificate,
			{CERT}.`certificate_name` as certificate_name,
			{CERT}.`level` as level,
			{CERT}.`issue_date` as issue_date,
			{CERT}.`evaluation_organisation` as evaluation_organisation,
			{CERT}.`status` as status,
			{CERT}.`revoked_on` as revoked_on
		from {CERT}
		join `tabPilot Student` student on student.`name` = {CERT}.`student`
		{personal}
		where {CERT}.`docstatus` = 1
			{where}
			{and_permitted("Skill Certificate Record")}
		order by {CERT}.`issue_date` desc, {CERT}.`name` desc
		""",
		dict(filters),
		as_dict=True,
	)


def get_columns() -> list[dict]:
	return [
		column(_("Certificate Record"), "certificate_record", "Link", "Skill Certificate Record", 170),
		column(_("Evaluation Certificate Number"), "evaluation_certificate_number", "Data", None, 170),
		column(_("Student"), "student", "Link", "Pilot Student", 120),
		column(_("Student Name"), "student_name", "Data", None, 100),
		column(_("ID Number"), "id_number", "Data", None, 170),
		column(_("School Class"), "school_class", "Link", "School Class", 120),
		column(_("Pilot Domain"), "pilot_domain", "Link", "Pilot Domain", 150),
		column(_("Skill Certificate"), "skill_certificate", "Link", "Skill Certificate", 110),
		column(_("Certificate Name"), "certificate_name", "Data", None, 170),
		column(_("Level"), "level", "Data", None, 80),
		column(_("Issue Date"), "issue_date", "Date", None, 100),
		column(_("Evaluation Organisation"), "evaluation_organisation", "Link", "Partner Organisation", 170),
		column(_("Status"), "status", "Data", None, 80),
		column(_("Revoked On"), "revoked_on", "Date", None, 100),
	]
