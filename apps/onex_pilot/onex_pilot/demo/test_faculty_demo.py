import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from onex_pilot.demo import faculty as demo
from onex_pilot.demo.users import NAMES
from onex_pilot.faculty.qualifications import expiring_qualifications, has_valid_examiner_qualification
from onex_pilot.faculty.workload import BELOW_TARGET, training_coverage
from onex_pilot.organisation.levels import LEVELS
from onex_pilot.tests.factories.organisation import (
	make_major,
	make_partner_organisation,
	make_pilot_domain,
	make_school_class,
	make_school_term,
	make_user,
)


class TestFacultyDemo(FrappeTestCase):
	"""The faculty demo on a small organisation demo: three domains, two terms, few partners."""

	def setUp(self):
		if frappe.db.exists("Trainer", {"trainer_name": NAMES[demo.EXAMINER_LOGIN]}):
			self.skipTest("the demo is loaded on this site; its loader would find it and create nothing")
		for email, role in ((demo.TRAINER_LOGIN, "Trainer"), (demo.EXAMINER_LOGIN, "Examiner")):
			if not frappe.db.exists("User", email):
				make_user(email=email, roles=[role], first_name=NAMES[email])
		current = make_school_term()
		previous = make_school_term(on_date=add_days(current.start_date, -1))
		self.terms = [previous.name, current.name]
		make_partner_organisation(kind="School")
		make_partner_organisation(kind="Company")
		make_partner_organisation(kind="College")
		self.domains = []
		for _i in range(3):
			major = make_major().name
			domain = make_pilot_domain(host_major=major, launch_date=add_days(previous.start_date, -30))
			self.domains.append(domain)
			make_school_class(major=major)
			make_school_class(major=major)
		self.certificates = [d.skill_certificate for d in self.domains]

	def tearDown(self):
		frappe.db.rollback()

	def trainer(self, name):
		return frappe.db.get_value("Trainer", {"trainer_name": name})

	def test_demo_faculty_meets_the_issue(self):
		demo.load()

		names = [
			*demo.TEACHERS,
			demo.INDUSTRY_LECTURER,
			*(n for ns in demo.POOL_EXPERTS.values() for n in ns),
		]
		names.append(NAMES[demo.EXAMINER_LOGIN])
		self.assertEqual(len(names), 20)
		self.assertTrue(all(self.trainer(n) for n in names))
		self.assertEqual(
			frappe.db.get_value("Trainer", self.trainer(NAMES[demo.TRAINER_LOGIN]), "user"),
			demo.TRAINER_LOGIN,
		)
		self.assertEqual(
			frappe.db.get_value("Trainer", self.trainer(NAMES[demo.EXAMINER_LOGIN]), "user"),
			demo.EXAMINER_LOGIN,
		)

		# Examiners: every certificate and level over today -400 to +400 days, and no teaching.
		for name in demo.EXAMINERS:
			trainer = self.trainer(name)
			for certificate in self.certificates:
				for level in LEVELS:
					for day in (add_days(today(), -400), add_days(today(), 400)):
						self.assertTrue(has_valid_examiner_qualification(trainer, certificate, level, day))
			self.assertFalse(frappe.db.exists("Teaching Assignment", {"trainer": trainer}))

		# The trainer login teaches this term; every demo class is taught its domain in both terms.
		self.assertTrue(
			frappe.db.exists(
				"Teaching Assignment",
				{"trainer": self.trainer(NAMES[demo.TRAINER_LOGIN]), "school_term": self.terms[1]},
			)
		)
		for domain in self.domains:
			for school_class in frappe.get_all(
				"School Class", filters={"major": domain.host_major}, pluck="name"
			):
				for term in self.terms:
					self.assertTrue(
						frappe.db.exists(
							"Teaching Assignment",
							{"pilot_domain": domain.name, "school_class": school_class, "school_term": term},
						)
					)

		# The expert pool: 10 = 5 + 3 + 2, complete.
		pool = frappe.get_doc(
			"Expert Pool",
			{
				"evaluation_organisation": frappe.db.get_value(
					"Skill Certificate", sorted(self.certificates)[0], "evaluation_organisation"
				)
			},
		)
		self.assertEqual(
			(pool.actual_total, pool.actual_company, pool.actual_college, pool.actual_research), (10, 5, 3, 2)
		)
		self.assertEqual(pool.composition_status, "Complete")

		# Some qualifications end within 60 days.
		self.assertTrue(expiring_qualifications())

		# Coverage: in the current term only the last domain is below target.
		below = [
			row.pilot_domain
			for row in training_coverage(school_term=self.terms[1])
			if row.pilot_domain in {d.name for d in self.domains} and row.coverage == BELOW_TARGET
		]
		self.assertEqual(below, [sorted(d.name for d in self.domains)[-1]])
		previous = training_coverage(school_term=self.terms[0])
		self.assertFalse(
			[
				r
				for r in previous
				if r.pilot_domain in {d.name for d in self.domains} and r.coverage == BELOW_TARGET
			]
		)

	def test_loading_twice_creates_nothing_new(self):
		demo.load()
		counts = {
			dt: frappe.db.count(dt)
			for dt in (
				"Trainer",
				"Contact",
				"Teaching Assignment",
				"Expert Pool",
				"Trainer Training Session",
				"Partner Organisation",
			)
		}
		demo.load()
		self.assertEqual({dt: frappe.db.count(dt) for dt in counts}, counts)
