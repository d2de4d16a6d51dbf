"""The 1+X Pilot workspace: installed with its cards, charts, shortcuts and reports, in Chinese,
and open to the working group's roles."""

import frappe
from frappe.desk.desktop import get_desktop_page, get_workspace_sidebar_items
from frappe.desk.query_report import run as run_report
from frappe.tests.utils import FrappeTestCase

from onex_pilot import roles
from onex_pilot.reporting import WORKSPACE_ROLES
from onex_pilot.tests.factories.organisation import make_user

WORKSPACE = "1+X Pilot"
NUMBER_CARDS = (
	"Active Pilot Domains",
	"Students Registered This Term",
	"Pass Rate This Year",
	"Certificates Issued",
	"Fees Waived",
)
CHARTS = ("Pass Rate by Domain", "Registrations per Month")
REPORTS = (
	"Pass Rate by Domain and Level",
	"Registrations and Fee Waivers",
	"Exam Site Utilisation",
	"Certificate Register",
	"Milestone Progress",
	"Trainer Workload and Training Coverage",
)


def chinese(text: str) -> str:
	return frappe._(text, lang="zh")


class TestPilotWorkspace(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_workspace_is_installed_with_cards_charts_and_report_shortcuts(self):
		workspace = frappe.get_doc("Workspace", WORKSPACE)
		self.assertEqual((workspace.public, workspace.module), (1, "Organisation"))
		self.assertEqual({row.role for row in workspace.roles}, set(WORKSPACE_ROLES))
		self.assertEqual({row.number_card_name for row in workspace.number_cards}, set(NUMBER_CARDS))
		self.assertEqual({row.chart_name for row in workspace.charts}, set(CHARTS))
		reports = {row.link_to for row in workspace.shortcuts if row.type == "Report"}
		self.assertTrue(set(REPORTS) <= reports, set(REPORTS) - reports)
		for name in NUMBER_CARDS:
			self.assertTrue(frappe.db.exists("Number Card", name), name)
		for name in CHARTS:
			self.assertTrue(frappe.db.exists("Dashboard Chart", name), name)
			self.assertTrue(frappe.db.exists("Dashboard Chart Source", name), name)
		for name in REPORTS:
			self.assertTrue(frappe.db.exists("Report", name), name)

	def test_labels_have_chinese(self):
		workspace = frappe.get_doc("Workspace", WORKSPACE)
		self.assertEqual(chinese(WORKSPACE), "1+X 试点")
		labels = {WORKSPACE, *CHARTS, *REPORTS}
		for table in ("number_cards", "charts", "shortcuts", "links"):
			labels |= {row.label for row in workspace.get(table) if row.label}
		missing = sorted(label for label in labels if chinese(label) == label)
		self.assertFalse(missing, f"No Chinese for: {missing}")

	def test_pilot_administrator_opens_it_with_every_card_and_chart(self):
		frappe.set_user(make_user(roles=(roles.PILOT_ADMINISTRATOR,)).name)
		sidebar = {page.name for page in get_workspace_sidebar_items()["pages"]}
		self.assertIn(WORKSPACE, sidebar)
		page = get_desktop_page(frappe.as_json({"name": WORKSPACE}))
		cards = {card.number_card_name for card in page["number_cards"]["items"]}
		charts = {chart.chart_name for chart in page["charts"]["items"]}
		self.assertEqual(cards, set(NUMBER_CARDS))
		self.assertEqual(charts, set(CHARTS))
		reports = {item["link_to"] for item in page["shortcuts"]["items"] if item["type"] == "Report"}
		self.assertTrue(set(REPORTS) <= reports, set(REPORTS) - reports)

	def test_every_report_runs_in_the_desk_for_a_pilot_administrator(self):
		frappe.set_user(make_user(roles=(roles.PILOT_ADMINISTRATOR,)).name)
		for name in REPORTS:
			result = run_report(name, filters={})
			self.assertTrue(result["columns"], name)
			labels = [column["label"] for column in result["columns"] if isinstance(column, dict)]
			self.assertTrue(all(chinese(label) != label for label in labels if label), (name, labels))

	def test_committee_member_sees_no_fee_figures(self):
		frappe.set_user(make_user(roles=(roles.COMMITTEE_MEMBER,)).name)
		page = get_desktop_page(frappe.as_json({"name": WORKSPACE}))
		cards = {card.number_card_name for card in page["number_cards"]["items"]}
		shortcuts = {item["link_to"] for item in page["shortcuts"]["items"]}
		self.assertNotIn("Fees Waived", cards)
		self.assertIn("Pass Rate This Year", cards)
		self.assertNotIn("Registrations and Fee Waivers", shortcuts)
		self.assertIn("Pass Rate by Domain and Level", shortcuts)

	def test_student_does_not_get_the_workspace(self):
		frappe.set_user(make_user(roles=(roles.STUDENT,)).name)
		sidebar = {page.name for page in get_workspace_sidebar_items()["pages"]}
		self.assertNotIn(WORKSPACE, sidebar)


class TestTeachingWorkspace(FrappeTestCase):
	"""Trainers, examiners and class teachers land on a workspace of their own, not Frappe's Users."""

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def test_trainer_examiner_and_class_teacher_land_on_teaching_and_assessment(self):
		for role in (roles.TRAINER, roles.EXAMINER, roles.CLASS_TEACHER):
			with self.subTest(role=role):
				frappe.set_user(make_user(roles=[role]).name)
				pages = [page.name for page in get_workspace_sidebar_items()["pages"]]
				self.assertEqual(pages[0], "Teaching and Assessment", pages)
				page = get_desktop_page(frappe.as_json({"name": "Teaching and Assessment"}))
				shortcuts = {item["link_to"] for item in page["shortcuts"]["items"]}
				self.assertIn("Skill Assessment Plan", shortcuts)
				frappe.set_user("Administrator")
