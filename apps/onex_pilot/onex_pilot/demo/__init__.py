"""The demo school: `./onex run` loads it into the demo site, `./onex demo` again.

Every loader is idempotent: it looks records up by their natural key and
creates only what is missing, so loading twice creates no duplicates.
"""

import frappe

from onex_pilot.demo import assessment, faculty, organisation, students, users

DEMO_PASSWORD = "Pilot@2026"


def load():
	"""Load the whole demo school, step by step, committing after each step. Texts the records
	are made with (a plan's title, say) are in the site's language, as a user there would write them."""
	steps = [users.load, organisation.load, faculty.load, students.load, assessment.load]
	# Addons add their own demo data through this hook, after the core's.
	steps += [frappe.get_attr(path) for path in frappe.get_hooks("onex_pilot_demo_loaders")]
	steps.append(users.give_staff_the_pilot_desk)

	lang = frappe.local.lang
	frappe.local.lang = frappe.db.get_default("lang") or lang
	try:
		for step in steps:
			step()
			frappe.db.commit()  # called from the command line, outside a request
	finally:
		frappe.local.lang = lang


def login_table():
	"""The demo logins, as `./onex run` prints them: staff, addons' (hook `onex_pilot_demo_logins`,
	pairs of role and login) and the student, who logs in on the portal with the student number."""
	logins = [*users.DEMO_USERS, *frappe.get_hooks("onex_pilot_demo_logins")]
	logins.append(("Student (portal)", students.KNOWN_STUDENT))
	lines = [f"  Demo logins (password {DEMO_PASSWORD}):"]
	lines += [f"    {role:<22} {login}" for role, login in logins]
	return "\n".join(lines)
