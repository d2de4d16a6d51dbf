"""Factories for the portal module: supervision feedback."""

import frappe

from onex_pilot.tests.factories.organisation import make_partner_organisation, make_pilot_domain


def make_feedback(target_type: str = "Pilot Domain", rating: int = 4, **fields):
	"""A Supervision Feedback about a new pilot domain, or a new evaluation organisation."""
	target = {}
	if target_type == "Pilot Domain" and "pilot_domain" not in fields:
		target["pilot_domain"] = make_pilot_domain().name
	if target_type == "Evaluation Organisation" and "evaluation_organisation" not in fields:
		target["evaluation_organisation"] = make_partner_organisation(is_evaluation_organisation=1).name
	return frappe.get_doc(
		{
			"doctype": "Supervision Feedback",
			"target_type": target_type,
			"rating": rating,
			"rater_category": "Parent",
			"comment": "The trainers explained the standard well.",
			**target,
			**fields,
		}
	).insert(ignore_permissions=True)
