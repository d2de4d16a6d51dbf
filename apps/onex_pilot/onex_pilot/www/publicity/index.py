"""/publicity: results in publicity (成绩公示), open to everyone while the window runs."""

from frappe import _

from onex_pilot.portal.publicity import publicity_lists

no_cache = 1


def get_context(context):
	context.title = _("Results Publicity")
	context.plans = publicity_lists()
	return context
