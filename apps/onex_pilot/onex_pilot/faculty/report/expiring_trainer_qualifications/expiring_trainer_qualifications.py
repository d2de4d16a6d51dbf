"""Trainer qualifications that are still valid today and end within the next N days (60)."""

import frappe
from frappe import _
from frappe.utils import date_diff, today

from onex_pilot.faculty.qualifications import EXPIRY_WARNING_DAYS, expiring_qualifications


def execute(filters=None):
	filters = frappe._dict(filters or {})
	days = int(filters.days or EXPIRY_WARNING_DAYS)
	data = expiring_qualifications(days=days)
	for row in data:
		row.days_left = date_diff(row.valid_to, today())
		row.qualification_type = _(row.qualification_type)
		row.level = _(row.level) if row.level else None
	return columns(), data


def columns():
	return [
		{
			"label": _("Trainer"),
			"fieldname": "trainer",
			"fieldtype": "Link",
			"options": "Trainer",
			"width": 120,
		},
		{"label": _("Trainer Name"), "fieldname": "trainer_name", "fieldtype": "Data", "width": 120},
		{
			"label": _("Qualification Type"),
			"fieldname": "qualification_type",
			"fieldtype": "Data",
			"width": 150,
		},
		{
			"label": _("Skill Certificate"),
			"fieldname": "skill_certificate",
			"fieldtype": "Link",
			"options": "Skill Certificate",
			"width": 150,
		},
		{"label": _("Level"), "fieldname": "level", "fieldtype": "Data", "width": 90},
		{
			"label": _("Issuing Organisation"),
			"fieldname": "issuing_organisation",
			"fieldtype": "Link",
			"options": "Partner Organisation",
			"width": 160,
		},
		{"label": _("Valid From"), "fieldname": "valid_from", "fieldtype": "Date", "width": 100},
		{"label": _("Valid To"), "fieldname": "valid_to", "fieldtype": "Date", "width": 100},
		{"label": _("Days Left"), "fieldname": "days_left", "fieldtype": "Int", "width": 90},
	]
