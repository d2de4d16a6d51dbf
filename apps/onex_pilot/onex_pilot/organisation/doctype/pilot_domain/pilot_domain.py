import frappe
from frappe import _
from frappe.model.document import Document

from onex_pilot.organisation.exceptions import DuplicateTargetError, MissingLaunchDateError
from onex_pilot.organisation.skill_certificate import get_level_rule

PREPARING = "Preparing"
ACTIVE = "Active"
SUSPENDED = "Suspended"
COMPLETED = "Completed"
# Domains that are (or were) in the pilot: they may receive pilot money.
IN_PILOT = (ACTIVE, COMPLETED)


class PilotDomain(Document):
	def validate(self):
		self.validate_launch_date()
		self.validate_targets_unique()
		self.validate_target_levels_offered()

	def validate_launch_date(self):
		if self.status == PREPARING or self.launch_date:
			return
		frappe.throw(
			_("A domain with status {0} has been launched: set its Launch Date.").format(
				frappe.bold(_(self.status))
			),
			exc=MissingLaunchDateError,
			title=_("Launch date missing"),
		)

	def validate_targets_unique(self):
		seen = set()
		for row in self.targets:
			key = (row.year, row.level)
			if key in seen:
				frappe.throw(
					_(
						"Row {0}: there is already a target for {1} in {2}. Keep one row per year and level."
					).format(row.idx, frappe.bold(_(row.level)), frappe.bold(row.year)),
					exc=DuplicateTargetError,
					title=_("Duplicate target"),
				)
			seen.add(key)

	def validate_target_levels_offered(self):
		"""A target is for a level the domain's certificate offers (a clear error names the level)."""
		for level in {row.level for row in self.targets}:
			get_level_rule(self.skill_certificate, level)
