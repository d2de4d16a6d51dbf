"""A student's identity number, phone and poverty status (PIPL personal data).

Readable only by those with a need (see onex_pilot.permissions.students); everyone else sees the
masked copies this record writes onto the Pilot Student. Not tracked in version
history, not in global search or list views, and every read of a full record is
written to Frappe's Access Log."""

import re

import frappe
from frappe import _
from frappe.core.doctype.access_log.access_log import make_access_log
from frappe.model.document import Document
from frappe.utils import getdate, today

from onex_pilot.assessment import resident_id
from onex_pilot.assessment.exceptions import (
	DuplicatePersonalDataError,
	IDBirthDateMismatchError,
	IDGenderMismatchError,
	InvalidDateOfBirthError,
	InvalidIDNumberError,
	InvalidPhoneError,
	InvalidPoorHouseholdYearError,
	PublicEvidenceError,
)
from onex_pilot.privacy import mask_tail

RESIDENT_ID_CARD = "Resident ID Card"
RESIDENCE_PERMIT = "Hong Kong-Macao-Taiwan Residence Permit"
PASSPORT = "Passport"

MAINLAND_MOBILE = re.compile(r"^1[3-9]\d{9}$")
PASSPORT_NUMBER = re.compile(r"^[A-Z0-9]{5,17}$")
# 建档立卡 registration began in 2014.
FIRST_POOR_HOUSEHOLD_YEAR = 2014

ID_PROBLEMS = {
	resident_id.BAD_LENGTH: "it must be 18 characters long",
	resident_id.BAD_CHARACTERS: "it must be 17 digits followed by a digit or X",
	resident_id.BAD_CHECK_DIGIT: "its last character (the check digit) is wrong, so a character was mistyped",
	resident_id.BAD_BIRTH_DATE: "characters 7 to 14 are not a real date (YYYYMMDD)",
	resident_id.BAD_REGION: "its first 6 digits are not a known region code",
}


class StudentPersonalData(Document):
	def onload(self):
		self.log_full_read()

	def apply_fieldlevel_read_permissions(self):
		"""Called wherever a user reads the whole document (Desk form, REST API, frappe.client.get)."""
		super().apply_fieldlevel_read_permissions()
		self.log_full_read()

	def validate(self):
		self.validate_one_per_student()
		self.validate_date_of_birth()
		self.validate_id_number()
		self.validate_phone()
		self.validate_poor_household()
		self.validate_evidence_is_private()

	def on_update(self):
		self.write_masked_copies()

	def on_trash(self):
		frappe.db.set_value(
			"Pilot Student",
			self.student,
			{"id_number_masked": None, "phone_masked": None},
			update_modified=False,
		)

	def log_full_read(self):
		"""Who read a full ID number, and when; once per loaded document. A reader without
		permission level 1 (the Finance Officer) is shown no ID number, so nothing is logged."""
		from onex_pilot.permissions.personal_reads import reads_full_numbers

		if self.flags.read_logged or not self.get("id_number") or not reads_full_numbers():
			return
		self.flags.read_logged = True
		make_access_log(doctype=self.doctype, document=self.name, method="Read")

	def validate_one_per_student(self):
		if not self.is_new() or not frappe.db.exists("Student Personal Data", {"student": self.student}):
			return
		frappe.throw(
			_(
				"Student {0} already has personal data. Open and correct that record instead of adding another."
			).format(frappe.bold(self.student)),
			exc=DuplicatePersonalDataError,
			title=_("Personal data exists"),
		)

	def validate_date_of_birth(self):
		if not self.date_of_birth or getdate(self.date_of_birth) <= getdate(today()):
			return
		frappe.throw(
			_(
				"Date of Birth {0} is in the future. Enter the date on the student's identity document."
			).format(frappe.bold(self.get_formatted("date_of_birth"))),
			exc=InvalidDateOfBirthError,
			title=_("Invalid date of birth"),
		)

	def validate_id_number(self):
		self.id_number = resident_id.normalise(self.id_number)
		if self.id_type == PASSPORT:
			self.validate_passport_number()
			return
		if self.id_type == RESIDENCE_PERMIT:
			problem = resident_id.residence_permit_problem(self.id_number)
		else:
			problem = resident_id.resident_id_problem(self.id_number)
		if problem:
			self.throw_bad_id(problem)
		self.validate_birth_date_agrees()
		self.validate_gender_agrees()

	def validate_passport_number(self):
		if PASSPORT_NUMBER.match(self.id_number):
			return
		frappe.throw(
			_(
				"ID Number {0} is not a passport number. Enter 5 to 17 letters and digits as printed in the passport."
			).format(frappe.bold(self.id_number)),
			exc=InvalidIDNumberError,
			title=_("Invalid ID number"),
		)

	def throw_bad_id(self, problem: str):
		frappe.throw(
			_(
				"ID Number {0} is not a valid {1}: {2}. Check the number on the card and enter it again."
			).format(frappe.bold(self.id_number), _(self.id_type), _(ID_PROBLEMS[problem])),
			exc=InvalidIDNumberError,
			title=_("Invalid ID number"),
		)

	def validate_birth_date_agrees(self):
		born = resident_id.birth_date_of(self.id_number)
		if not self.date_of_birth:
			self.date_of_birth = born
			return
		if getdate(self.date_of_birth) == born:
			return
		frappe.throw(
			_(
				"ID Number {0} gives the birth date {1}, but Date of Birth is {2}. Correct whichever of the two is wrong."
			).format(
				frappe.bold(self.id_number),
				frappe.bold(frappe.format(born, "Date")),
				frappe.bold(self.get_formatted("date_of_birth")),
			),
			exc=IDBirthDateMismatchError,
			title=_("Birth date disagrees with the ID number"),
		)

	def validate_gender_agrees(self):
		gender = frappe.db.get_value("Pilot Student", self.student, "gender")
		id_gender = resident_id.gender_of_resident_id(self.id_number)
		if not gender or gender == id_gender:
			return
		frappe.throw(
			_(
				"ID Number {0} belongs to a person of gender {1} (17th digit), but student {2} is recorded as {3}. Correct the ID number, or the student's gender."
			).format(frappe.bold(self.id_number), _(id_gender), frappe.bold(self.student), _(gender)),
			exc=IDGenderMismatchError,
			title=_("Gender disagrees with the ID number"),
		)

	def validate_phone(self):
		if not self.phone:
			return
		self.phone = re.sub(r"[\s-]", "", self.phone)
		if self.phone.startswith("+86"):
			self.phone = self.phone[3:]
		if MAINLAND_MOBILE.match(self.phone):
			return
		frappe.throw(
			_(
				"Phone {0} is not a mainland mobile number. Enter the 11 digits, starting with 13 to 19."
			).format(frappe.bold(self.phone)),
			exc=InvalidPhoneError,
			title=_("Invalid phone number"),
		)

	def validate_poor_household(self):
		if not self.is_registered_poor:
			self.poor_household_year = None
			return
		latest = getdate(today()).year
		if FIRST_POOR_HOUSEHOLD_YEAR <= (self.poor_household_year or 0) <= latest:
			return
		frappe.throw(
			_(
				"Registered Since (Year) {0} is not valid for a registered poor household. Enter the year of registration, from {1} to {2}."
			).format(
				frappe.bold(self.poor_household_year or _("(empty)")), FIRST_POOR_HOUSEHOLD_YEAR, latest
			),
			exc=InvalidPoorHouseholdYearError,
			title=_("Invalid registration year"),
		)

	def validate_evidence_is_private(self):
		if not self.poverty_evidence or self.poverty_evidence.startswith("/private/files/"):
			return
		frappe.throw(
			_(
				"Poverty Evidence must be a private file, so that only those allowed to see this record can open it. Remove it and upload it again with Private ticked."
			),
			exc=PublicEvidenceError,
			title=_("Evidence must be private"),
		)

	def write_masked_copies(self):
		frappe.db.set_value(
			"Pilot Student",
			self.student,
			{"id_number_masked": mask_tail(self.id_number), "phone_masked": mask_tail(self.phone)},
			update_modified=False,
		)
