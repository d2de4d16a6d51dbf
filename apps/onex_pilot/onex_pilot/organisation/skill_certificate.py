"""The pass rules of a Skill Certificate, level by level."""

import frappe
from frappe import _

from onex_pilot.organisation.exceptions import LevelNotOfferedError


def get_level_rule(certificate: str, level: str):
	"""The Skill Certificate Level row of `certificate` for `level` (pass marks and fee).

	Raises LevelNotOfferedError when the certificate does not offer that level."""
	rows = frappe.get_all(
		"Skill Certificate Level",
		filters={"parenttype": "Skill Certificate", "parent": certificate, "level": level},
		fields=["name", "level", "theory_pass_mark", "practical_pass_mark", "total_pass_mark", "fee"],
		limit=1,
	)
	if rows:
		return rows[0]
	frappe.throw(
		_(
			"Skill Certificate {0} does not offer the {1} level. Choose a level it offers, or add it to the certificate."
		).format(frappe.bold(certificate), frappe.bold(_(level))),
		exc=LevelNotOfferedError,
		title=_("Level not offered"),
	)
