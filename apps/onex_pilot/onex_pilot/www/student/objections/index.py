"""My objections: those the student lodged against their results, and how they were resolved."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/objections")
	context.title = _("My Objections")
	context.objections = students.my_objections(student)
	return context
