"""The demo faculty: about twenty trainers, their teaching, the expert pool and trainer training.

Built on the organisation demo (partner organisations, certificates, pilot domains, classes,
terms), which it reads rather than names, so it follows whatever that demo holds. People's
names are invented. Dates are relative to the day the demo is loaded:

- examiners hold an examiner qualification for every demo certificate and level from
  400 days before to 400 days after that day, and teach no class, so they may examine all;
- full-time teachers (and one industry lecturer) teach the demo classes in two terms;
- the expert pool has ten experts: five from companies, three from colleges, two from
  research institutions;
- some qualifications end within 60 days;
- trainer training sessions cover two terms; in the current term the last Active domain
  holds none (below the target of 1 to 2), so the coverage report has something to show.
"""

import frappe
from frappe.utils import add_days, date_diff, getdate, today

from onex_pilot.demo.users import NAMES
from onex_pilot.faculty.qualifications import EXAMINER_QUALIFICATION, OTHER_QUALIFICATION, TRAINER_CERTIFICATE

TRAINER_LOGIN = "trainer@pilot.example"
EXAMINER_LOGIN = "examiner@pilot.example"

FULL_TIME = "Full-time Teacher"
PART_TIME = "Part-time (Industry)"
EXTERNAL = "External Expert"

# Full-time teachers: they teach the demo classes.
TEACHERS = (NAMES[TRAINER_LOGIN], "刘春梅", "杨志刚", "黄雅琴", "马俊峰", "何丽娟", "罗文斌", "谢晓红")
# A part-time lecturer from industry who also teaches.
INDUSTRY_LECTURER = "韩振宇"
# The expert pool, by the kind of their home organisation (5 + 3 + 2 = 10).
POOL_EXPERTS = {
	"Company": ("张国强", "李秀英", "高明远", "徐慧敏", "孙建军"),
	"College": ("朱红梅", "胡志远", "郭丽华"),
	"Research Institution": ("曹文杰", "邓雪梅"),
}
# Examiners besides the examiner login: qualified for everything, teaching nothing.
POOL_EXAMINERS = ("张国强", "李秀英", "高明远", "朱红梅", "曹文杰")
EXAMINERS = (NAMES[EXAMINER_LOGIN], *POOL_EXAMINERS)

EXAMINER_WINDOW_DAYS = 400
# Invented organisations, marked as examples, added only when the organisation demo has too
# few of a kind for the pool (experts come from companies that are not evaluation organisations).
# As many of each kind as the pool needs, so the pool is complete even on an empty site.
EXAMPLE_ORGANISATIONS = {
	"Company": (
		"某航空服务有限公司（示例）",
		"某轨道交通运营有限公司（示例）",
		"某机电设备有限公司（示例）",
		"某机场地面服务有限公司（示例）",
		"某应急救援装备有限公司（示例）",
	),
	"College": ("某交通职业学院（示例）", "某航空职业学院（示例）", "某机电职业技术学院（示例）"),
	"Research Institution": ("某民航服务研究所（示例）", "某职业教育研究院（示例）"),
}
NEEDED = {kind: len(names) for kind, names in POOL_EXPERTS.items()}


def load():
	certificates = certificate_levels()
	domains = demo_domains()
	organisations = organisations_by_kind()
	terms = demo_terms()

	trainers = load_trainers(certificates, domains, organisations)
	load_teaching_assignments(trainers, domains, terms)
	load_expert_pool(trainers, certificates)
	load_training_sessions(trainers, domains, terms)


# ---- what the organisation demo provides


def certificate_levels() -> list[tuple[str, str, str]]:
	"""(certificate, level, evaluation organisation) for every level every certificate offers."""
	certificate = frappe.qb.DocType("Skill Certificate")
	level = frappe.qb.DocType("Skill Certificate Level")
	return (
		frappe.qb.from_(level)
		.join(certificate)
		.on((certificate.name == level.parent) & (level.parenttype == "Skill Certificate"))
		.select(certificate.name, level.level, certificate.evaluation_organisation)
		.orderby(certificate.name)
		.orderby(level.idx)
		.run()
	)


def demo_domains() -> list[frappe._dict]:
	return frappe.get_all(
		"Pilot Domain",
		fields=["name", "status", "skill_certificate", "host_major"],
		order_by="name asc",
	)


def demo_terms() -> list[str]:
	"""The current term and the one before it (those that exist), oldest first."""
	terms = frappe.get_all(
		"School Term",
		filters={"start_date": ("<=", today())},
		order_by="start_date desc",
		limit=2,
		pluck="name",
	)
	return list(reversed(terms))


def organisations_by_kind() -> dict[str, list[str]]:
	"""Partner organisations of each kind an expert may come from, adding invented ones
	(marked as examples) when the organisation demo has fewer than the pool needs."""
	found = {}
	for kind, needed in NEEDED.items():
		names = frappe.get_all(
			"Partner Organisation",
			filters={"kind": kind, "is_evaluation_organisation": 0},
			order_by="is_example asc, name asc",
			pluck="name",
		)
		for example in EXAMPLE_ORGANISATIONS[kind]:
			if len(names) >= needed:
				break
			if not frappe.db.exists("Partner Organisation", example):
				frappe.get_doc(
					{
						"doctype": "Partner Organisation",
						"organisation_name": example,
						"kind": kind,
						"is_example": 1,
					}
				).insert(ignore_permissions=True)
			names.append(example)
		found[kind] = names
	found["School"] = frappe.get_all("Partner Organisation", filters={"kind": "School"}, pluck="name")
	return found


# ---- trainers


def load_trainers(certificates, domains, organisations) -> dict[str, str]:
	"""Every demo trainer, created when missing. Returns {trainer_name: Trainer name}."""
	today_ = getdate(today())
	window = (add_days(today_, -EXAMINER_WINDOW_DAYS), add_days(today_, EXAMINER_WINDOW_DAYS))
	domain_names = [d.name for d in domains]
	all_examiner_rows = [
		examiner_row(certificate, level, organisation, *window)
		for certificate, level, organisation in certificates
	]
	school = (organisations.get("School") or [None])[0]
	trainers = {}

	for i, name in enumerate(TEACHERS):
		user = TRAINER_LOGIN if name == NAMES[TRAINER_LOGIN] else None
		own_domains = [domain_names[i % len(domain_names)]] if domain_names else []
		trainers[name] = ensure_trainer(
			name,
			FULL_TIME,
			school,
			user,
			own_domains,
			teacher_qualifications(i, own_domains, domains, today_),
		)

	lecturer_domains = domain_names[:1]
	trainers[INDUSTRY_LECTURER] = ensure_trainer(
		INDUSTRY_LECTURER,
		PART_TIME,
		organisations["Company"][0],
		None,
		lecturer_domains,
		teacher_qualifications(len(TEACHERS), lecturer_domains, domains, today_),
	)

	trainers[NAMES[EXAMINER_LOGIN]] = ensure_trainer(
		NAMES[EXAMINER_LOGIN],
		PART_TIME,
		organisations["Company"][0],
		EXAMINER_LOGIN,
		domain_names,
		all_examiner_rows,
	)
	for kind, names in POOL_EXPERTS.items():
		for j, name in enumerate(names):
			rows = list(all_examiner_rows) if name in POOL_EXAMINERS else []
			rows.append(
				{
					"qualification_type": OTHER_QUALIFICATION,
					"description": "所在单位专家聘任书",
					"issuing_organisation": organisations[kind][j],
					"valid_from": add_days(today_, -700),
					"valid_to": add_days(today_, 25 + 30 * j) if j < 2 else add_days(today_, 700),
				}
			)
			trainers[name] = ensure_trainer(name, EXTERNAL, organisations[kind][j], None, domain_names, rows)
	return trainers


def examiner_row(certificate, level, organisation, valid_from, valid_to) -> dict:
	return {
		"qualification_type": EXAMINER_QUALIFICATION,
		"skill_certificate": certificate,
		"level": level,
		"issuing_organisation": organisation,
		"valid_from": valid_from,
		"valid_to": valid_to,
	}


def teacher_qualifications(index, own_domains, domains, today_) -> list[dict]:
	"""A trainer certificate for the teacher's domain; every third one ends within 60 days."""
	certificates = {d.name: d.skill_certificate for d in domains}
	rows = []
	for domain in own_domains:
		certificate = certificates.get(domain)
		if not certificate:
			continue
		ends_soon = index % 3 == 1
		soon = add_days(today_, 20 + 10 * (index // 3))
		rows.append(
			{
				"qualification_type": TRAINER_CERTIFICATE,
				"description": "1+X 证书师资培训合格证书",
				"skill_certificate": certificate,
				"issuing_organisation": frappe.db.get_value(
					"Skill Certificate", certificate, "evaluation_organisation"
				),
				"valid_from": add_days(today_, -330),
				"valid_to": soon if ends_soon else add_days(today_, 400),
			}
		)
	return rows


def ensure_trainer(name, trainer_type, organisation, user, pilot_domains, qualifications) -> str:
	existing = frappe.db.get_value("Trainer", {"trainer_name": name})
	if existing:
		return existing
	trainer = frappe.get_doc(
		{
			"doctype": "Trainer",
			"contact": ensure_contact(name, organisation, user),
			"user": user,
			"trainer_type": trainer_type,
			"partner_organisation": organisation,
			"pilot_domains": [{"pilot_domain": d} for d in pilot_domains],
			"qualifications": qualifications,
		}
	)
	return trainer.insert(ignore_permissions=True).name


def ensure_contact(name, organisation, user) -> str:
	existing = (user and frappe.db.get_value("Contact", {"user": user})) or frappe.db.get_value(
		"Contact", {"first_name": name}
	)
	if existing:
		return existing
	contact = frappe.get_doc({"doctype": "Contact", "first_name": name, "user": user})
	if user:
		contact.append("email_ids", {"email_id": user, "is_primary": 1})
	if organisation:
		contact.append("links", {"link_doctype": "Partner Organisation", "link_name": organisation})
	return contact.insert(ignore_permissions=True).name


# ---- teaching


def load_teaching_assignments(trainers, domains, terms):
	"""Each demo class is taught the certificate content of its major's pilot domains, in both
	terms, by the teachers of that domain; the examiners teach nothing."""
	teachers_of = {}
	for name in (*TEACHERS, INDUSTRY_LECTURER):
		for row in frappe.get_all(
			"Trainer Pilot Domain",
			filters={"parenttype": "Trainer", "parent": trainers[name]},
			pluck="pilot_domain",
		):
			teachers_of.setdefault(row, []).append(trainers[name])
	classes = frappe.get_all("School Class", fields=["name", "major"], order_by="name asc")

	for domain in domains:
		teachers = teachers_of.get(domain.name)
		if not teachers:
			continue
		own_classes = [c.name for c in classes if c.major == domain.host_major]
		for i, school_class in enumerate(own_classes):
			for t, term in enumerate(terms):
				is_current = t == len(terms) - 1
				# In the current term the first teacher of a domain (the trainer login's, for
				# the first domain) teaches its first class; the term before, the next one did.
				ensure_teaching_assignment(
					teachers[(i + (0 if is_current else 1)) % len(teachers)],
					domain.name,
					school_class,
					term,
					planned_hours=48 if i % 2 == 0 else 32,
					delivered_fraction=term_fraction_done(term) if is_current else 1,
				)


def term_fraction_done(term) -> float:
	start, end = frappe.db.get_value("School Term", term, ["start_date", "end_date"])
	length = max(date_diff(end, start), 1)
	return min(max(date_diff(today(), start) / length, 0), 1)


def ensure_teaching_assignment(trainer, domain, school_class, term, planned_hours, delivered_fraction):
	key = {"pilot_domain": domain, "school_class": school_class, "school_term": term}
	if frappe.db.exists("Teaching Assignment", key):
		return
	frappe.get_doc(
		{
			"doctype": "Teaching Assignment",
			"trainer": trainer,
			**key,
			"planned_hours": planned_hours,
			"delivered_hours": round(planned_hours * delivered_fraction),
		}
	).insert(ignore_permissions=True)


# ---- expert pool


def load_expert_pool(trainers, certificates):
	"""The expert team of the first certificate's evaluation organisation (or the school's)."""
	organisation = certificates[0][2] if certificates else None
	pool_name = f"{organisation}专家库" if organisation else "学校 1+X 试点专家库"
	if frappe.db.exists("Expert Pool", {"evaluation_organisation": organisation or ("is", "not set")}):
		return
	experts = [trainers[name] for names in POOL_EXPERTS.values() for name in names]
	frappe.get_doc(
		{
			"doctype": "Expert Pool",
			"pool_name": pool_name,
			"evaluation_organisation": organisation,
			"experts": [{"trainer": trainer} for trainer in experts],
		}
	).insert(ignore_permissions=True)


# ---- trainer training


def load_training_sessions(trainers, domains, terms):
	"""Sessions for the previous and the current term. In the previous term every Active
	domain holds one, and the first two a joint one besides; in the current term every Active
	domain but the last holds one, and the last has only a planned one (if the term leaves room)."""
	active = [d.name for d in domains if d.status == "Active"]
	if not (active and terms):
		return
	organiser = session_organiser()
	teachers_of = domain_teachers(trainers)
	experts = [trainers[name] for name in POOL_EXAMINERS]

	for t, term in enumerate(terms):
		is_current = t == len(terms) - 1
		start, end = (
			getdate(d) for d in frappe.db.get_value("School Term", term, ["start_date", "end_date"])
		)
		last_held = min(getdate(today()), end)
		held_domains = active[:-1] if is_current else active
		for i, domain in enumerate(held_domains):
			day = add_days(start, min(14 + 7 * i, max(date_diff(last_held, start), 0)))
			attendees = [*teachers_of.get(domain, []), experts[i % len(experts)]]
			ensure_session(
				f"{domain} 师资培训与交流",
				term,
				[domain],
				[(day, "学校实训楼 201")],
				8,
				"Held",
				organiser,
				attendees,
			)
		if not is_current and len(active) > 1:
			day = add_days(start, min(40, max(date_diff(last_held, start), 0)))
			attendees = [*teachers_of.get(active[0], []), *teachers_of.get(active[1], [])]
			ensure_session(
				"联合教研：证书标准解读",
				term,
				active[:2],
				[(day, "学校报告厅"), (add_days(day, 1), "合作企业培训中心")],
				12,
				"Held",
				organiser,
				attendees,
			)
		planned_day = add_days(today(), 14)
		if is_current and getdate(planned_day) <= end:
			ensure_session(
				f"{active[-1]} 师资培训与交流",
				term,
				[active[-1]],
				[(planned_day, "学校实训楼 201")],
				8,
				"Planned",
				organiser,
				[],
			)


def session_organiser():
	school = frappe.get_all("Partner Organisation", filters={"kind": "School"}, pluck="name", limit=1)
	if school:
		return school[0]
	evaluator = frappe.get_all(
		"Partner Organisation", filters={"is_evaluation_organisation": 1}, pluck="name", limit=1
	)
	return evaluator[0] if evaluator else None


def domain_teachers(trainers) -> dict[str, list[str]]:
	teachers = [trainers[name] for name in (*TEACHERS, INDUSTRY_LECTURER)]
	rows = frappe.get_all(
		"Trainer Pilot Domain",
		filters={"parenttype": "Trainer", "parent": ("in", teachers)},
		fields=["parent", "pilot_domain"],
		order_by="parent asc",
	)
	found = {}
	for row in rows:
		found.setdefault(row.pilot_domain, []).append(row.parent)
	return found


def ensure_session(title, term, domains, days, hours, status, organiser, attendees):
	if frappe.db.exists("Trainer Training Session", {"session_title": title, "school_term": term}):
		return
	held = status == "Held"
	rows = []
	for i, trainer in enumerate(dict.fromkeys(attendees)):
		present = held and i != 1  # the second attendee of each held session was away
		rows.append(
			{
				"trainer": trainer,
				"present": 1 if present else 0,
				"feedback": "内容实用，希望增加实操环节。" if present and i == 0 else None,
			}
		)
	frappe.get_doc(
		{
			"doctype": "Trainer Training Session",
			"session_title": title,
			"school_term": term,
			"status": status,
			"organiser": organiser,
			"hours": hours,
			"content": "<p>解读职业技能等级标准，交流课证融通教学与考核经验。</p>",
			"pilot_domains": [{"pilot_domain": d} for d in domains],
			"days": [{"date": date, "place": place} for date, place in days],
			"attendees": rows,
		}
	).insert(ignore_permissions=True)
