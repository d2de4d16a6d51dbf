"""Teaching assignments as the source of examiners' conflicts of interest."""

import frappe


def teaching_conflicts(trainers, pilot_domain, school_term, school_classes) -> list:
	"""The Teaching Assignments by which any of `trainers` teaches the certificate content of
	`pilot_domain` to one of `school_classes` in `school_term`: such a trainer may not examine
	those classes. Each item has name, trainer, trainer_name, pilot_domain, school_class and
	school_term; an empty list means no conflict."""
	trainers = [t for t in (trainers or []) if t]
	school_classes = [c for c in (school_classes or []) if c]
	if not (trainers and pilot_domain and school_term and school_classes):
		return []

	assignment = frappe.qb.DocType("Teaching Assignment")
	return (
		frappe.qb.from_(assignment)
		.select(
			assignment.name,
			assignment.trainer,
			assignment.trainer_name,
			assignment.pilot_domain,
			assignment.school_class,
			assignment.school_term,
		)
		.where(
			assignment.trainer.isin(trainers)
			& (assignment.pilot_domain == pilot_domain)
			& (assignment.school_term == school_term)
			& assignment.school_class.isin(school_classes)
		)
		.orderby(assignment.trainer)
		.orderby(assignment.school_class)
		.run(as_dict=True)
	)
