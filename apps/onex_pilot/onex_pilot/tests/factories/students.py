"""Factories for students, their personal data, exam sites and exam rooms.

Each makes one valid record with defaults; every keyword overrides a default. Records are
inserted with `ignore_permissions`, so a test can make data as Administrator and then act
as another user. Resident ID numbers are invented but valid (check digit from stdnum)."""

import datetime

import frappe
from frappe.utils import add_days, add_years, getdate, today

from onex_pilot.assessment.resident_id import FEMALE, MALE, make_resident_id
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.organisation import make_school_class, make_skill_certificate, unique

STUDENT_PASSWORD = "Student@2026!"


def make_student_number() -> str:
	return "S" + frappe.generate_hash(length=9).upper()


def make_student(
	school_class: str | None = None,
	with_user: bool = True,
	gender: str = MALE,
	password: str = STUDENT_PASSWORD,
	own_password: bool = True,
	**fields,
):
	"""A Pilot Student in `school_class` (a new class by default), with a portal login
	(user name = student number, password `password`) unless `with_user` is False. The login
	counts as one whose password the student has set (`own_password`), so the portal opens;
	with `own_password=False` it still has its initial password."""
	student = frappe.get_doc(
		{
			"doctype": "Pilot Student",
			"student_number": fields.pop("student_number", None) or make_student_number(),
			"student_name": fields.pop("student_name", None) or unique("学生"),
			"gender": gender,
			"school_class": school_class or make_school_class().name,
			"enrolment_year": getdate(today()).year,
			"create_user": 1 if with_user else 0,
			"initial_password": password if with_user else None,
			**fields,
		}
	).insert(ignore_permissions=True)
	if student.user and own_password:
		frappe.db.set_value("User", student.user, "last_password_reset_date", today())
	return student


def resident_id_for(student, date_of_birth=None) -> str:
	"""A valid invented resident ID agreeing with the student's gender and `date_of_birth`."""
	if isinstance(student, str):
		student = frappe.get_doc("Pilot Student", student)
	return make_resident_id(getdate(date_of_birth or default_birth_date()), student.gender)


def default_birth_date() -> datetime.date:
	return getdate(add_years(today(), -17))


def make_phone() -> str:
	return "139" + str(int(frappe.generate_hash(length=8), 16) % 10**8).zfill(8)


def make_personal_data(
	student=None,
	id_number: str | None = None,
	date_of_birth=None,
	id_type: str = "Resident ID Card",
	phone: str | None = None,
	is_registered_poor: int = 0,
	poor_household_year: int | None = None,
	**fields,
):
	"""Student Personal Data for `student` (a new student by default): a valid invented
	resident ID for `date_of_birth` (default 17 years ago) and the student's gender, and a
	mobile number. `is_registered_poor=1` defaults the year to last year."""
	student = student or make_student(with_user=False)
	student_name = student if isinstance(student, str) else student.name
	date_of_birth = getdate(date_of_birth or default_birth_date())
	if id_number is None:
		id_number = resident_id_for(student_name, date_of_birth)
	if is_registered_poor and poor_household_year is None:
		poor_household_year = getdate(today()).year - 1
	return frappe.get_doc(
		{
			"doctype": "Student Personal Data",
			"student": student_name,
			"date_of_birth": date_of_birth,
			"id_type": id_type,
			"id_number": id_number,
			"phone": phone if phone is not None else make_phone(),
			"is_registered_poor": is_registered_poor,
			"poor_household_year": poor_household_year,
			**fields,
		}
	).insert(ignore_permissions=True)


def make_exam_site(accredited_for=(), valid_from=None, valid_to=None, **fields):
	"""An Exam Site accredited for each (skill_certificate, level) in `accredited_for`, valid
	from `valid_from` (default a year ago) to `valid_to` (default a year ahead). With nothing
	given it is accredited for a new certificate at the elementary level."""
	if not accredited_for and "accreditations" not in fields:
		accredited_for = [(make_skill_certificate().name, ELEMENTARY)]
	site = frappe.get_doc({"doctype": "Exam Site", "site_name": unique("Exam Site"), **fields})
	for skill_certificate, level in accredited_for:
		site.append(
			"accreditations",
			{
				"skill_certificate": skill_certificate,
				"level": level,
				"valid_from": valid_from or add_days(today(), -365),
				"valid_to": valid_to or add_days(today(), 365),
			},
		)
	return site.insert(ignore_permissions=True)


def make_exam_room(exam_site: str | None = None, capacity: int = 30, **fields):
	"""An Exam Room seating `capacity` in `exam_site` (a new accredited site by default)."""
	return frappe.get_doc(
		{
			"doctype": "Exam Room",
			"exam_site": exam_site or make_exam_site().name,
			"room_name": fields.pop("room_name", None) or unique("Room"),
			"capacity": capacity,
			"equipment": "Computers, cameras",
			**fields,
		}
	).insert(ignore_permissions=True)


__all__ = [
	"FEMALE",
	"MALE",
	"STUDENT_PASSWORD",
	"make_exam_room",
	"make_exam_site",
	"make_personal_data",
	"make_phone",
	"make_student",
	"make_student_number",
	"resident_id_for",
]
