"""Site-level defaults for a Chinese school."""

import frappe
from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

CHINESE = "zh"


def set_chinese_defaults():
	"""Finish Frappe's setup wizard as a school in China would: Simplified Chinese,
	China, Beijing time, yuan. Safe to call again: a finished wizard is left alone."""
	language_name = frappe.db.get_value("Language", CHINESE, "language_name")
	setup_complete(
		{
			"language": language_name,
			"country": "China",
			"timezone": "Asia/Shanghai",
			"currency": "CNY",
		}
	)
	frappe.db.set_default("lang", CHINESE)
	frappe.db.set_value("User", "Administrator", "language", CHINESE)
	frappe.db.commit()  # called from the command line, outside a request
