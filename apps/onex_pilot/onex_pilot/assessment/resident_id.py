"""Chinese identity numbers, checked with python-stdnum rather than our own code.

A resident ID card number (居民身份证号) is 18 characters: a 6-digit region, the
birth date as YYYYMMDD, a 3-digit sequence whose last digit is odd for men and
even for women, and a check digit (0-9 or X). A Hong Kong/Macao/Taiwan residence
permit (港澳台居民居住证) has the same layout and check digit, with the region
810000, 820000 or 830000."""

import datetime
import random

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

MALE = "Male"
FEMALE = "Female"
RESIDENCE_PERMIT_REGIONS = ("810000", "820000", "830000")

# Why an ID number is refused, for the messages of Student Personal Data.
BAD_LENGTH = "length"
BAD_CHARACTERS = "characters"
BAD_CHECK_DIGIT = "check digit"
BAD_BIRTH_DATE = "birth date"
BAD_REGION = "region"


def normalise(number: str | None) -> str:
	"""Spaces and hyphens removed, lower-case x stored as X."""
	return ric.compact(number or "")


def resident_id_problem(number: str) -> str | None:
	"""None for a valid resident ID card number, else which part of it is wrong."""
	problem = _layout_problem(number)
	if problem:
		return problem
	try:
		ric.get_birth_place(number)
	except stdnum_errors.ValidationError:
		return BAD_REGION
	return None


def residence_permit_problem(number: str) -> str | None:
	"""None for a valid Hong Kong/Macao/Taiwan residence permit number, else which part is wrong."""
	problem = _layout_problem(number)
	if problem:
		return problem
	if number[:6] not in RESIDENCE_PERMIT_REGIONS:
		return BAD_REGION
	return None


def _layout_problem(number: str) -> str | None:
	if len(number) != 18:
		return BAD_LENGTH
	if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
		return BAD_CHARACTERS
	if number[17] != ric.calc_check_digit(number):
		return BAD_CHECK_DIGIT
	try:
		ric.get_birth_date(number)
	except stdnum_errors.ValidationError:
		return BAD_BIRTH_DATE
	return None


def birth_date_of(number: str) -> datetime.date:
	return ric.get_birth_date(number)


def gender_of_resident_id(number: str | None) -> str | None:
	"""Male when the 17th digit is odd, Female when even; None for anything not 18 characters long."""
	number = normalise(number)
	if len(number) != 18 or not number[16].isdigit():
		return None
	return MALE if int(number[16]) % 2 else FEMALE


def make_resident_id(
	birth_date: datetime.date, gender: str, region: str = "230102", sequence: int | None = None
) -> str:
	"""An invented, valid resident ID number for a birth date and gender (for demo and test data).

	`sequence` (0-499) makes the number reproducible; without it one is drawn at random."""
	if sequence is None:
		sequence = random.randint(0, 499)
	order = (sequence % 500) * 2 + (1 if gender == MALE else 0)
	first17 = f"{region}{birth_date:%Y%m%d}{order:03d}"
	return first17 + ric.calc_check_digit(first17 + "0")
