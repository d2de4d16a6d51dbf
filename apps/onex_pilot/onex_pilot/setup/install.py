"""What the app sets on a site when it is installed and after every migrate."""

import frappe


def after_install():
	allow_login_by_user_name()
	store_pilot_settings_defaults()


def after_migrate():
	allow_login_by_user_name()
	store_pilot_settings_defaults()


def allow_login_by_user_name():
	"""Students log in to the portal with their student number, which is their user name."""
	if not frappe.db.get_single_value("System Settings", "allow_login_using_user_name"):
		frappe.db.set_single_value("System Settings", "allow_login_using_user_name", 1)


def store_pilot_settings_defaults():
	"""Write the shipped defaults (publicity 5 days, 20 candidates per examiner, retake within
	12 months) once, so that reports and queries reading the table see them."""
	if frappe.db.get_single_value("Pilot Settings", "candidates_per_examiner"):
		return
	settings = frappe.get_single("Pilot Settings")
	settings.flags.ignore_permissions = True
	settings.save()
