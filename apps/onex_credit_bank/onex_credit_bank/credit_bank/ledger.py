"""The credit ledger: every Credit Record is written through these functions or the Credit Record
form, and never changed, cancelled or deleted afterwards. A credit is undone by a Reversal that
names it; a source (certificate and mapping, course result, other learning) has at most one credit
that counts at a time.

The functions write with `ignore_permissions`: a credit follows from a permitted action on its
source (submitting a certificate, a course result), whose author needs no rights on the ledger."""

import frappe
from frappe.utils import today

CREDIT = "Credit"
REVERSAL = "Reversal"

CERTIFICATE = "Skill Certificate Record"
COURSE_RESULT = "Course Result"
OTHER_LEARNING = "Other Learning"
SOURCE_TYPES = (CERTIFICATE, COURSE_RESULT, OTHER_LEARNING)


def entry_key(entry, generation: int = 0) -> str:
	"""The natural key of a submitted ledger entry, unique in the table: one reversal per credit;
	one credit per source (and mapping, for certificates) and generation, where a new generation
	starts only after every earlier credit of that source was reversed (a reinstated certificate)."""
	if entry.entry_type == REVERSAL:
		return f"{REVERSAL}:{entry.reverses}"
	return (
		":".join((entry.source_type, entry.source, entry.course_certificate_mapping or "")) + f"#{generation}"
	)


def credited(source_type: str, source: str) -> list[frappe._dict]:
	"""The submitted Credit entries of a source, reversed or not, with the name of their reversal
	(`reversed_by`, None while the credit counts)."""
	credit = frappe.qb.DocType("Credit Record")
	reversal = frappe.qb.DocType("Credit Record").as_("reversal")
	return (
		frappe.qb.from_(credit)
		.left_join(reversal)
		.on((reversal.reverses == credit.name) & (reversal.docstatus == 1))
		.select(
			credit.name, credit.course_certificate_mapping, credit.credits, reversal.name.as_("reversed_by")
		)
		.where(credit.source_type == source_type)
		.where(credit.source == source)
		.where(credit.entry_type == CREDIT)
		.where(credit.docstatus == 1)
		.orderby(credit.creation)
		.run(as_dict=True)
	)


def reversal_of(credit: str) -> str | None:
	"""The submitted Reversal of `credit`, if any."""
	return frappe.db.get_value("Credit Record", {"reverses": credit, "entry_type": REVERSAL, "docstatus": 1})


def make_credit(
	student: str,
	source_type: str,
	source: str,
	credit_date,
	mapping: str | None = None,
	remarks: str | None = None,
):
	"""A submitted Credit for `source`; the Credit Record takes its credits, course and academic
	year from the source (and mapping) and refuses anything the source does not earn."""
	entry = frappe.get_doc(
		{
			"doctype": "Credit Record",
			"entry_type": CREDIT,
			"student": student,
			"source_type": source_type,
			"source": source,
			"course_certificate_mapping": mapping,
			"credit_date": credit_date,
			"remarks": remarks,
			"docstatus": 1,
		}
	)
	entry.flags.ignore_permissions = True
	return entry.insert()


def reverse(credit: str, reason: str, on_date=None):
	"""A submitted Reversal cancelling `credit` in full."""
	entry = frappe.get_doc(
		{
			"doctype": "Credit Record",
			"entry_type": REVERSAL,
			"reverses": credit,
			"credit_date": on_date or today(),
			"remarks": reason,
			"docstatus": 1,
		}
	)
	entry.flags.ignore_permissions = True
	# The reversal repeats the links of the credit it reverses, whose source may just have been
	# cancelled; Frappe would refuse a new link to a cancelled record. `reverses` is checked in
	# the controller.
	entry.flags.ignore_links = True
	return entry.insert()


def reverse_source(source_type: str, source: str, reason: str, on_date=None) -> list:
	"""Reverse every credit of a source that is not reversed yet; re-running reverses nothing twice."""
	return [
		reverse(row.name, reason, on_date) for row in credited(source_type, source) if not row.reversed_by
	]


def credit_source_once(doc, credit_date, remarks: str | None = None):
	"""Credit a submitted Course Result or Other Learning unless it was credited before; None if it was.
	(Neither can be submitted again once cancelled, so a reversed credit of theirs stays reversed.)"""
	if credited(doc.doctype, doc.name):
		return None
	return make_credit(doc.student, doc.doctype, doc.name, credit_date, remarks=remarks)


def let_cancel_pass_credits(doc):
	"""A cancelled source keeps its credits and their reversals in the ledger, which link to it:
	let Frappe's check for submitted documents linking to it pass over the ledger."""
	ignored = tuple(getattr(doc, "ignore_linked_doctypes", None) or ())
	if "Credit Record" not in ignored:
		doc.ignore_linked_doctypes = (*ignored, "Credit Record")
