"""The data of the permission matrix (tests/test_permission_matrix.py) and the personal-data
tests (tests/test_personal_data.py), made on the server with the shared factories.

Two of everything: an "own" world (class A with its class teacher, domain A with its lead,
plans A with their examiner, student A with registrations, waiver, results, objection,
certificate and personal data, committee A with its member's meeting…) and an "other" world
(the same for B, belonging to other people). One login per role acts on both worlds.

Every row is also linked from one anchor Contact, so that a DELETE the matrix expects to be
allowed stops at Frappe's link check (after the permission check) and the rows survive every
cell of the matrix.

Refused unless the site has `allow_tests` (the throwaway site `./onex test` makes) and the
caller is a System Manager. Addon apps add their rows through `<app>.tests.matrix_scenario.extend`."""

import importlib

import frappe
from frappe import _
from frappe.utils import add_years, cint, today
from frappe.utils.password import update_password

from onex_pilot import roles
from onex_pilot.assessment.waivers import REGISTERED_POOR_HOUSEHOLD
from onex_pilot.assessment.workflow_names import HELD, RESULTS_FINAL, RESULTS_IN_PUBLICITY
from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.assessment import make_fee_waiver, make_plan, result_of
from onex_pilot.tests.factories.faculty import (
	make_expert_pool,
	make_teaching_assignment,
	make_trainer,
	make_training_session,
)
from onex_pilot.tests.factories.organisation import (
	make_committee_meeting,
	make_committee_member,
	make_pilot_committee,
	make_pilot_domain,
	make_pilot_milestone,
	make_pilot_subsidy,
	make_policy_notice,
	make_publicity_activity,
	make_school_class,
	make_school_term,
	make_training_base,
	make_user,
	term_dates_on,
	unique,
)
from onex_pilot.tests.factories.portal import make_feedback
from onex_pilot.tests.factories.students import STUDENT_PASSWORD, make_personal_data, make_student

STAFF_PASSWORD = "Matrix@2026-perm"
OWN, OTHER = "own", "other"
# Plans of one world are held the same day; each gets its own hours so that the world's
# examiner is never booked twice.
HOURS = {
	HELD: ("08:00:00", "09:00:00"),
	RESULTS_IN_PUBLICITY: ("10:00:00", "11:00:00"),
	RESULTS_FINAL: ("13:00:00", "14:00:00"),
}


def ensure_test_site():
	if not frappe.conf.get("allow_tests"):
		frappe.throw(_("Test data can only be made on a test site."), frappe.PermissionError)
	frappe.only_for("System Manager")


@frappe.whitelist(methods=["POST"])
def make_matrix_scenario() -> dict:
	"""Make both worlds and return the logins, the rows of each DocType and the personal data
	the tests look for in answers: {"password", "student_password", "users", "targets", "personal"}."""
	ensure_test_site()
	# Frappe refuses more than 60 new users an hour by default; the test site makes more.
	frappe.local.conf.throttle_user_limit = max(cint(frappe.local.conf.get("throttle_user_limit")) or 60, 1000)

	# Some rows must be made as their owner (a student files an objection). Switching user
	# rewrites the request's session in place, and Frappe would then save the caller's
	# session under the switched user's name: keep a copy and put it back afterwards.
	session = frappe._dict(frappe.local.session)
	try:
		scenario = Scenario()
		scenario.build()
		for app in frappe.get_installed_apps():
			if app.startswith("onex_") and app != "onex_pilot":
				extension = addon_extension(app)
				if extension:
					extension(scenario)
		scenario.anchor()
	finally:
		frappe.set_user(session.user)
		frappe.local.session.update(session)
	return scenario.as_dict()


def addon_extension(app: str):
	try:
		module = importlib.import_module(f"{app}.tests.matrix_scenario")
	except ModuleNotFoundError:
		return None
	return getattr(module, "extend", None)


class Scenario:
	def __init__(self):
		self.users: dict[str, str] = {}
		self.targets: dict[str, dict] = {}
		self.personal: dict[str, dict] = {}

	# --- what the tests receive -------------------------------------------------------------

	def add(self, doctype: str, own: str, other: str, **own_for_role):
		"""The own and other row of a DocType; `own_for_role` names a role's own row where it differs."""
		self.targets[doctype] = {OWN: own, OTHER: other, "own_for": own_for_role}

	def login(self, role: str, password: str = STAFF_PASSWORD, user=None) -> str:
		"""A login with `role` (a new user unless `user` is given) and a known password."""
		user = user or make_user(roles=(role,)).name
		update_password(user, password)
		self.users[role] = user
		return user

	def as_dict(self) -> dict:
		return {
			"password": STAFF_PASSWORD,
			"student_password": STUDENT_PASSWORD,
			"users": self.users,
			"targets": self.targets,
			"personal": self.personal,
		}

	# --- the two worlds ---------------------------------------------------------------------

	def build(self):
		self.make_staff()
		self.make_organisation()
		self.make_faculty()
		self.make_students()
		self.make_plans()
		self.make_objections()
		self.make_portal()

	def make_staff(self):
		for role in (
			roles.PILOT_ADMINISTRATOR,
			roles.ASSESSMENT_OFFICER,
			roles.DOMAIN_LEAD,
			roles.TRAINER,
			roles.EXAMINER,
			roles.FINANCE_OFFICER,
			roles.CLASS_TEACHER,
		):
			self.login(role)
		self.other_teacher = make_user(roles=(roles.CLASS_TEACHER,)).name
		self.other_lead = make_user(roles=(roles.DOMAIN_LEAD,)).name

	def make_organisation(self):
		u = self.users
		self.class_a = make_school_class(class_teacher=u[roles.CLASS_TEACHER])
		self.class_b = make_school_class(class_teacher=self.other_teacher)
		self.domain_a = make_pilot_domain(domain_lead=u[roles.DOMAIN_LEAD])
		self.domain_b = make_pilot_domain(domain_lead=self.other_lead)
		certificate_a = frappe.get_doc("Skill Certificate", self.domain_a.skill_certificate)
		certificate_b = frappe.get_doc("Skill Certificate", self.domain_b.skill_certificate)
		self.certificates = (certificate_a.name, certificate_b.name)

		member, committee_a = make_committee_member()
		self.login(roles.COMMITTEE_MEMBER, user=member.name)
		committee_b = make_pilot_committee().name
		current_term = make_school_term().name
		past_term = make_school_term(on_date=term_dates_on(add_years(today(), -1))[2]).name

		self.add("Major", self.class_a.major, self.class_b.major)
		self.add("School Term", current_term, past_term)
		self.add("School Class", self.class_a.name, self.class_b.name)
		self.add(
			"Partner Organisation",
			certificate_a.evaluation_organisation,
			certificate_b.evaluation_organisation,
		)
		self.add("Skill Certificate", certificate_a.name, certificate_b.name)
		self.add("Pilot Domain", self.domain_a.name, self.domain_b.name)
		self.add("Pilot Committee", committee_a, committee_b)
		self.add(
			"Committee Meeting",
			make_committee_meeting(committee=committee_a).name,
			make_committee_meeting(committee=committee_b).name,
		)
		self.add("Pilot Milestone", make_pilot_milestone().name, make_pilot_milestone().name)
		self.add(
			"Training Base",
			make_training_base(pilot_domains=[self.domain_a.name]).name,
			make_training_base(pilot_domains=[self.domain_b.name]).name,
		)
		self.add(
			"Pilot Subsidy",
			make_pilot_subsidy(pilot_domain=self.domain_a.name).name,
			make_pilot_subsidy(pilot_domain=self.domain_b.name).name,
		)
		self.add("Policy Notice", make_policy_notice().name, make_policy_notice().name)
		self.add(
			"Publicity Activity",
			make_publicity_activity(
				school_class=self.class_a.name, class_teacher=u[roles.CLASS_TEACHER]
			).name,
			make_publicity_activity(school_class=self.class_b.name, class_teacher=self.other_teacher).name,
		)

	def make_faculty(self):
		u = self.users
		self.trainer_tr = make_trainer(user=u[roles.TRAINER], pilot_domains=[self.domain_a.name]).name
		self.trainer_ex = make_trainer(
			user=u[roles.EXAMINER], examiner_for=[(self.certificates[0], ELEMENTARY)]
		).name
		other_trainer = make_trainer(pilot_domains=[self.domain_b.name]).name
		self.add("Trainer", self.trainer_tr, other_trainer, **{roles.EXAMINER: self.trainer_ex})
		self.add(
			"Teaching Assignment",
			make_teaching_assignment(
				trainer=self.trainer_tr, pilot_domain=self.domain_a.name, school_class=self.class_a.name
			).name,
			make_teaching_assignment(
				trainer=other_trainer, pilot_domain=self.domain_b.name, school_class=self.class_b.name
			).name,
		)
		self.add(
			"Trainer Training Session",
			make_training_session(pilot_domains=[self.domain_a.name], attendees=[self.trainer_tr]).name,
			make_training_session(pilot_domains=[self.domain_b.name], attendees=[other_trainer]).name,
		)
		self.add(
			"Expert Pool",
			make_expert_pool(experts=[self.trainer_tr]).name,
			make_expert_pool(experts=[other_trainer]).name,
		)

	def make_students(self):
		self.student_a = make_student(school_class=self.class_a.name, student_name=unique("甲学生"))
		self.student_b = make_student(school_class=self.class_b.name, student_name=unique("乙学生"))
		self.login(roles.STUDENT, password=STUDENT_PASSWORD, user=self.student_a.user)
		self.users["Student login"] = self.student_a.student_number
		self.users["Other student login"] = self.student_b.student_number
		self.add("Pilot Student", self.student_a.name, self.student_b.name)

		personal = {}
		for key, student in ((OWN, self.student_a), (OTHER, self.student_b)):
			data = make_personal_data(student, is_registered_poor=1)
			evidence = attach_evidence(data)
			personal[key] = {
				"name": data.name,
				"student": student.name,
				"student_name": student.student_name,
				"id_number": data.id_number,
				"phone": data.phone,
				"evidence": evidence.file_url,
				"evidence_file": evidence.name,
			}
		self.personal = personal
		self.add("Student Personal Data", personal[OWN]["name"], personal[OTHER]["name"])

		waivers = [make_fee_waiver(student=s.name).name for s in (self.student_a, self.student_b)]
		self.add("Fee Waiver", *waivers)
		other_basis = frappe.get_doc(
			{"doctype": "Fee Waiver Basis", "basis_name": unique("Orphan"), "requires_registered_poor": 0}
		).insert(ignore_permissions=True)
		self.add("Fee Waiver Basis", REGISTERED_POOR_HOUSEHOLD, other_basis.name)

	def make_plans(self):
		"""Per world: a Held plan with a draft result, one in publicity and one with final results."""
		self.plans = {}
		for key, domain, student, examiners in (
			(OWN, self.domain_a.name, self.student_a.name, [self.trainer_ex]),
			(OTHER, self.domain_b.name, self.student_b.name, None),
		):
			for state, (start, end) in HOURS.items():
				plan = make_plan(
					state=state,
					students=[student],
					pilot_domain=domain,
					capacity=10,
					examiners=examiners,
					start_time=start,
					end_time=end,
				)
				self.plans[(key, state)] = plan

		held = {k: self.plans[(k, HELD)] for k in (OWN, OTHER)}
		self.add("Skill Assessment Plan", held[OWN].name, held[OTHER].name)
		self.add(
			"Skill Assessment Registration",
			*(
				registration_of(held[k].name, s.name)
				for k, s in ((OWN, self.student_a), (OTHER, self.student_b))
			),
		)
		self.enter_draft_results(held)
		self.add(
			"Skill Assessment Result",
			*(
				result_of(held[k].name, s.name).name
				for k, s in ((OWN, self.student_a), (OTHER, self.student_b))
			),
		)
		self.add(
			"Skill Assessment Result (published)",
			*(
				result_of(self.plans[(k, RESULTS_IN_PUBLICITY)].name, s.name).name
				for k, s in ((OWN, self.student_a), (OTHER, self.student_b))
			),
		)
		site = frappe.get_doc("Skill Assessment Plan", held[OWN].name)
		other_site = frappe.get_doc("Skill Assessment Plan", held[OTHER].name)
		self.add("Exam Site", site.exam_site, other_site.exam_site)
		self.add("Exam Room", site.rooms[0].exam_room, other_site.rooms[0].exam_room)
		self.add(
			"Skill Certificate Record",
			*(
				frappe.db.get_value(
					"Skill Certificate Record",
					{"plan": self.plans[(k, RESULTS_FINAL)].name, "student": s.name, "docstatus": 1},
				)
				for k, s in ((OWN, self.student_a), (OTHER, self.student_b))
			),
		)

	def enter_draft_results(self, held: dict):
		from onex_pilot.tests.factories.assessment import enter_results

		for key, student in ((OWN, self.student_a), (OTHER, self.student_b)):
			enter_results(held[key].name, {student.name: (80, 75)})

	def make_objections(self):
		names = []
		caller = frappe.session.user
		for key, student in ((OWN, self.student_a), (OTHER, self.student_b)):
			result = result_of(self.plans[(key, RESULTS_IN_PUBLICITY)].name, student.name).name
			frappe.set_user(student.user)
			try:
				objection = frappe.get_doc(
					{
						"doctype": "Result Objection",
						"result": result,
						"reason": "My practical score seems low",
					}
				).insert()
			finally:
				frappe.set_user(caller)
			names.append(objection.name)
		self.add("Result Objection", *names)

	def make_portal(self):
		self.add(
			"Supervision Feedback",
			make_feedback(pilot_domain=self.domain_a.name).name,
			make_feedback(pilot_domain=self.domain_b.name).name,
		)
		for single in ("Pilot Settings", "Pilot Portal Settings"):
			self.add(single, single, single)

	# --- keeping the rows ------------------------------------------------------------------

	def anchor(self):
		"""One Contact linking every row, so that an allowed DELETE ends at the link check."""
		contact = frappe.get_doc({"doctype": "Contact", "first_name": unique("Matrix anchor")})
		for doctype, target in self.targets.items():
			doctype = doctype.split(" (")[0]
			if frappe.get_meta(doctype).issingle:
				continue
			for name in {target[OWN], target[OTHER], *target["own_for"].values()}:
				contact.append("links", {"link_doctype": doctype, "link_name": name})
		contact.insert(ignore_permissions=True)


def registration_of(plan: str, student: str) -> str:
	return frappe.db.get_value("Skill Assessment Registration", {"plan": plan, "student": student})


def attach_evidence(personal_data):
	"""A private poverty certificate attached to the personal data, named in its evidence field."""
	evidence = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"poverty-{frappe.generate_hash(length=6)}.txt",
			"content": "建档立卡证明 " + personal_data.id_number,
			"is_private": 1,
			"attached_to_doctype": "Student Personal Data",
			"attached_to_name": personal_data.name,
		}
	).insert(ignore_permissions=True)
	personal_data.reload()
	personal_data.poverty_evidence = evidence.file_url
	personal_data.save(ignore_permissions=True)
	return evidence


__all__ = ["STAFF_PASSWORD", "make_matrix_scenario"]
