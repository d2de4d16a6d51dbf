"""Learning outside courses and certificates (a competition, an internship, an online course)
that the school recognises with credits. Submitted, it earns those credits in the ledger;
cancelled, they are reversed."""

from frappe import _
from frappe.model.document import Document

from onex_credit_bank.credit_bank import ledger
from onex_credit_bank.credit_bank.credits import validate_credits


class OtherLearning(Document):
	def validate(self):
		validate_credits(self.credits, "Credits")

	def on_submit(self):
		ledger.credit_source_once(self, self.learning_date)

	def on_cancel(self):
		ledger.reverse_source(
			ledger.OTHER_LEARNING, self.name, _("Other learning {0} cancelled.").format(self.name)
		)
		ledger.let_cancel_pass_credits(self)
