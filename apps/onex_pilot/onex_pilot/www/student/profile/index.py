"""My profile: the student's record as the school keeps it, with the ID and phone masked."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/profile")
	context.title = _("My Profile")
	context.profile = students.my_profile(student)
	return context
