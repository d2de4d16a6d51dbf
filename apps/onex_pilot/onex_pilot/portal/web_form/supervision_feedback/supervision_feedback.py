"""The public feedback form (监督评价): anyone may rate a pilot domain or an evaluation organisation."""

import frappe

from onex_pilot.portal.students import translate_web_form


def get_context(context):
	"""Offer only evaluation organisations and launched pilot domains to choose from."""
	options = {
		"evaluation_organisation": frappe.get_all(
			"Partner Organisation", filters={"is_evaluation_organisation": 1}, pluck="name", order_by="name"
		),
		"pilot_domain": frappe.get_all(
			"Pilot Domain", filters={"status": ("!=", "Preparing")}, pluck="name", order_by="name"
		),
	}
	for field in (context.web_form_doc or {}).get("web_form_fields") or []:
		if field.fieldname in options:
			field.options = "\n".join(options[field.fieldname])
	translate_web_form(context)
	return context
