"""Learning outside courses and certificates (a competition, an internship, an online course)
that the school recognises with credits. Submitted, it earns those credits in the ledger;
cancelled, they are reversed."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import format_date, getdate, today

from onex_credit_bank.credit_bank import ledger
from onex_credit_bank.credit_bank.credits import validate_credits
from onex_credit_bank.credit_bank.exceptions import FutureLearningDateError


class OtherLearning(Document):
	def validate(self):
		validate_credits(self.credits, "Credits")
		self.validate_learning_date()

	def validate_learning_date(self):
		if not self.learning_date or getdate(self.learning_date) <= getdate(today()):
			return
		frappe.throw(
			_("Learning Date {0} is in the future. Credits are recorded for learning already done.").format(
				frappe.bold(format_date(self.learning_date))
			),
			exc=FutureLearningDateError,
			title=_("Learning not done yet"),
		)

	def on_submit(self):
		ledger.credit_source_once(self, self.learning_date)

	def on_cancel(self):
		ledger.reverse_source(
			ledger.OTHER_LEARNING, self.name, _("Other learning {0} cancelled.").format(self.name)
		)
		ledger.let_cancel_pass_credits(self)
