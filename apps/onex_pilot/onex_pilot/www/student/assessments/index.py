"""My assessments: the plans open to the student, and their registrations."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/assessments")
	context.title = _("My Assessments")
	context.open_plans = students.open_plans(student)
	context.registrations = students.my_registrations(student)
	return context
