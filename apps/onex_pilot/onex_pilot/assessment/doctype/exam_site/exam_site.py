"""A place where assessments are held, accredited by evaluation organisations per certificate and level."""

from itertools import pairwise

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from onex_pilot.assessment.exceptions import (
	AccreditationOrganisationError,
	InvalidAccreditationPeriodError,
	OverlappingAccreditationError,
)
from onex_pilot.organisation.skill_certificate import get_level_rule


class ExamSite(Document):
	def validate(self):
		self.validate_accreditation_periods()
		self.validate_accrediting_organisations()
		self.validate_levels_offered()
		self.validate_no_overlapping_accreditations()

	def validate_accreditation_periods(self):
		for row in self.accreditations:
			if getdate(row.valid_to) >= getdate(row.valid_from):
				continue
			frappe.throw(
				_(
					"Row {0}: the accreditation is valid to {1}, before it is valid from {2}. Set Valid To on or after Valid From."
				).format(
					row.idx,
					frappe.bold(row.get_formatted("valid_to")),
					frappe.bold(row.get_formatted("valid_from")),
				),
				exc=InvalidAccreditationPeriodError,
				title=_("Invalid accreditation period"),
			)

	def validate_accrediting_organisations(self):
		for row in self.accreditations:
			issuer = frappe.db.get_value(
				"Skill Certificate", row.skill_certificate, "evaluation_organisation"
			)
			if not row.evaluation_organisation:
				row.evaluation_organisation = issuer
			if not issuer or row.evaluation_organisation == issuer:
				continue
			frappe.throw(
				_(
					"Row {0}: {1} does not evaluate Skill Certificate {2}; its evaluation organisation is {3}. Choose {3} as Evaluation Organisation."
				).format(
					row.idx,
					frappe.bold(row.evaluation_organisation),
					frappe.bold(row.skill_certificate),
					frappe.bold(issuer),
				),
				exc=AccreditationOrganisationError,
				title=_("Wrong evaluation organisation"),
			)

	def validate_levels_offered(self):
		for row in self.accreditations:
			get_level_rule(row.skill_certificate, row.level)

	def validate_no_overlapping_accreditations(self):
		rows = sorted(
			self.accreditations, key=lambda r: (r.skill_certificate, r.level, getdate(r.valid_from))
		)
		for earlier, later in pairwise(rows):
			if (earlier.skill_certificate, earlier.level) != (later.skill_certificate, later.level):
				continue
			if getdate(later.valid_from) > getdate(earlier.valid_to):
				continue
			frappe.throw(
				_(
					"Rows {0} and {1} both accredit {2} at the {3} level for overlapping periods. Shorten one so that the next starts after the previous ends."
				).format(
					earlier.idx, later.idx, frappe.bold(later.skill_certificate), frappe.bold(_(later.level))
				),
				exc=OverlappingAccreditationError,
				title=_("Overlapping accreditations"),
			)
