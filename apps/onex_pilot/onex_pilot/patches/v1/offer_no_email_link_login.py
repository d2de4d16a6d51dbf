"""Sites installed before the app turned the email-link login off get it turned off once."""

from onex_pilot.setup.install import offer_no_email_link_login


def execute():
	offer_no_email_link_login()
