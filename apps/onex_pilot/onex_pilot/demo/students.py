"""The demo students and exam sites.

Built on the organisation demo (majors, classes, certificates), which it reads rather than
names. Every active School Class gets STUDENTS_PER_CLASS invented students, each with
personal data: an invented but valid resident ID number (check digit computed by
python-stdnum) agreeing with the birth date and gender, and an invented mobile number; about
one in twelve comes from a registered poor household (建档立卡), with private evidence.

Making a Frappe User is slow, so the first LOGINS_PER_CLASS students of each class get a
portal login (user name = student number, password = the demo password); the rest can be
given one later by ticking Create Portal User. KNOWN_STUDENT is the portal login printed in
the README; it opens the portal at once, while every other login first asks the student to
set a password of their own (portal/first_password.py).

Two exam sites with rooms are accredited, between them, for every certificate and level the
pilot domains offer, from 400 days before to 400 days after the day the demo is loaded.
Records are found by their natural key and only what is missing is created.
"""

import datetime
import random

import frappe
from frappe.utils import add_days, today

from onex_pilot.assessment.resident_id import FEMALE, MALE, make_resident_id

STUDENTS_PER_CLASS = 30
LOGINS_PER_CLASS = 3
POOR_SHARE = 12  # about one student in POOR_SHARE
ACCREDITATION_WINDOW_DAYS = 400

# The demo student whose login the README prints (password: the demo password).
KNOWN_STUDENT = "XS0001"
KNOWN_STUDENT_NAME = "林雨桐"
# The class teacher of the demo teaches the known student's class.
TEACHER_LOGIN = "teacher@pilot.example"

SURNAMES = (
	"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
)
GIVEN_MALE = "浩宇轩然博文俊杰子豪明哲志远嘉诚天佑思远宇航立新建国振宇泽楷皓然昊天一鸣家乐"
GIVEN_FEMALE = "欣怡雨桐梓涵诗琪佳怡思雨雅婷晓彤可馨静怡梦瑶紫萱语嫣若曦婉清心怡雪莹慧敏"
# County-level region codes of Heilongjiang, where the school is.
REGIONS = ("230102", "230103", "230104", "230108", "230110", "230111", "230183", "230184")
PHONE_PREFIXES = ("135", "137", "139", "150", "152", "157", "186", "188")

# (site, address, rooms as (room, capacity, equipment), certificate codes: None for all)
SITES = (
	(
		"本校1+X考核站点",
		"哈尔滨市示例区学府路1号 实训楼",
		(
			("理论考场101", 40, "计算机40台，监控摄像头2个"),
			("理论考场102", 40, "计算机40台，监控摄像头2个"),
			("客舱服务实操考场", 24, "模拟客舱1套，服务车2辆"),
			("数控实操车间", 20, "数控车床10台，数控铣床10台"),
		),
		None,
	),
	(
		"轨道交通联合考核站点",
		"哈尔滨市示例区车站街8号",
		(("站务实训室", 30, "自动售检票设备4套，广播系统1套"),),
		("CGJT",),
	),
)


def load():
	from onex_pilot.demo import DEMO_PASSWORD

	ensure_exam_sites()
	classes = demo_classes()
	if not classes:
		return
	ensure_known_student(known_student_class(classes), DEMO_PASSWORD)
	for school_class in classes:
		ensure_class_students(school_class, DEMO_PASSWORD)


# ---- students


def demo_classes() -> list[frappe._dict]:
	return frappe.get_all(
		"School Class",
		filters={"is_active": 1},
		fields=["name", "major", "enrolment_year"],
		order_by="name",
	)


def known_student_class(classes) -> frappe._dict:
	"""The first class the demo class teacher teaches, or the first class."""
	taught = set(
		frappe.get_all(
			"School Class Teacher",
			filters={"parenttype": "School Class", "teacher": TEACHER_LOGIN},
			pluck="parent",
		)
	)
	return next((c for c in classes if c.name in taught), classes[0])


def ensure_class_students(school_class, password: str):
	code = frappe.db.get_value("Major", school_class.major, "major_code") or "XX"
	for seq in range(1, STUDENTS_PER_CLASS + 1):
		number = f"{school_class.enrolment_year}{code}{seq:03d}"
		rng = random.Random(number)
		gender = rng.choice((MALE, FEMALE))
		ensure_student(
			number,
			invented_name(rng, gender),
			gender,
			school_class,
			password if seq <= LOGINS_PER_CLASS else None,
			rng,
		)


def ensure_known_student(school_class, password: str):
	ensure_student(
		KNOWN_STUDENT,
		KNOWN_STUDENT_NAME,
		FEMALE,
		school_class,
		password,
		random.Random(KNOWN_STUDENT),
		poor=False,
	)
	# The README's login opens the portal at once (see the module's docstring).
	user = frappe.db.get_value("Pilot Student", KNOWN_STUDENT, "user")
	if user and not frappe.db.get_value("User", user, "last_password_reset_date"):
		frappe.db.set_value("User", user, "last_password_reset_date", today())


def ensure_student(number, name, gender, school_class, password, rng, poor=None):
	if not frappe.db.exists("Pilot Student", number):
		frappe.get_doc(
			{
				"doctype": "Pilot Student",
				"student_number": number,
				"student_name": name,
				"gender": gender,
				"school_class": school_class.name,
				"enrolment_year": school_class.enrolment_year,
				"create_user": 1 if password else 0,
				"initial_password": password,
			}
		).insert(ignore_permissions=True)
	if not frappe.db.exists("Student Personal Data", number):
		if poor is None:
			poor = rng.randrange(POOR_SHARE) == 0
		ensure_personal_data(number, gender, school_class.enrolment_year, rng, poor)


def ensure_personal_data(student: str, gender: str, enrolment_year: int, rng, poor: bool):
	born = datetime.date(enrolment_year - 15, 1, 1) + datetime.timedelta(days=rng.randrange(365))
	personal = frappe.get_doc(
		{
			"doctype": "Student Personal Data",
			"student": student,
			"date_of_birth": born,
			"id_type": "Resident ID Card",
			"id_number": make_resident_id(born, gender, rng.choice(REGIONS), sequence=rng.randrange(500)),
			"phone": rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}",
			"is_registered_poor": 1 if poor else 0,
			"poor_household_year": rng.randint(2016, 2020) if poor else None,
		}
	).insert(ignore_permissions=True)
	if poor:
		attach_poverty_evidence(personal)


def attach_poverty_evidence(personal):
	"""A private file attached to the record, so only those who may read the record may open it."""
	evidence = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"建档立卡证明-{personal.name}.txt",
			"content": "建档立卡贫困家庭证明（示例，内容为虚构）\n"
			f"学号：{personal.name}\n登记年份：{personal.poor_household_year}\n",
			"is_private": 1,
			"attached_to_doctype": personal.doctype,
			"attached_to_name": personal.name,
			"attached_to_field": "poverty_evidence",
		}
	).insert(ignore_permissions=True)
	personal.poverty_evidence = evidence.file_url
	personal.save(ignore_permissions=True)


def invented_name(rng, gender: str) -> str:
	given = GIVEN_MALE if gender == MALE else GIVEN_FEMALE
	pairs = [given[i : i + 2] for i in range(0, len(given) - 1, 2)]
	if rng.random() < 0.3:
		return rng.choice(SURNAMES) + rng.choice(given)
	return rng.choice(SURNAMES) + rng.choice(pairs)


# ---- exam sites


def certificate_levels() -> dict[str, list[str]]:
	"""Every certificate of a pilot domain, with the levels it offers."""
	certificates = set(frappe.get_all("Pilot Domain", pluck="skill_certificate"))
	rows = frappe.get_all(
		"Skill Certificate Level",
		filters={"parenttype": "Skill Certificate", "parent": ("in", list(certificates) or [""])},
		fields=["parent", "level"],
		order_by="parent, idx",
	)
	levels = {}
	for row in rows:
		levels.setdefault(row.parent, []).append(row.level)
	return levels


def ensure_exam_sites():
	levels = certificate_levels()
	valid_from = add_days(today(), -ACCREDITATION_WINDOW_DAYS)
	valid_to = add_days(today(), ACCREDITATION_WINDOW_DAYS)
	for site_name, address, rooms, codes in SITES:
		site = (
			frappe.get_doc("Exam Site", site_name)
			if frappe.db.exists("Exam Site", site_name)
			else frappe.get_doc({"doctype": "Exam Site", "site_name": site_name, "address": address})
		)
		held = {(row.skill_certificate, row.level) for row in site.accreditations}
		for certificate, offered in levels.items():
			if codes is not None and certificate not in codes:
				continue
			for level in offered:
				if (certificate, level) in held:
					continue
				site.append(
					"accreditations",
					{
						"skill_certificate": certificate,
						"level": level,
						"valid_from": valid_from,
						"valid_to": valid_to,
					},
				)
		if site.is_new():
			site.insert(ignore_permissions=True)
		else:
			site.save(ignore_permissions=True)
		ensure_rooms(site.name, rooms)


def ensure_rooms(site: str, rooms):
	for room_name, capacity, equipment in rooms:
		if frappe.db.exists("Exam Room", {"exam_site": site, "room_name": room_name}):
			continue
		frappe.get_doc(
			{
				"doctype": "Exam Room",
				"exam_site": site,
				"room_name": room_name,
				"capacity": capacity,
				"equipment": equipment,
			}
		).insert(ignore_permissions=True)
