"""A student's fee waiver application; the student is the session's (see portal.waiver_form)."""

from onex_pilot.portal.students import require_student_page, translate_web_form


def get_context(context):
	require_student_page(context, "/fee-waiver-application/new")
	translate_web_form(context)
	return context
