"""Issuing and revoking Skill Certificate Records.

A record is issued for every Pass when a plan's results become final, and follows later
amendments: a Pass amended into anything else revokes it, a Fail amended into a Pass
issues one. Revocation and reinstatement are also permitted actions of their own."""

import frappe
from frappe import _
from frappe.utils import today

from onex_pilot import roles
from onex_pilot.assessment.exceptions import CertificateStatusError
from onex_pilot.assessment.workflow_names import RESULTS_FINAL

CERTIFICATE = "Skill Certificate Record"
RESULT = "Skill Assessment Result"
VALID, REVOKED = "Valid", "Revoked"
PASS = "Pass"
STATUS_ROLES = (roles.ASSESSMENT_OFFICER, roles.PILOT_ADMINISTRATOR)


def issue_for_plan(plan):
	"""One certificate for every published Pass of the plan, in student order."""
	for name in frappe.get_all(
		RESULT,
		filters={"plan": plan.name, "docstatus": 1, "outcome": PASS},
		pluck="name",
		order_by="student asc",
	):
		issue_for_result(name)


def certificate_of(result: str) -> str | None:
	return frappe.db.get_value(CERTIFICATE, {"result": result, "docstatus": 1}, "name")


def issue_for_result(result_name: str) -> str:
	"""The certificate of a passed result, issued now unless it exists. Issuing follows a final
	result, which the Workflow and the result's rules already authorised."""
	existing = certificate_of(result_name)
	if existing:
		return existing
	result = frappe.get_doc(RESULT, result_name)
	certificate = frappe.get_doc(
		{
			"doctype": CERTIFICATE,
			"student": result.student,
			"skill_certificate": result.skill_certificate,
			"level": result.level,
			"issue_date": today(),
			"evaluation_organisation": frappe.db.get_value(
				"Skill Certificate", result.skill_certificate, "evaluation_organisation"
			),
			"result": result.name,
			"plan": result.plan,
			"pilot_domain": result.pilot_domain,
		}
	)
	certificate.flags.issuing = True
	certificate.flags.ignore_permissions = True
	certificate.insert()
	certificate.submit()
	return certificate.name


def follow_amendment(result):
	"""Keep the certificates of a final plan in step with an amended result."""
	if frappe.db.get_value("Skill Assessment Plan", result.plan, "workflow_state") != RESULTS_FINAL:
		return
	name = frappe.db.get_value(CERTIFICATE, {"result": result.amended_from, "docstatus": 1}, "name")
	if not name:
		if result.outcome == PASS:
			issue_for_result(result.name)
		return

	certificate = frappe.get_doc(CERTIFICATE, name)
	certificate.flags.status_action = True
	certificate.result = result.name
	if result.outcome != PASS and certificate.status == VALID:
		set_status(certificate, REVOKED, result.amendment_reason)
	elif result.outcome == PASS and certificate.status == REVOKED and not was_pass(result.amended_from):
		# The sitting's certificate was revoked by an earlier amendment to a Fail: it comes back,
		# number and code unchanged. One an officer revoked while the result passed stays revoked.
		set_status(certificate, VALID, result.amendment_reason)
	else:
		certificate.save(ignore_permissions=True)


def was_pass(result: str) -> bool:
	return frappe.db.get_value(RESULT, result, "outcome") == PASS


def set_status(certificate, status: str, reason: str | None):
	"""Revoke (with a reason, dated today) or reinstate an issued certificate."""
	reason = (reason or "").strip()
	if status == REVOKED and not reason:
		frappe.throw(
			_("Give the reason for revoking certificate {0}.").format(frappe.bold(certificate.name)),
			exc=CertificateStatusError,
			title=_("Reason missing"),
		)
	if certificate.status == status or certificate.docstatus != 1:
		frappe.throw(
			_("Certificate {0} is already {1}.").format(frappe.bold(certificate.name), _(certificate.status)),
			exc=CertificateStatusError,
			title=_("Status unchanged"),
		)
	certificate.status = status
	certificate.revoked_on = today() if status == REVOKED else None
	certificate.revocation_reason = reason if status == REVOKED else None
	certificate.flags.status_action = True
	certificate.save(ignore_permissions=True)
	comment = _("Revoked: {0}") if status == REVOKED else _("Reinstated: {0}")
	certificate.add_comment("Comment", comment.format(reason or "-"))


def check_status_permission(certificate):
	certificate.check_permission("write")
	if set(STATUS_ROLES) & set(frappe.get_roles()):
		return
	frappe.throw(
		_("Only an Assessment Officer or a Pilot Administrator may revoke or reinstate a certificate."),
		frappe.PermissionError,
	)


@frappe.whitelist(methods=["POST"])
def revoke(certificate: str, reason: str) -> str:
	doc = frappe.get_doc(CERTIFICATE, certificate)
	check_status_permission(doc)
	set_status(doc, REVOKED, reason)
	return doc.status


@frappe.whitelist(methods=["POST"])
def reinstate(certificate: str, reason: str | None = None) -> str:
	doc = frappe.get_doc(CERTIFICATE, certificate)
	check_status_permission(doc)
	set_status(doc, VALID, reason)
	return doc.status
