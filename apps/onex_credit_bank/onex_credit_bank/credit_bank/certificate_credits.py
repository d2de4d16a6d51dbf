"""The core's Skill Certificate Records earn credits (registered as doc_events in hooks.py).

A submitted, valid certificate is credited once for every approved mapping of its certificate
level in the academic year of its issue date; a revoked one has those credits reversed, and a
reinstated one gets them again (the core never cancels a certificate). Every function here can be
re-run on any certificate: it creates only what is missing, so `backfill()` may be run at any time
(the demo loader does) without doubling a credit."""

import frappe
from frappe import _
from frappe.utils import today

from onex_credit_bank.credit_bank import ledger
from onex_credit_bank.credit_bank.academic_year import academic_year_on
from onex_credit_bank.credit_bank.doctype.course_certificate_mapping.course_certificate_mapping import (
	approved_mappings,
)

VALID = "Valid"
REVOKED = "Revoked"


def on_certificate_submit(doc, method=None):
	sync_certificate(doc)


def on_certificate_update(doc, method=None):
	"""After a change to a submitted certificate: a revocation reverses its credits, a
	reinstatement gives them again."""
	before = doc.get_doc_before_save()
	sync_certificate(doc, reinstated=bool(before and before.status == REVOKED and doc.status == VALID))


def sync_certificate(certificate, reinstated: bool = False) -> tuple[list, list]:
	"""Bring the ledger in line with a certificate: (credits created, reversals created)."""
	if certificate.docstatus == 1 and certificate.status == VALID:
		return credit_certificate(certificate, again=reinstated), []
	if certificate.docstatus == 1 and certificate.status == REVOKED:
		return [], reverse_certificate(certificate)
	return [], []


def credit_certificate(certificate, again: bool = False) -> list:
	"""One credit per approved mapping not yet credited for this certificate. A credit reversed
	(by revocation, or by an officer who found it wrong) is not given again, except `again`, when the
	certificate has just been reinstated: then every mapping without a counting credit is credited."""
	lock(certificate)
	done = {
		row.course_certificate_mapping
		for row in ledger.credited(ledger.CERTIFICATE, certificate.name)
		if not (again and row.reversed_by)
	}
	mappings = approved_mappings(
		certificate.skill_certificate, certificate.level, academic_year_on(certificate.issue_date)
	)
	return [
		ledger.make_credit(
			certificate.student,
			ledger.CERTIFICATE,
			certificate.name,
			certificate.issue_date,
			mapping=mapping.name,
		)
		for mapping in mappings
		if mapping.name not in done
	]


def reverse_certificate(certificate) -> list:
	lock(certificate)
	reason = _("Certificate {0} revoked: {1}").format(certificate.name, certificate.revocation_reason or "")
	return ledger.reverse_source(
		ledger.CERTIFICATE, certificate.name, reason, certificate.get("revoked_on") or today()
	)


def lock(certificate):
	"""Serialise work on one certificate, so that a backfill running beside a submission doubles nothing."""
	frappe.db.get_value(ledger.CERTIFICATE, certificate.name, "name", for_update=True)


def backfill(certificates: list[str] | None = None) -> dict:
	"""Sync the ledger with every submitted certificate (or those named), and say how many credits
	and reversals it created. Idempotent."""
	if certificates is None:
		certificates = frappe.get_all(ledger.CERTIFICATE, filters={"docstatus": 1}, pluck="name")
	created = reversed_ = 0
	for name in certificates:
		credits, reversals = sync_certificate(frappe.get_doc(ledger.CERTIFICATE, name))
		created += len(credits)
		reversed_ += len(reversals)
	return {"credits": created, "reversals": reversed_}
