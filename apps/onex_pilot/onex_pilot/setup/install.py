"""What the app sets on a site when it is installed and after every migrate."""

import frappe

# What the login page, the browser tab and the website's footer call the platform, until the
# school names it otherwise in Website Settings.
PLATFORM_NAME = "1+X 证书试点管理平台"


def after_install():
	allow_login_by_user_name()
	store_pilot_settings_defaults()
	name_the_website()
	hide_error_tracebacks()
	offer_no_email_link_login()


def after_migrate():
	allow_login_by_user_name()
	store_pilot_settings_defaults()
	name_the_website()


def name_the_website():
	"""Frappe calls every site "Frappe" (the login page says "Login to Frappe"): name it after the
	platform, unless the school has named it already."""
	if frappe.db.get_single_value("Website Settings", "app_name") in (None, "", "Frappe"):
		frappe.db.set_single_value("Website Settings", "app_name", PLATFORM_NAME)


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


def hide_error_tracebacks():
	"""Frappe answers a failed request with its Python traceback by default, even to a visitor
	(a failed or locked-out login, say). Exam results call for the quieter default: the Error Log
	keeps every traceback, and a developer may turn System Settings' "Show Full Error and Allow
	Reporting of Issues to the Developer" back on (portal users still get none then: see
	portal/error_detail.py)."""
	frappe.db.set_single_value("System Settings", "allow_error_traceback", 0)


def offer_no_email_link_login():
	"""Frappe's login page offers "Login with Email Link", which students cannot use: their logins
	have no real address (…@students.invalid). A school whose staff receive mail from the platform
	may turn it back on in System Settings."""
	frappe.db.set_single_value("System Settings", "login_with_email_link", 0)
