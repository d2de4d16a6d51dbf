"""Fee waivers applied for through the portal's web form.

The form offers only the basis, the period and the evidence; the student is always the
session's, and the evidence is kept as a private file, whatever the browser sent."""

import frappe
from frappe import _

from onex_pilot.portal.students import session_student

STUDENT_DOCTYPE = "Pilot Student"


def set_student_from_session(doc, method=None):
	"""`before_insert` of Fee Waiver: a web form application belongs to the session's student."""
	if not frappe.flags.in_web_form:
		return
	doc.student = session_student()
	for df in doc.meta.get_fields_to_fetch("student"):
		source = (df.fetch_from or "").split(".", 1)[-1]
		doc.set(df.fieldname, frappe.db.get_value(STUDENT_DOCTYPE, doc.student, source))
	keep_evidence_private(doc)


def keep_evidence_private(doc):
	"""Evidence uploaded as a public file is made private before the application is saved."""
	if not doc.get("evidence") or doc.evidence.startswith("/private/"):
		return
	name = frappe.db.get_value("File", {"file_url": doc.evidence, "owner": frappe.session.user}, "name")
	if not name:
		frappe.throw(
			_("Upload the evidence with this form; a link to another file is not accepted."),
			exc=frappe.ValidationError,
			title=_("Evidence"),
		)
	file = frappe.get_doc("File", name)
	file.is_private = 1
	file.save(ignore_permissions=True)
	doc.evidence = file.file_url
