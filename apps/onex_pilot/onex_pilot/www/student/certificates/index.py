"""My certificates: the student's issued skill certificates, each downloadable as a PDF."""

from frappe import _

from onex_pilot.portal import students

no_cache = 1


def get_context(context):
	student = students.require_student_page(context, "/student/certificates")
	context.title = _("My Certificates")
	context.certificates = students.my_certificates(student)
	return context
