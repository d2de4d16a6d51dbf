"""Public certificate verification (证书查询) and holder confirmation.

Anyone may look a certificate up by its record number plus the holder's full name, or by
the random verification code its QR carries. The answer shows the holder's name masked,
the certificate, level, issuing organisation, issue date and status, and nothing else.
An unknown number, a wrong name and a malformed query all get the same answer: None.

An employer who knows the holder's full name and the last six characters of their ID
number may ask whether they belong to a certificate; the answer is only yes or no. The
ID number is read here, on the server, and never leaves it. Six characters are few
enough to guess from many addresses, so a certificate stops answering for a day after
a few wrong guesses (Pilot Portal Settings), whoever made them."""

import hmac
import re

import frappe
from frappe import _
from frappe.utils import cint, formatdate

from onex_pilot.portal.doctype.pilot_portal_settings.pilot_portal_settings import (
	holder_confirmation_limit,
)
from onex_pilot.privacy import mask_name

CERTIFICATE_RECORD = "Skill Certificate Record"
SUBMITTED = 1
REVOKED = "Revoked"
MAX_QUERY_LENGTH = 64
MAX_NAME_LENGTH = 50
ID_TAIL_LENGTH = 6
FAILED_CONFIRMATIONS_WINDOW = 24 * 60 * 60  # seconds
# Record numbers and verification codes: letters, digits and a few separators, nothing else.
QUERY_PATTERN = re.compile(r"^[A-Za-z0-9._\-/]{1,64}$")
ID_TAIL_PATTERN = re.compile(r"^[0-9A-Za-z]{6}$")

PUBLIC_FIELDS = (
	"name",
	"student",
	"student_name",
	"skill_certificate",
	"level",
	"issue_date",
	"evaluation_organisation",
	"status",
	"revoked_on",
)


def clean_query(value) -> str | None:
	"""A record number or code as typed, or None when it cannot be one."""
	if not isinstance(value, str):
		return None
	value = value.strip()
	if not QUERY_PATTERN.match(value):
		return None
	return value


def clean_name(value) -> str | None:
	"""A person's name for comparison: no spaces (张 三 = 张三), case-insensitive for Latin letters."""
	if not isinstance(value, str) or len(value) > MAX_NAME_LENGTH:
		return None
	value = re.sub(r"\s+", "", value).casefold()
	return value or None


def same_text(left: str | None, right: str | None) -> bool:
	if not left or not right:
		return False
	return hmac.compare_digest(left.encode(), right.encode())


def record_by_code(code) -> dict | None:
	code = clean_query(code)
	if not code:
		return None
	return frappe.db.get_value(
		CERTIFICATE_RECORD, {"verification_code": code, "docstatus": SUBMITTED}, PUBLIC_FIELDS, as_dict=True
	)


def record_by_number(number) -> dict | None:
	number = clean_query(number)
	if not number:
		return None
	return frappe.db.get_value(
		CERTIFICATE_RECORD, {"name": number, "docstatus": SUBMITTED}, PUBLIC_FIELDS, as_dict=True
	)


def holder_name(record) -> str:
	return record.student_name or frappe.db.get_value("Pilot Student", record.student, "student_name") or ""


def find_certificate(number=None, holder=None, code=None) -> dict | None:
	"""The public view of a certificate, or None: by `code`, or by `number` and `holder` (full name)."""
	if code:
		record = record_by_code(code)
	else:
		record = record_by_number(number)
		if record and not same_text(clean_name(holder), clean_name(holder_name(record))):
			record = None
	return public_view(record) if record else None


def public_view(record) -> dict:
	"""What the public page may show of a certificate record."""
	certificate_name = frappe.db.get_value("Skill Certificate", record.skill_certificate, "certificate_name")
	revoked = record.status == REVOKED
	return {
		"holder": mask_name(holder_name(record)),
		"certificate": certificate_name or record.skill_certificate,
		"level": _(record.level),
		"organisation": record.evaluation_organisation or "",
		"issue_date": formatdate(record.issue_date) if record.issue_date else "",
		"valid": not revoked,
		"status": _("Revoked") if revoked else _("Valid"),
		"revoked_on": formatdate(record.revoked_on) if revoked and record.revoked_on else "",
	}


def holder_matches(certificate, full_name, id_tail) -> bool:
	"""Whether `full_name` and the last six characters `id_tail` of an ID number are those of the
	holder of `certificate` (its record number or its verification code)."""
	record = record_by_number(certificate) or record_by_code(certificate)
	return bool(record) and is_holder(record, full_name, id_tail)


def confirm_holder(certificate, full_name, id_tail) -> dict:
	"""The public answer to an employer: `{"matches": bool}`, or `{"matches": False, "locked": True}`
	once the certificate has had too many wrong guesses today. Only well-formed guesses about a
	certificate that exists are counted; a locked certificate answers no even to the right one."""
	if not well_formed(full_name, id_tail):
		return {"matches": False}
	record = record_by_number(certificate) or record_by_code(certificate)
	if not record:
		return {"matches": False}
	key = failed_confirmations_key(record.name)
	if cint(frappe.cache.get(key)) >= holder_confirmation_limit():
		return {"matches": False, "locked": True}
	if is_holder(record, full_name, id_tail):
		return {"matches": True}
	if not frappe.cache.get(key):
		frappe.cache.setex(key, FAILED_CONFIRMATIONS_WINDOW, 0)
	frappe.cache.incrby(key, 1)
	return {"matches": False}


def failed_confirmations_key(record_name: str) -> str:
	# Under "rl:" with Frappe's own rate-limit counts, so what clears those clears this.
	return frappe.cache.make_key(f"rl:holder-confirmation:{record_name}")


def well_formed(full_name, id_tail) -> bool:
	tail = id_tail.strip() if isinstance(id_tail, str) else ""
	return bool(clean_name(full_name)) and bool(ID_TAIL_PATTERN.match(tail))


def is_holder(record, full_name, id_tail) -> bool:
	if not well_formed(full_name, id_tail):
		return False
	tail = id_tail.strip().upper()
	id_number = frappe.db.get_value("Student Personal Data", {"student": record.student}, "id_number") or ""
	name_ok = same_text(clean_name(full_name), clean_name(holder_name(record)))
	tail_ok = len(id_number) >= ID_TAIL_LENGTH and same_text(
		tail, id_number.strip().upper()[-ID_TAIL_LENGTH:]
	)
	return name_ok and tail_ok
