"""Per-address limits of the public endpoints, with Frappe's rate limiter.

Frappe's `rate_limit` decorator counts in Redis per endpoint (`form_dict.cmd`) and per
`frappe.local.request_ip`, which `client_ip.set_trusted_request_ip` makes trustworthy.
The limits are read from Pilot Portal Settings on every call. Past a limit Frappe raises
`RateLimitExceededError`, answered with HTTP 429."""

from frappe.rate_limiter import rate_limit

from onex_pilot.portal.doctype.pilot_portal_settings.pilot_portal_settings import (
	feedback_rate_limit,
	verify_rate_limit,
)

MINUTE = 60
HOUR = 60 * 60

# Decorators for whitelisted methods: each method is its own endpoint with its own count.
limit_verification = rate_limit(limit=verify_rate_limit, seconds=MINUTE)


@rate_limit(limit=feedback_rate_limit, seconds=HOUR)
def count_feedback_submission():
	"""Counts one public feedback submission (called while the web form saves); raises past the limit."""
