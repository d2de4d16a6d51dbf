"""Public certificate verification (证书查询), open to guests.

The page itself is static; its script asks `onex_pilot.portal.api.verify_certificate` and
`confirm_holder`, which are rate-limited per address, so the look-up cannot be harvested
through the page either. A QR code opens it as `/verify?code=<verification code>`."""

from frappe import _

no_cache = 1


def get_context(context):
	context.title = _("Certificate Verification")
	context.no_breadcrumbs = True
	return context
