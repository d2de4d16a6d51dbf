"""A trainer training and exchange session: its days, its attendees and the hours they earn."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate

from onex_pilot.faculty.exceptions import (
	AbsentAttendeeCreditError,
	DuplicateAttendeeError,
	ExcessCreditedHoursError,
	InvalidOrganiserError,
	InvalidSessionHoursError,
	MissingSessionDaysError,
	SessionOutsideTermError,
)

PLANNED = "Planned"
HELD = "Held"
CANCELLED = "Cancelled"

# Each Active pilot domain should hold this many sessions per School Term.
SESSIONS_PER_TERM_MIN = 1
SESSIONS_PER_TERM_MAX = 2

SCHOOL_KIND = "School"


class TrainerTrainingSession(Document):
	def validate(self):
		self.validate_hours()
		self.validate_days()
		self.validate_days_within_term()
		self.validate_organiser()
		self.validate_unique_attendees()
		self.validate_absent_attendees()
		self.credit_present_attendees()
		self.validate_credited_hours()

	def validate_hours(self):
		if flt(self.hours) > 0:
			return
		frappe.throw(
			_("Hours is {0}. Enter how many hours the session lasts, more than zero.").format(
				frappe.bold(flt(self.hours))
			),
			exc=InvalidSessionHoursError,
			title=_("Invalid session hours"),
		)

	def validate_days(self):
		if not self.days:
			frappe.throw(
				_("Add at least one day to Days, with its date and place."),
				exc=MissingSessionDaysError,
				title=_("No session days"),
			)
		dates = [getdate(row.date) for row in self.days]
		self.first_day, self.last_day = min(dates), max(dates)

	def validate_days_within_term(self):
		if not self.school_term:
			return
		start, end = frappe.db.get_value("School Term", self.school_term, ["start_date", "end_date"])
		for row in self.days:
			if getdate(start) <= getdate(row.date) <= getdate(end):
				continue
			frappe.throw(
				_(
					"Days row {0}: {1} is outside term {2}, which runs from {3} to {4}. Choose a date within the term or another term."
				).format(
					row.idx,
					frappe.bold(row.date),
					frappe.bold(self.school_term),
					frappe.bold(start),
					frappe.bold(end),
				),
				exc=SessionOutsideTermError,
				title=_("Session outside its term"),
			)

	def validate_organiser(self):
		if not self.organiser:
			return
		kind, is_evaluation = frappe.db.get_value(
			"Partner Organisation", self.organiser, ["kind", "is_evaluation_organisation"]
		)
		if kind == SCHOOL_KIND or is_evaluation:
			return
		frappe.throw(
			_(
				"Organiser {0} is neither a school nor a training and evaluation organisation. Choose the school or the evaluation organisation that runs the session."
			).format(frappe.bold(self.organiser)),
			exc=InvalidOrganiserError,
			title=_("Invalid organiser"),
		)

	def validate_unique_attendees(self):
		seen = {}
		for row in self.attendees:
			if row.trainer in seen:
				frappe.throw(
					_("Attendees row {0}: {1} is already in row {2}. Remove one of the two rows.").format(
						row.idx, frappe.bold(row.trainer_name or row.trainer), seen[row.trainer]
					),
					exc=DuplicateAttendeeError,
					title=_("Attendee listed twice"),
				)
			seen[row.trainer] = row.idx

	def validate_absent_attendees(self):
		"""Only attendees marked present earn hours and may leave feedback."""
		for row in self.attendees:
			if row.present or not (flt(row.hours_credited) or (row.feedback or "").strip()):
				continue
			frappe.throw(
				_(
					"Attendees row {0}: {1} is not marked present, so they get no hours and leave no feedback. Tick Present or clear Hours Credited and Feedback."
				).format(row.idx, frappe.bold(row.trainer_name or row.trainer)),
				exc=AbsentAttendeeCreditError,
				title=_("Absent attendee credited"),
			)

	def credit_present_attendees(self):
		"""A present attendee with no hours entered is credited the whole session."""
		for row in self.attendees:
			if row.present and not flt(row.hours_credited):
				row.hours_credited = flt(self.hours)

	def validate_credited_hours(self):
		for row in self.attendees:
			if flt(row.hours_credited) <= flt(self.hours):
				continue
			frappe.throw(
				_(
					"Attendees row {0}: {1} is credited {2} hours, but the session lasts {3} hours. Credit at most the session's hours."
				).format(
					row.idx,
					frappe.bold(row.trainer_name or row.trainer),
					frappe.bold(flt(row.hours_credited)),
					frappe.bold(flt(self.hours)),
				),
				exc=ExcessCreditedHoursError,
				title=_("Too many hours credited"),
			)
