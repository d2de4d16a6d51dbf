"""The public list of published Policy Notices (政策发布), open to guests."""

from frappe import _

from onex_pilot.organisation.doctype.policy_notice.policy_notice import published_notices

no_cache = 1


def get_context(context):
	context.title = _("Policy Notices")
	context.notices = published_notices()
	return context
