"""My results: shown from the moment a plan's results go into publicity (成绩公示)."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/results")
	context.title = _("My Results")
	context.results = students.my_results(student)
	return context
