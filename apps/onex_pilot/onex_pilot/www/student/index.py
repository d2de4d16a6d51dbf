"""/student: the student portal starts at the student's assessments."""

import frappe

no_cache = 1


def get_context(context):
	frappe.local.flags.redirect_location = "/student/assessments"
	raise frappe.Redirect
