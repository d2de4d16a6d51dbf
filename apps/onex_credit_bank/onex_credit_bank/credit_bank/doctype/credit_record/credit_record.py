"""A line of the credit ledger: a Credit earned from a source, or a Reversal cancelling one.

Submitted entries are never changed, cancelled or deleted; a credit given in error, or whose
source was revoked, is undone by a Reversal that names it. Credits, course and academic year of a
Credit come from its source (see sources.py); a Reversal copies them from the credit it reverses."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_credit_bank.credit_bank import ledger
from onex_credit_bank.credit_bank.academic_year import validate_academic_year
from onex_credit_bank.credit_bank.credits import validate_credits
from onex_credit_bank.credit_bank.exceptions import (
	AlreadyReversedError,
	CreditRecordImmutableError,
	DuplicateCreditError,
	InvalidReversalError,
)
from onex_credit_bank.credit_bank.sources import earned


class CreditRecord(Document):
	def validate(self):
		if self.entry_type == ledger.REVERSAL:
			self.take_over_reversed_credit()
			self.validate_not_reversed_before()
		else:
			self.validate_names_no_credit_to_reverse()
			self.take_earned_credits()
			self.validate_not_credited_before()
		self.validate_credits()
		validate_academic_year(self.academic_year, "Academic Year")
		self.set_entry_key()

	def before_cancel(self):
		frappe.throw(
			_(
				"Credit Record {0} cannot be cancelled: the ledger keeps every entry. To undo a credit, create a Credit Record of entry type Reversal that reverses it."
			).format(frappe.bold(self.name)),
			exc=CreditRecordImmutableError,
			title=_("Credit records are permanent"),
		)

	def take_over_reversed_credit(self):
		"""A reversal cancels one submitted Credit of the ledger in full, for the same student."""
		original = self.reversed_credit()
		for fieldname in (
			"student",
			"student_name",
			"source_type",
			"source",
			"course_certificate_mapping",
			"school_course",
			"course_name",
			"credits",
			"academic_year",
		):
			self.set(fieldname, original.get(fieldname))

	def reversed_credit(self):
		if not self.reverses:
			frappe.throw(
				_("Reverses: choose the submitted credit that this reversal cancels."),
				exc=InvalidReversalError,
				title=_("Invalid reversal"),
			)
		# Lock the credit, so that two reversals of it cannot pass the check below at once.
		original = frappe.db.get_value("Credit Record", self.reverses, "*", as_dict=True, for_update=True)
		if not original or original.docstatus != 1 or original.entry_type != ledger.CREDIT:
			frappe.throw(
				_(
					"Reverses: {0} is not a submitted credit. A reversal can only cancel a submitted entry of type Credit."
				).format(frappe.bold(self.reverses)),
				exc=InvalidReversalError,
				title=_("Invalid reversal"),
			)
		return original

	def validate_not_reversed_before(self):
		reversal = ledger.reversal_of(self.reverses)
		if not reversal or reversal == self.name:
			return
		frappe.throw(
			_("Credit {0} was already reversed by {1}. A credit can be reversed only once.").format(
				frappe.bold(self.reverses), frappe.bold(reversal)
			),
			exc=AlreadyReversedError,
			title=_("Already reversed"),
		)

	def validate_names_no_credit_to_reverse(self):
		if not self.reverses:
			return
		frappe.throw(
			_("Reverses is only for entries of type Reversal. Clear it, or set the Entry Type to Reversal."),
			exc=InvalidReversalError,
			title=_("Invalid reversal"),
		)

	def take_earned_credits(self):
		if self.source_type not in ledger.SOURCE_TYPES or not self.source or not self.student:
			return  # the mandatory and option checks that follow name what is missing
		self.update(earned(self))
		# Set after Frappe fetched the linked values, so the course's name is read here.
		self.course_name = (
			frappe.db.get_value("School Course", self.school_course, "course_name")
			if self.school_course
			else None
		)

	def validate_not_credited_before(self):
		"""A source (and mapping) has at most one credit that counts: a new one only after a reversal."""
		if not self.source:
			return
		existing = [row.name for row in self.earlier_credits() if not row.reversed_by]
		if not existing:
			return
		frappe.throw(
			_(
				"{0} {1} is already credited by {2}. A source earns its credits once; reverse that credit first if it must be given again."
			).format(_(self.source_type), frappe.bold(self.source), frappe.bold(existing[0])),
			exc=DuplicateCreditError,
			title=_("Already credited"),
		)

	def earlier_credits(self) -> list:
		return [
			row
			for row in ledger.credited(self.source_type, self.source)
			if row.name != self.name
			and (row.course_certificate_mapping or None) == (self.course_certificate_mapping or None)
		]

	def validate_credits(self):
		validate_credits(self.credits, "Credits")

	def set_entry_key(self):
		"""The natural key is stored (and unique) only for submitted entries, so drafts block nothing."""
		if self.docstatus != 1 or not self.source:
			self.entry_key = None
		elif self.entry_type == ledger.REVERSAL:
			self.entry_key = ledger.entry_key(self)
		else:
			self.entry_key = ledger.entry_key(self, generation=len(self.earlier_credits()))
