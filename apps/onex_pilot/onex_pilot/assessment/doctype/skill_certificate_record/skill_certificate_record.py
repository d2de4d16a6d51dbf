"""An issued skill certificate: official, submitted on issue, never deleted or cancelled.

Its name is the school's record number, from a naming series per certificate code, year
and level (`{code}{YYYY}{level}{######}`); numbers stay unique and gap-free when several
plans publish at once, because issuing locks the certificate's row first."""

import re
import secrets

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.model.naming import make_autoname
from frappe.utils import getdate

from onex_pilot.assessment.changes import changed_fields, labels
from onex_pilot.assessment.exceptions import CertificateChangeError, CertificateDeletionError
from onex_pilot.organisation.levels import LEVEL_CODES

VALID, REVOKED = "Valid", "Revoked"
SERIES_DIGITS = 6
VERIFICATION_CODE_BYTES = 12
# What users may change on an issued record; status fields change only through its actions.
USER_EDITABLE = ("evaluation_certificate_number",)
STATUS_FIELDS = ("status", "revoked_on", "revocation_reason", "result")


def series_key(skill_certificate: str, issue_date, level: str) -> str:
	"""The naming series of a certificate code, year and level, e.g. `CCS20261.######`."""
	code = re.sub(r"[^0-9A-Za-z]", "", skill_certificate)
	return f"{code}{getdate(issue_date).year}{LEVEL_CODES[level]}." + "#" * SERIES_DIGITS


def new_verification_code() -> str:
	while True:
		code = secrets.token_urlsafe(VERIFICATION_CODE_BYTES)
		if not frappe.db.exists("Skill Certificate Record", {"verification_code": code}):
			return code


class SkillCertificateRecord(Document):
	def before_insert(self):
		if not self.flags.issuing:
			frappe.throw(
				_(
					"Certificate records are issued by the platform when results become final, not entered by hand."
				),
				exc=CertificateChangeError,
				title=_("Certificates are issued, not entered"),
			)
		self.status = VALID
		self.verification_code = new_verification_code()

	def autoname(self):
		# Serialise every issue of this certificate: the first issue of a new year or level
		# creates its series row, and two plans publishing at once must not both create it.
		frappe.db.get_value("Skill Certificate", self.skill_certificate, "name", for_update=True)
		self.name = make_autoname(series_key(self.skill_certificate, self.issue_date, self.level), doc=self)

	def validate(self):
		if self.is_new():
			return
		self.validate_unchanged(allowed=())

	def before_update_after_submit(self):
		self.validate_unchanged(allowed=USER_EDITABLE + (STATUS_FIELDS if self.flags.status_action else ()))

	def validate_unchanged(self, allowed):
		changed = [
			f
			for f in changed_fields(
				self, self.get_doc_before_save(), ignore=("student_name", "certificate_name")
			)
			if f not in allowed
		]
		if not changed:
			return
		frappe.throw(
			_(
				"Certificate {0} is issued: {1} cannot be changed. Revoke or reinstate it through its actions."
			).format(frappe.bold(self.name), labels(self, changed)),
			exc=CertificateChangeError,
			title=_("Change not allowed"),
		)

	def before_cancel(self):
		self.refuse_removal()

	def on_trash(self):
		self.refuse_removal()

	def refuse_removal(self):
		frappe.throw(
			_(
				"Certificate {0} is an official record and is never cancelled or deleted. Revoke it instead."
			).format(frappe.bold(self.name)),
			exc=CertificateDeletionError,
			title=_("Certificates are kept"),
		)
