"""Who is responsible for a School Class when."""

import frappe

from onex_pilot.organisation.terms import term_on


def class_teacher_of(school_class: str, on_date) -> str | None:
	"""The User who is class teacher of `school_class` in the term containing `on_date`, or None."""
	term = term_on(on_date)
	if not term:
		return None
	return frappe.db.get_value(
		"School Class Teacher",
		{"parenttype": "School Class", "parent": school_class, "school_term": term},
		"teacher",
	)


def classes_taught_by(user: str, on_date) -> list[str]:
	"""The School Classes whose class teacher `user` is in the term containing `on_date`."""
	term = term_on(on_date)
	if not term:
		return []
	return frappe.get_all(
		"School Class Teacher",
		filters={"parenttype": "School Class", "school_term": term, "teacher": user},
		pluck="parent",
	)
