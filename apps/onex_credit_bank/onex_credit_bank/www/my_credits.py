"""The student's own credits (我的学分), by academic year and source, with totals net of reversals.

The student is the one logged in; nothing in the request chooses another."""

from urllib.parse import urlencode

import frappe
from frappe import _

from onex_credit_bank.credit_bank.transcript import student_of_session, transcript

no_cache = 1


def get_context(context):
	if frappe.session.user == "Guest":
		frappe.local.flags.redirect_location = "/login?" + urlencode({"redirect-to": "/my-credits"})
		raise frappe.Redirect(302)  # not 301: browsers would remember it after login

	context.title = _("My Credits")
	context.show_sidebar = True
	context.student = student_of_session()
	context.transcript = transcript(context.student.name) if context.student else None
	return context
