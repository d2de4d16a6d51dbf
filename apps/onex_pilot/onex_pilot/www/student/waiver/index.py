"""My fee waiver: the student's applications, their status and any reason for a rejection."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/waiver")
	context.title = _("My Fee Waiver")
	context.waivers = students.my_waivers(student)
	return context
