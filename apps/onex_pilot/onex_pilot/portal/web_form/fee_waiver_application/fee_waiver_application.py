"""A student's fee waiver application; the student is the session's (see portal.waiver_form)."""

from onex_pilot.portal.students import require_student_page


def get_context(context):
	require_student_page(context, "/fee-waiver-application/new")
	return context
