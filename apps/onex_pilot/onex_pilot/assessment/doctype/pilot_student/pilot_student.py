"""A student of the pilot: the record every registration, result and certificate points at.

Each student gets a portal login whose user name is the student number, created
here (not in a custom screen) so that Frappe's Data Import can create students in
bulk. Personal data lives apart, in Student Personal Data; this record only holds
masked copies of it."""

import re

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from onex_pilot.assessment.exceptions import (
	IDGenderMismatchError,
	InvalidEnrolmentYearError,
	InvalidStudentNumberError,
	MissingInitialPasswordError,
	StudentNumberTakenError,
)
from onex_pilot.assessment.resident_id import gender_of_resident_id
from onex_pilot.roles import STUDENT

# Portal logins of students need an email in Frappe; none is ever sent to it.
STUDENT_EMAIL_DOMAIN = "students.invalid"
STUDENT_NUMBER_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{3,19}$")
FIRST_ENROLMENT_YEAR = 2000


def student_email(student_number: str) -> str:
	return f"{student_number.lower()}@{STUDENT_EMAIL_DOMAIN}"


class PilotStudent(Document):
	def validate(self):
		self.validate_student_number()
		self.validate_enrolment_year()
		self.validate_gender_matches_id()
		self.take_initial_password()
		self.validate_login_name_free()

	def on_update(self):
		self.create_portal_user()
		self.sync_user_name()

	def on_trash(self):
		self.delete_personal_data()

	def after_delete(self):
		self.delete_portal_user()

	def validate_student_number(self):
		self.student_number = (self.student_number or "").strip()
		if STUDENT_NUMBER_PATTERN.match(self.student_number):
			return
		frappe.throw(
			_(
				"Student Number {0} is not valid. Use 4 to 20 letters, digits or hyphens, starting with a letter or digit."
			).format(frappe.bold(self.student_number)),
			exc=InvalidStudentNumberError,
			title=_("Invalid student number"),
		)

	def validate_enrolment_year(self):
		latest = getdate(today()).year + 1
		if FIRST_ENROLMENT_YEAR <= (self.enrolment_year or 0) <= latest:
			return
		frappe.throw(
			_("Enrolment Year {0} is not valid. Enter a year from {1} to {2}.").format(
				frappe.bold(self.enrolment_year), FIRST_ENROLMENT_YEAR, latest
			),
			exc=InvalidEnrolmentYearError,
			title=_("Invalid enrolment year"),
		)

	def validate_gender_matches_id(self):
		"""A changed gender must still agree with the resident ID on file."""
		if self.is_new() or not self.has_value_changed("gender"):
			return
		personal = frappe.db.get_value(
			"Student Personal Data", {"student": self.name}, ["id_type", "id_number"], as_dict=True
		)
		if not personal or personal.id_type != "Resident ID Card":
			return
		if gender_of_resident_id(personal.id_number) == self.gender:
			return
		frappe.throw(
			_(
				"Gender {0} disagrees with the student's resident ID number. Correct the gender, or correct the ID number in Student Personal Data first."
			).format(frappe.bold(_(self.gender))),
			exc=IDGenderMismatchError,
			title=_("Gender disagrees with the ID number"),
		)

	def take_initial_password(self):
		"""Keep the initial password only in memory until the login exists; never store it."""
		typed = self.initial_password
		self.initial_password = None
		if typed and not self.is_dummy_password(typed):
			self.flags.initial_password = typed
		if not self.needs_user() or self.flags.initial_password:
			return
		default = frappe.get_single("Pilot Settings").get_password(
			"default_student_password", raise_exception=False
		)
		if default:
			self.flags.initial_password = default
			return
		frappe.throw(
			_(
				"Student {0} needs an initial password for the portal login. Enter an Initial Password, set a Default Initial Student Password in Pilot Settings, or untick Create Portal User."
			).format(frappe.bold(self.student_number)),
			exc=MissingInitialPasswordError,
			title=_("Initial password missing"),
		)

	def validate_login_name_free(self):
		if not self.needs_user():
			return
		taken = frappe.db.get_value("User", {"username": self.student_number}, "name") or frappe.db.exists(
			"User", student_email(self.student_number)
		)
		if not taken:
			return
		frappe.throw(
			_(
				"Student Number {0} is already the login of user {1}. Link that user to the student, or give the student another number."
			).format(frappe.bold(self.student_number), frappe.bold(taken)),
			exc=StudentNumberTakenError,
			title=_("Login name taken"),
		)

	def needs_user(self) -> bool:
		return bool(self.create_user and not self.user)

	def create_portal_user(self):
		if not self.needs_user():
			return
		# new_doc fills in the User's defaults (enabled, session limits…) now, because an insert
		# made during an import, as below, skips them.
		user = frappe.new_doc("User")
		user.update(
			{
				"email": student_email(self.student_number),
				"first_name": self.student_name,
				"username": self.student_number,
				"user_type": "Website User",
				"send_welcome_email": 0,
				"new_password": self.flags.pop("initial_password", None),
			}
		)
		user.append("roles", {"role": STUDENT})
		# Frappe refuses more than 60 new users an hour, against mass self sign-up. Staff enrolling
		# a year's students make more, as an import does, and nobody signs up here: skip it the same way.
		in_import = frappe.flags.in_import
		frappe.flags.in_import = True
		try:
			user.insert(ignore_permissions=True)
		finally:
			frappe.flags.in_import = in_import
		self.db_set("user", user.name)

	def sync_user_name(self):
		if self.user and self.has_value_changed("student_name") and not self.is_new():
			frappe.db.set_value(
				"User", self.user, {"first_name": self.student_name, "full_name": self.student_name}
			)

	def delete_portal_user(self):
		"""The login goes with the student, with the Contact Frappe made for it, so the number is free again."""
		if not self.user or not frappe.db.exists("User", self.user):
			return
		for contact in frappe.get_all("Contact", filters={"user": self.user}, pluck="name"):
			frappe.delete_doc("Contact", contact, ignore_permissions=True)
		frappe.delete_doc("User", self.user, ignore_permissions=True)

	def delete_personal_data(self):
		"""Personal data goes with the student; nothing is kept without its owner."""
		if frappe.db.exists("Student Personal Data", self.name):
			frappe.delete_doc("Student Personal Data", self.name, ignore_permissions=True)
