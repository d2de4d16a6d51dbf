"""Acting as another user inside a request, for set-ups that must make a row as its owner."""

from contextlib import contextmanager

import frappe


@contextmanager
def acting_as(user: str):
	"""Run the block as `user`, then give the request back its caller's session. Switching user
	rewrites the request's session in place, and Frappe would save the caller's session under
	the other user's name: the caller's next request would then be refused."""
	session = frappe._dict(frappe.local.session)
	frappe.set_user(user)
	try:
		yield
	finally:
		frappe.set_user(session.user)
		frappe.local.session.update(session)
