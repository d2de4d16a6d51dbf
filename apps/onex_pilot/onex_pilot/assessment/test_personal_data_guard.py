"""The personal-data guard (PIPL): who may read Student Personal Data and Pilot Students,
checked through Frappe's own permission API as each kind of user."""

import frappe
from frappe.client import get_list as client_get_list
from frappe.desk.form.load import getdoc
from frappe.desk.reportview import get as reportview_get
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_years, getdate, today

from onex_pilot import roles
from onex_pilot.tests.factories.organisation import (
	make_school_class,
	make_school_term,
	make_user,
	term_dates_on,
)
from onex_pilot.tests.factories.students import make_personal_data, make_student

PERSONAL_DATA = "Student Personal Data"
# Roles the issue names as having no need for personal data.
NO_NEED = (
	roles.ASSESSMENT_OFFICER,
	roles.COMMITTEE_MEMBER,
	roles.DOMAIN_LEAD,
	roles.TRAINER,
	roles.EXAMINER,
)
FULL_READERS = (roles.PILOT_ADMINISTRATOR, roles.FINANCE_OFFICER)


def client_get(doctype, name):
	from frappe.client import get

	return get(doctype, name)


def make_personal_data_as_user(student):
	from onex_pilot.assessment.resident_id import make_resident_id

	born = getdate(add_years(today(), -16))
	return frappe.get_doc(
		{
			"doctype": PERSONAL_DATA,
			"student": student.name,
			"id_type": "Resident ID Card",
			"id_number": make_resident_id(born, student.gender),
			"date_of_birth": born,
		}
	).insert()


class TestPersonalDataGuard(FrappeTestCase):
	"""Users, classes and students are made once for the class (making a User is slow); each
	test runs inside a savepoint that tearDown rolls back, and FrappeTestCase rolls the rest
	back after the class."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		cls.other_teacher = make_user(roles=[roles.CLASS_TEACHER]).name
		cls.own_class = make_school_class(class_teacher=cls.teacher).name
		cls.other_class = make_school_class(class_teacher=cls.other_teacher).name
		cls.student = make_student(school_class=cls.own_class)
		cls.other_student = make_student(school_class=cls.other_class)
		cls.personal = make_personal_data(cls.student, is_registered_poor=1)
		cls.other_personal = make_personal_data(cls.other_student)
		cls.users = {role: make_user(roles=[role]).name for role in (*NO_NEED, *FULL_READERS, roles.STUDENT)}

	def setUp(self):
		frappe.db.savepoint("guard_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="guard_test")

	def user_with(self, role):
		return self.users[role]

	def can_read(self, user, doc):
		return frappe.has_permission(doc.doctype, "read", doc=doc.name, user=user)

	def test_administrator_and_finance_officer_read_every_record(self):
		for role in FULL_READERS:
			user = self.user_with(role)
			with self.subTest(role=role):
				self.assertTrue(self.can_read(user, self.personal))
				self.assertTrue(self.can_read(user, self.other_personal))
				frappe.set_user(user)
				listed = set(frappe.get_list(PERSONAL_DATA, pluck="name"))
				self.assertTrue({self.personal.name, self.other_personal.name} <= listed)
				frappe.set_user("Administrator")

	def test_class_teacher_reads_only_the_current_classes_records(self):
		self.assertTrue(self.can_read(self.teacher, self.personal))
		self.assertFalse(self.can_read(self.teacher, self.other_personal))

		frappe.set_user(self.teacher)
		self.assertEqual(frappe.get_list(PERSONAL_DATA, pluck="name"), [self.personal.name])
		with self.assertRaises(frappe.PermissionError):
			client_get(PERSONAL_DATA, self.other_personal.name)

	def test_last_terms_class_teacher_reads_nothing_of_that_class(self):
		past_term = make_school_term(on_date=term_dates_on(add_years(today(), -1))[2]).name
		school_class = frappe.get_doc("School Class", self.own_class)
		school_class.append("class_teachers", {"school_term": past_term, "teacher": self.other_teacher})
		school_class.save()

		self.assertFalse(self.can_read(self.other_teacher, self.personal))
		frappe.set_user(self.other_teacher)
		self.assertEqual(frappe.get_list(PERSONAL_DATA, pluck="name"), [self.other_personal.name])

	def test_roles_without_need_cannot_read_the_doctype_at_all(self):
		for role in (*NO_NEED, roles.STUDENT):
			user = self.user_with(role)
			with self.subTest(role=role):
				self.assertFalse(frappe.has_permission(PERSONAL_DATA, "read", user=user))
				self.assertFalse(self.can_read(user, self.personal))
				frappe.set_user(user)
				with self.assertRaises(frappe.PermissionError):
					frappe.get_list(PERSONAL_DATA, pluck="name")
				frappe.set_user("Administrator")

	def test_student_cannot_read_even_their_own_personal_data(self):
		self.assertFalse(self.can_read(self.student.user, self.personal))

	def test_like_probes_on_personal_fields_find_nothing_for_others(self):
		probes = (
			{"id_number": ["like", self.other_personal.id_number[:6] + "%"]},
			{"phone": ["like", "1%"]},
			{"is_registered_poor": 1},
		)
		for role in NO_NEED:
			frappe.set_user(self.user_with(role))
			for filters in probes:
				with self.subTest(role=role, filters=filters), self.assertRaises(frappe.PermissionError):
					client_get_list(PERSONAL_DATA, fields=["name"], filters=filters)
			frappe.set_user("Administrator")

		frappe.set_user(self.teacher)
		found = client_get_list(PERSONAL_DATA, fields=["name"], filters=probes[0])
		self.assertNotIn(self.other_personal.name, [row.name for row in found])

	def test_report_view_refuses_roles_without_need(self):
		frappe.set_user(self.user_with(roles.TRAINER))
		frappe.local.form_dict = frappe._dict(doctype=PERSONAL_DATA, fields=["name", "id_number"])
		with self.assertRaises(frappe.PermissionError):
			reportview_get()

	def test_class_teacher_cannot_create_personal_data_for_another_class(self):
		student = make_student(school_class=self.other_class, with_user=False)
		frappe.set_user(self.teacher)
		with self.assertRaises(frappe.PermissionError):
			make_personal_data_as_user(student)
		frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists(PERSONAL_DATA, student.name))

	def test_personal_fields_are_never_searchable_listed_or_titles(self):
		meta = frappe.get_meta(PERSONAL_DATA)
		self.assertFalse(meta.track_changes, "Version would copy personal data")
		self.assertFalse(meta.title_field)
		for df in meta.fields:
			with self.subTest(field=df.fieldname):
				self.assertFalse(df.in_global_search)
				self.assertFalse(df.in_list_view)
				self.assertFalse(df.in_standard_filter)
		self.assertFalse(meta.search_fields)

	def test_changes_leave_no_version_with_the_full_number(self):
		personal = frappe.get_doc(PERSONAL_DATA, self.personal.name)
		personal.phone = "13900001111"
		personal.save()

		self.assertFalse(frappe.get_all("Version", filters={"ref_doctype": PERSONAL_DATA}))
		versions = frappe.get_all("Version", filters={"ref_doctype": "Pilot Student"}, pluck="data")
		for data in versions:
			self.assertNotIn(self.personal.id_number, data)
			self.assertNotIn("13900001111", data)

	def test_students_are_not_in_global_search(self):
		meta = frappe.get_meta("Pilot Student")
		self.assertFalse([df.fieldname for df in meta.fields if df.in_global_search])

	def test_student_record_shows_only_masked_copies(self):
		frappe.set_user(self.student.user)
		record = client_get("Pilot Student", self.student.name)
		self.assertTrue(record["id_number_masked"].endswith(self.personal.id_number[-4:]))
		self.assertNotIn(self.personal.id_number, frappe.as_json(record))
		self.assertNotIn(self.personal.phone, frappe.as_json(record))
		self.assertNotIn("is_registered_poor", record)

	def test_opening_a_full_record_is_access_logged(self):
		admin = self.user_with(roles.PILOT_ADMINISTRATOR)
		frappe.set_user(admin)
		getdoc(PERSONAL_DATA, self.personal.name)
		client_get(PERSONAL_DATA, self.other_personal.name)
		frappe.set_user("Administrator")

		logged = frappe.get_all(
			"Access Log",
			filters={"user": admin, "export_from": PERSONAL_DATA},
			fields=["reference_document", "creation"],
		)
		self.assertEqual(
			sorted(row.reference_document for row in logged),
			sorted([self.personal.name, self.other_personal.name]),
		)
		self.assertTrue(all(row.creation for row in logged))

	def test_finance_officer_reads_poverty_status_without_id_number_or_phone(self):
		finance = self.user_with(roles.FINANCE_OFFICER)
		frappe.set_user(finance)
		record = client_get(PERSONAL_DATA, self.personal.name)
		self.assertIn("is_registered_poor", record)
		self.assertFalse(record.get("id_number") or record.get("phone") or record.get("date_of_birth"))
		self.assertNotIn(self.personal.id_number, frappe.as_json(record))
		frappe.set_user("Administrator")
		# Nothing full was opened, so nothing is logged.
		self.assertFalse(frappe.db.exists("Access Log", {"user": finance, "export_from": PERSONAL_DATA}))

	def test_evidence_file_follows_the_record(self):
		evidence = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": "poverty-certificate.txt",
				"content": "建档立卡证明",
				"is_private": 1,
				"attached_to_doctype": PERSONAL_DATA,
				"attached_to_name": self.personal.name,
			}
		).insert()
		personal = frappe.get_doc(PERSONAL_DATA, self.personal.name)
		personal.poverty_evidence = evidence.file_url
		personal.save()

		for user, allowed in (
			(self.user_with(roles.FINANCE_OFFICER), True),
			(self.teacher, True),
			(self.other_teacher, False),
			(self.user_with(roles.TRAINER), False),
			(self.student.user, False),
		):
			with self.subTest(user=user):
				self.assertEqual(
					bool(frappe.has_permission("File", "read", doc=evidence.name, user=user)), allowed
				)

		frappe.set_user(self.user_with(roles.TRAINER))
		listed = frappe.get_list("File", filters={"attached_to_doctype": PERSONAL_DATA}, pluck="name")
		self.assertNotIn(evidence.name, listed)

	def test_student_reads_only_their_own_record(self):
		self.assertTrue(self.can_read(self.student.user, self.student))
		self.assertFalse(self.can_read(self.student.user, self.other_student))

		frappe.set_user(self.student.user)
		self.assertEqual(frappe.get_list("Pilot Student", pluck="name"), [self.student.name])
		with self.assertRaises(frappe.PermissionError):
			client_get("Pilot Student", self.other_student.name)

	def test_class_teacher_reads_only_their_current_classes_students(self):
		self.assertTrue(self.can_read(self.teacher, self.student))
		self.assertFalse(self.can_read(self.teacher, self.other_student))

		frappe.set_user(self.teacher)
		self.assertEqual(frappe.get_list("Pilot Student", pluck="name"), [self.student.name])

	def test_staff_read_every_student_but_do_not_change_them(self):
		for role in (*NO_NEED, roles.FINANCE_OFFICER):
			user = self.user_with(role)
			with self.subTest(role=role):
				self.assertTrue(self.can_read(user, self.student))
				self.assertTrue(self.can_read(user, self.other_student))
				self.assertFalse(
					frappe.has_permission("Pilot Student", "write", doc=self.student.name, user=user)
				)

	def test_guest_reads_no_student(self):
		self.assertFalse(frappe.has_permission("Pilot Student", "read", user="Guest"))
		self.assertFalse(frappe.has_permission(PERSONAL_DATA, "read", user="Guest"))
