"""Whitelisted methods of the website: public certificate verification, and the student
portal's actions. A student is always the session's (`students.session_student`), never
an argument; writes are POST only; public look-ups are rate-limited per address and
endpoint (`rate_limits`). The assessment DocTypes' own controllers decide what is
allowed: these methods insert and save through them with the student's permissions."""

import frappe
from frappe import _

from onex_pilot.portal import printing, students, verification
from onex_pilot.portal.exceptions import RegistrationWindowClosedError, TextTooLongError
from onex_pilot.portal.rate_limits import limit_verification

REGISTRATION = "Skill Assessment Registration"
CERTIFICATE_RECORD = "Skill Certificate Record"
CANCELLED = "Cancelled"
MAX_REASON_LENGTH = 2000


# Public: certificate verification


@frappe.whitelist(allow_guest=True, methods=["GET", "POST"])
@limit_verification
def verify_certificate(number: str | None = None, holder: str | None = None, code: str | None = None):
	"""A certificate's public view, by its verification `code`, or by record `number` and `holder`'s
	full name. Unknown and mismatched queries get the same answer: `{"found": false}`."""
	certificate = verification.find_certificate(number=number, holder=holder, code=code)
	if not certificate:
		return {"found": False}
	return {"found": True, "certificate": certificate}


@frappe.whitelist(allow_guest=True, methods=["POST"])
@limit_verification
def confirm_holder(certificate: str | None = None, full_name: str | None = None, id_tail: str | None = None):
	"""Whether `full_name` and the last six characters of an ID number are the holder's of
	`certificate` (record number or verification code): `{"matches": true|false}`, nothing else,
	except `"locked": true` once the certificate has had too many wrong guesses today."""
	return verification.confirm_holder(certificate, full_name, id_tail)


# Student portal


@frappe.whitelist(methods=["POST"])
def register(plan: str):
	"""Register the session's student for `plan`; the registration's own rules decide."""
	student = students.session_student()
	if not isinstance(plan, str) or len(plan) > 140 or not frappe.db.exists("Skill Assessment Plan", plan):
		students.raise_not_found("Skill Assessment Plan")
	registration = frappe.get_doc({"doctype": REGISTRATION, "plan": plan, "student": student})
	registration.insert()
	return {
		"registration": registration.name,
		"fee": registration.fee,
		"payment_status": registration.payment_status,
	}


@frappe.whitelist(methods=["POST"])
def cancel_registration(registration: str):
	"""Cancel one of the session student's registrations while the plan's registration window is open."""
	student = students.session_student()
	doc = students.own_document(REGISTRATION, registration, student)
	plan = frappe.db.get_value(
		"Skill Assessment Plan",
		doc.plan,
		["name", "workflow_state", "registration_start", "registration_end"],
		as_dict=True,
	)
	if not plan or not students.window_open(plan):
		frappe.throw(
			_(
				"Registration for {0} has closed, so it can no longer be cancelled here. Ask the assessment office."
			).format(frappe.bold(doc.plan)),
			exc=RegistrationWindowClosedError,
			title=_("Registration closed"),
		)
	doc.status = CANCELLED
	doc.save()
	return {"registration": doc.name, "status": doc.status}


@frappe.whitelist(methods=["POST"])
def lodge_objection(result: str, reason: str):
	"""Lodge an objection to one of the session student's results during its publicity window."""
	student = students.session_student()
	students.own_document("Skill Assessment Result", result, student)
	reason = frappe.utils.strip_html(reason or "").strip()
	if len(reason) > MAX_REASON_LENGTH:
		frappe.throw(
			_("The reason may be at most {0} characters long. Shorten it.").format(MAX_REASON_LENGTH),
			exc=TextTooLongError,
			title=_("Too long"),
		)
	objection = frappe.get_doc(
		{"doctype": "Result Objection", "result": result, "student": student, "reason": reason}
	)
	objection.insert()
	return {"objection": objection.name, "status": objection.status}


@frappe.whitelist(methods=["GET"])
def admission_ticket(registration: str):
	"""The admission ticket (准考证) of one of the session student's registrations, as a PDF."""
	student = students.session_student()
	doc = students.own_document(REGISTRATION, registration, student)
	if doc.status == CANCELLED:
		students.raise_not_found(REGISTRATION)
	content = printing.pdf(REGISTRATION, doc.name, printing.ADMISSION_TICKET_FORMAT)
	printing.send_pdf(content, f"{doc.name}.pdf")


@frappe.whitelist(methods=["GET"])
def certificate_pdf(certificate: str):
	"""One of the session student's certificates, as a PDF."""
	student = students.session_student()
	doc = students.own_document(CERTIFICATE_RECORD, certificate, student)
	if doc.docstatus != 1:
		students.raise_not_found(CERTIFICATE_RECORD)
	content = printing.pdf(CERTIFICATE_RECORD, doc.name, printing.CERTIFICATE_FORMAT)
	printing.send_pdf(content, f"{doc.name}.pdf")
