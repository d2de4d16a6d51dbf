"""Which exam sites may host an assessment of a certificate and level on a date."""

import frappe
from frappe.utils import getdate


def is_site_accredited(exam_site: str, skill_certificate: str, level: str, on_date) -> bool:
	"""True when `exam_site` is enabled and holds an accreditation for `skill_certificate` at `level`
	that is valid on `on_date` (valid_from ≤ on_date ≤ valid_to, both days included)."""
	if not exam_site or frappe.db.get_value("Exam Site", exam_site, "disabled") in (None, 1):
		return False
	on_date = getdate(on_date)
	accreditation = frappe.qb.DocType("Exam Site Accreditation")
	found = (
		frappe.qb.from_(accreditation)
		.select(accreditation.name)
		.where(accreditation.parenttype == "Exam Site")
		.where(accreditation.parent == exam_site)
		.where(accreditation.skill_certificate == skill_certificate)
		.where(accreditation.level == level)
		.where(accreditation.valid_from <= on_date)
		.where(accreditation.valid_to >= on_date)
		.limit(1)
		.run()
	)
	return bool(found)
