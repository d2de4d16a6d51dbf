"""Numbers the assessment rules use, set by the Pilot Administrator."""

import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.assessment.exceptions import InvalidSettingError

# fieldname: the smallest value that makes sense
MINIMUMS = {"publicity_days": 1, "candidates_per_examiner": 1, "retake_months": 1}


class PilotSettings(Document):
	def validate(self):
		self.validate_minimums()

	def validate_minimums(self):
		for fieldname, minimum in MINIMUMS.items():
			if (self.get(fieldname) or 0) >= minimum:
				continue
			frappe.throw(
				_("{0} must be at least {1}. Enter a whole number of {1} or more.").format(
					frappe.bold(_(self.meta.get_label(fieldname))), minimum
				),
				exc=InvalidSettingError,
				title=_("Invalid setting"),
			)


def get_setting(fieldname: str) -> int:
	"""A number from Pilot Settings, e.g. `get_setting("candidates_per_examiner")`; the shipped
	default (5, 20, 12) until an administrator saves another."""
	value = frappe.db.get_single_value("Pilot Settings", fieldname, cache=False)
	if value:
		return value
	return int(frappe.get_meta("Pilot Settings").get_field(fieldname).default)
