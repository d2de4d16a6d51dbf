"""What a source earns: the credits, school course and academic year of a Credit, read from the
source itself, so that no credit is typed in by hand. A source that earns nothing is refused."""

import frappe
from frappe import _

from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.credit_bank.exceptions import InvalidCreditSourceError
from onex_credit_bank.credit_bank.ledger import CERTIFICATE, COURSE_RESULT, OTHER_LEARNING

APPROVED = "Approved"
VALID = "Valid"


def earned(entry) -> frappe._dict:
	"""{credits, school_course, academic_year} that `entry` (a Credit Record of entry type Credit)
	earns from its source; raises InvalidCreditSourceError when the source earns none."""
	source = read_source(entry)
	check_student(entry, source)
	if source.docstatus != 1:
		refuse(
			_("{0} {1} is not submitted. Only a submitted record earns credits; submit it first.").format(
				_(entry.source_type), frappe.bold(entry.source)
			)
		)
	if entry.source_type == CERTIFICATE:
		return earned_by_certificate(entry, source)
	entry.course_certificate_mapping = None
	if entry.source_type == COURSE_RESULT:
		return earned_by_course_result(entry, source)
	return earned_by_other_learning(source)


FIELDS = {
	CERTIFICATE: ["student", "docstatus", "status", "skill_certificate", "level", "issue_date"],
	COURSE_RESULT: ["student", "docstatus", "passed", "school_course", "school_term"],
	OTHER_LEARNING: ["student", "docstatus", "credits", "school_course", "learning_date"],
}


def read_source(entry) -> frappe._dict:
	source = frappe.db.get_value(entry.source_type, entry.source, FIELDS[entry.source_type], as_dict=True)
	if source:
		return source
	refuse(
		_("Source: {0} {1} does not exist. Choose an existing record.").format(
			_(entry.source_type), frappe.bold(entry.source)
		)
	)


def check_student(entry, source):
	if source.student == entry.student:
		return
	refuse(
		_("Source: {0} {1} belongs to student {2}, not to {3}. Choose a record of this student.").format(
			_(entry.source_type),
			frappe.bold(entry.source),
			frappe.bold(source.student),
			frappe.bold(entry.student),
		)
	)


def earned_by_certificate(entry, certificate) -> frappe._dict:
	if certificate.status != VALID:
		refuse(
			_("Certificate {0} is {1}. Only a valid certificate earns credits.").format(
				frappe.bold(entry.source), _(certificate.status)
			)
		)
	mapping = read_mapping(entry)
	if (mapping.skill_certificate, mapping.level) != (certificate.skill_certificate, certificate.level):
		refuse(
			_(
				"Course Certificate Mapping {0} is for {1} {2}, but certificate {3} is {4} {5}. Choose a mapping of the certificate's own level."
			).format(
				frappe.bold(entry.course_certificate_mapping),
				mapping.skill_certificate,
				_(mapping.level),
				frappe.bold(entry.source),
				certificate.skill_certificate,
				_(certificate.level),
			)
		)
	year = academic_year_on(certificate.issue_date)
	if mapping.academic_year != year:
		refuse(
			_(
				"Course Certificate Mapping {0} applies to academic year {1}, but certificate {2} was issued in {3}. Choose a mapping for {3}."
			).format(
				frappe.bold(entry.course_certificate_mapping),
				mapping.academic_year,
				frappe.bold(entry.source),
				year,
			)
		)
	return frappe._dict(credits=mapping.credits, school_course=mapping.school_course, academic_year=year)


def read_mapping(entry) -> frappe._dict:
	if not entry.course_certificate_mapping:
		refuse(
			_(
				"Course Certificate Mapping: choose the approved mapping through which certificate {0} earns credits."
			).format(frappe.bold(entry.source))
		)
	mapping = frappe.db.get_value(
		"Course Certificate Mapping",
		entry.course_certificate_mapping,
		["skill_certificate", "level", "academic_year", "status", "credits", "school_course"],
		as_dict=True,
	)
	if not mapping or mapping.status != APPROVED:
		refuse(
			_(
				"Course Certificate Mapping {0} is not approved. Only an approved mapping earns credits."
			).format(frappe.bold(entry.course_certificate_mapping))
		)
	return mapping


def earned_by_course_result(entry, result) -> frappe._dict:
	if not result.passed:
		refuse(
			_("Course Result {0} is not a pass. Only a passed course earns its credits.").format(
				frappe.bold(entry.source)
			)
		)
	return frappe._dict(
		credits=frappe.db.get_value("School Course", result.school_course, "credits"),
		school_course=result.school_course,
		academic_year=frappe.db.get_value("School Term", result.school_term, "academic_year"),
	)


def earned_by_other_learning(learning) -> frappe._dict:
	return frappe._dict(
		credits=learning.credits,
		school_course=learning.school_course,
		academic_year=academic_year_on(learning.learning_date),
	)


def refuse(message: str):
	frappe.throw(message, exc=InvalidCreditSourceError, title=_("Source earns no credit"))
