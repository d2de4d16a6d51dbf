"""Sites installed before the app turned error tracebacks off get them turned off once."""

from onex_pilot.setup.install import hide_error_tracebacks


def execute():
	hide_error_tracebacks()
