"""School Terms by date."""

import frappe
from frappe.utils import getdate


def term_on(date) -> str | None:
	"""The name of the School Term that contains `date`, or None."""
	date = getdate(date)
	term = frappe.qb.DocType("School Term")
	found = (
		frappe.qb.from_(term)
		.select(term.name)
		.where(term.start_date <= date)
		.where(term.end_date >= date)
		.orderby(term.start_date)
		.limit(1)
		.run()
	)
	return found[0][0] if found else None
