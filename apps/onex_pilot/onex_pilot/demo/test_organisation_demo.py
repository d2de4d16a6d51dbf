import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import today

from onex_pilot.demo import organisation as demo
from onex_pilot.demo import users
from onex_pilot.organisation.doctype.training_base.training_base import (
	GOVERNMENT_RUN,
	INTER_SCHOOL,
	SCHOOL_RUN,
	WITH_A_COMPANY,
)
from onex_pilot.organisation.terms import term_on

COUNTED = (
	"Partner Organisation",
	"Contact",
	"User",
	"Major",
	"School Term",
	"School Class",
	"Skill Certificate",
	"Pilot Domain",
	"Pilot Committee",
	"Pilot Milestone",
	"Training Base",
	"Committee Meeting",
	"Pilot Subsidy",
	"Policy Notice",
	"Publicity Activity",
)


def seats(committee: str) -> list[frappe._dict]:
	return frappe.get_all(
		"Pilot Committee Seat",
		filters={"parenttype": "Pilot Committee", "parent": committee},
		fields=["contact", "seat_role", "partner_organisation"],
	)


class TestOrganisationDemo(FrappeTestCase):
	"""The school's plan as DOMAIN.md describes it, loaded into the test site (and rolled back)."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		users.load()
		demo.load()

	@classmethod
	def tearDownClass(cls):
		frappe.db.rollback()
		super().tearDownClass()

	def test_five_domains_launched_in_november_2020(self):
		domains = frappe.get_all(
			"Pilot Domain",
			filters={"name": ("in", [d[0] for d in demo.DOMAINS])},
			fields=["launch_date", "status"],
		)
		self.assertEqual(len(domains), 5)
		self.assertEqual({(str(d.launch_date)[:7], d.status) for d in domains}, {("2020-11", "Active")})

	def test_working_group_has_leader_three_deputies_and_thirteen_members(self):
		rows = seats(demo.WORKING_GROUP)
		roles = [row.seat_role for row in rows]
		self.assertEqual(len(rows), 17)
		self.assertEqual(
			(roles.count("Leader"), roles.count("Deputy Leader"), roles.count("Member")), (1, 3, 13)
		)
		external_deputies = [r for r in rows if r.seat_role == "Deputy Leader" and r.partner_organisation]
		self.assertEqual(
			{r.partner_organisation for r in external_deputies}, {"四川航空公司培训部", "北京安保集团"}
		)

	def test_guidance_committee_has_a_chair_and_four_external_members(self):
		rows = seats(demo.GUIDANCE_COMMITTEE)
		self.assertEqual(len(rows), 7)
		self.assertEqual([r.seat_role for r in rows].count("Chair"), 1)
		self.assertEqual(len([r for r in rows if r.partner_organisation]), 4)

	def test_chair_and_two_members_also_sit_in_the_working_group(self):
		both = {r.contact for r in seats(demo.WORKING_GROUP)} & {
			r.contact for r in seats(demo.GUIDANCE_COMMITTEE)
		}
		self.assertEqual(len(both), 3)
		chair = next(r.contact for r in seats(demo.GUIDANCE_COMMITTEE) if r.seat_role == "Chair")
		self.assertIn(chair, both)

	def test_staff_are_users_and_external_people_belong_to_their_organisation(self):
		for row in seats(demo.WORKING_GROUP) + seats(demo.GUIDANCE_COMMITTEE):
			user = frappe.db.get_value("Contact", row.contact, "user")
			self.assertEqual(bool(user), not row.partner_organisation, row.contact)

	def test_schedule_training_bases_and_the_rest_of_the_programme(self):
		periods = frappe.get_all(
			"Pilot Milestone",
			filters={"description": ("in", [m[1] for m in demo.MILESTONES])},
			pluck="period",
			order_by="due_date asc",
		)
		self.assertEqual(periods, ["2020-11", "2021-05", "2022-12", "2023-H2"])
		base_types = frappe.get_all(
			"Training Base", filters={"name": ("in", [b[0] for b in demo.TRAINING_BASES])}, pluck="base_type"
		)
		self.assertEqual(set(base_types), {SCHOOL_RUN, INTER_SCHOOL, WITH_A_COMPANY, GOVERNMENT_RUN})
		meeting = frappe.get_doc("Committee Meeting", {"subject": demo.MEETING_SUBJECT})
		self.assertEqual(len(meeting.overdue_follow_ups()), 1)
		self.assertEqual(frappe.db.count("Pilot Subsidy", {"pilot_domain": "空中乘务"}), 1)
		titles = [n["title"] for n in demo.POLICY_NOTICES]
		self.assertEqual(frappe.db.count("Policy Notice", {"title": ("in", titles), "published": 1}), 2)
		activity = frappe.get_all("Publicity Activity", fields=["school_class", "class_teacher"])
		self.assertIn(demo.TEACHER_LOGIN, [a.class_teacher for a in activity])

	def test_school_records_reach_the_current_term(self):
		current = term_on(today())
		self.assertTrue(current)
		self.assertTrue(frappe.db.exists("School Term", "2020-2021-1"))
		taught = frappe.get_all("School Class Teacher", filters={"school_term": current}, pluck="teacher")
		self.assertIn(demo.TEACHER_LOGIN, taught)

	def test_invented_evaluation_organisations_are_marked_as_examples(self):
		codes = [d[1] for d in demo.DOMAINS]
		for certificate in frappe.get_all(
			"Skill Certificate", filters={"name": ("in", codes)}, pluck="evaluation_organisation"
		):
			self.assertEqual(frappe.db.get_value("Partner Organisation", certificate, "is_example"), 1)
			self.assertIn("示例", certificate)

	def test_loading_twice_creates_no_duplicates(self):
		before = {doctype: frappe.db.count(doctype) for doctype in COUNTED}
		seat_count = frappe.db.count("Pilot Committee Seat")
		demo.load()
		self.assertEqual({doctype: frappe.db.count(doctype) for doctype in COUNTED}, before)
		self.assertEqual(frappe.db.count("Pilot Committee Seat"), seat_count)
