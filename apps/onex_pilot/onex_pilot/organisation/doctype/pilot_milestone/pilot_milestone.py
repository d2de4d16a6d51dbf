import calendar
import datetime
import re

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from onex_pilot.organisation.exceptions import InvalidPeriodError

OPEN = "Open"
DONE = "Done"

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
HALF_YEAR = re.compile(r"^(\d{4})-H([12])$")


def period_end(period: str) -> datetime.date | None:
	"""The last day of a month (`2020-11`) or half-year (`2023-H2`); None if it is neither."""
	period = (period or "").strip().upper()
	if match := MONTH.match(period):
		year, month = int(match.group(1)), int(match.group(2))
		return datetime.date(year, month, calendar.monthrange(year, month)[1])
	if match := HALF_YEAR.match(period):
		year = int(match.group(1))
		return datetime.date(year, 6, 30) if match.group(2) == "1" else datetime.date(year, 12, 31)
	return None


class PilotMilestone(Document):
	def validate(self):
		self.validate_period()
		self.set_completed_on()
		self.is_overdue = self.is_overdue_on(today())

	def validate_period(self):
		self.period = (self.period or "").strip().upper()
		self.due_date = period_end(self.period)
		if self.due_date:
			return
		if not self.period:
			message = _(
				"Set the Period of the milestone: a month such as 2020-11 or a half-year such as 2023-H2."
			)
		else:
			message = _(
				"Period {0} is neither a month (2020-11) nor a half-year (2023-H2). Correct the Period."
			).format(frappe.bold(self.period))
		frappe.throw(message, exc=InvalidPeriodError, title=_("Invalid period"))

	def set_completed_on(self):
		if self.status == DONE and not self.completed_on:
			self.completed_on = today()
		elif self.status != DONE:
			self.completed_on = None

	def is_overdue_on(self, date) -> int:
		return int(self.status == OPEN and getdate(self.due_date) < getdate(date))


def flag_overdue_milestones():
	"""Daily: flag open milestones whose due date has passed, unflag the others."""
	milestone = frappe.qb.DocType("Pilot Milestone")
	now = getdate(today())
	frappe.qb.update(milestone).set(milestone.is_overdue, 1).where(milestone.status == OPEN).where(
		milestone.due_date < now
	).where(milestone.is_overdue == 0).run()
	frappe.qb.update(milestone).set(milestone.is_overdue, 0).where(
		(milestone.status != OPEN) | (milestone.due_date >= now)
	).where(milestone.is_overdue == 1).run()
