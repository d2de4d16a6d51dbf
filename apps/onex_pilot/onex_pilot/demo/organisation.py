"""The school's pilot plan (DOMAIN.md) as demo data: partner organisations, majors, terms and
classes, certificates and the five pilot domains, the working group and the guidance committee,
the schedule, training bases, a meeting with follow-ups, a subsidy, policy notices and a
publicity activity.

People's names are invented; organisations the plan names keep their real names; every
organisation the plan does not name is invented and marked 示例 (`is_example`). Staff are
Contacts with a User, external people Contacts linked to their organisation. Records are found
by their natural key and only what is missing is created. Terms, classes, the meeting and the
publicity activity are dated relative to the day the demo is loaded; the plan's own dates stay.
"""

import frappe
from frappe.utils import add_days, getdate, today

from onex_pilot import roles
from onex_pilot.demo.users import NAMES
from onex_pilot.organisation.doctype.pilot_milestone.pilot_milestone import period_end
from onex_pilot.organisation.levels import LEVELS
from onex_pilot.organisation.school_class import class_teacher_of
from onex_pilot.organisation.terms import term_on

ADMIN_LOGIN = "admin@pilot.example"
COMMITTEE_LOGIN = "committee@pilot.example"
LEAD_LOGIN = "lead@pilot.example"
TEACHER_LOGIN = "teacher@pilot.example"

PILOT_START = "2020-09-01"  # the first school term of the pilot
SEATS_FROM = "2020-10-01"  # when the working group and the committee were set up
LAUNCH_DATE = "2020-11-01"  # the first batch of five domains

# (name, kind, training-and-evaluation organisation, invented)
ORGANISATIONS = (
	("四川航空公司培训部", "Company", 0, 0),
	("北京安保集团", "Company", 0, 0),
	("哈尔滨职业学院", "College", 0, 0),
	("黑龙江职业学院", "College", 0, 0),
	("哈尔滨林业大学", "College", 0, 0),
	("哈尔滨北岳生物工程有限公司", "Company", 0, 0),
	("哈尔滨航空服务职业学校（示例）", "School", 0, 1),  # the school itself: the plan withholds its name
	("某市公共实训中心（示例）", "Government", 0, 1),
	("民航客舱服务培训评价有限公司（示例）", "Company", 1, 1),
	("城市轨道交通培训评价有限公司（示例）", "Company", 1, 1),
	("民航地面服务培训评价有限公司（示例）", "Company", 1, 1),
	("航空应急救援培训评价中心（示例）", "Company", 1, 1),
	("数控技术培训评价有限公司（示例）", "Company", 1, 1),
)

# (major, code, department)
MAJORS = (
	("航空服务", "HK01", "航空服务系"),
	("城市轨道交通运营服务", "GD01", "轨道交通系"),
	("民航运输服务", "HK02", "航空服务系"),
	("民航安全技术管理", "HK03", "航空服务系"),
	("数控技术应用", "JD01", "机电工程系"),
)

# (pilot domain, certificate code, certificate name, evaluation organisation, host major, fees per level)
DOMAINS = (
	(
		"空中乘务",
		"KZCW",
		"空中乘务职业技能等级证书",
		"民航客舱服务培训评价有限公司（示例）",
		"航空服务",
		(260, 320, 380),
	),
	(
		"城市轨道交通服务",
		"CGJT",
		"城市轨道交通服务职业技能等级证书",
		"城市轨道交通培训评价有限公司（示例）",
		"城市轨道交通运营服务",
		(240, 300, 360),
	),
	(
		"民航旅客地面服务",
		"MHDF",
		"民航旅客地面服务职业技能等级证书",
		"民航地面服务培训评价有限公司（示例）",
		"民航运输服务",
		(240, 300, 360),
	),
	(
		"航空器灭火救援与救护",
		"HKJY",
		"航空器灭火救援与救护职业技能等级证书",
		"航空应急救援培训评价中心（示例）",
		"民航安全技术管理",
		(280, 340, 400),
	),
	(
		"数控车铣加工",
		"SKCX",
		"数控车铣加工职业技能等级证书",
		"数控技术培训评价有限公司（示例）",
		"数控技术应用",
		(300, 380, 460),
	),
)
# Domain leads (Users): the demo Domain Lead leads two domains, three staff lead one each.
DOMAIN_LEADS = {
	"空中乘务": LEAD_LOGIN,
	"民航旅客地面服务": LEAD_LOGIN,
	"城市轨道交通服务": "staff05@pilot.example",
	"航空器灭火救援与救护": "staff06@pilot.example",
	"数控车铣加工": "staff07@pilot.example",
}

# Internal staff: (invented name, login). The first four logins are the demo users.
STAFF = (
	(NAMES[ADMIN_LOGIN], ADMIN_LOGIN),
	(NAMES[COMMITTEE_LOGIN], COMMITTEE_LOGIN),
	(NAMES[LEAD_LOGIN], LEAD_LOGIN),
	("何志强", "staff01@pilot.example"),
	("高文博", "staff02@pilot.example"),
	("冯雪梅", "staff03@pilot.example"),
	("韩志远", "staff04@pilot.example"),
	("曹丽娟", "staff05@pilot.example"),
	("彭俊杰", "staff06@pilot.example"),
	("许明辉", "staff07@pilot.example"),
	("邓雅琴", "staff08@pilot.example"),
	("萧文涛", "staff09@pilot.example"),
	("田永刚", "staff10@pilot.example"),
	("潘慧敏", "staff11@pilot.example"),
	("蒋振宇", "staff12@pilot.example"),
)
# External people: (invented name, organisation)
EXTERNAL = (
	("刘佳怡", "四川航空公司培训部"),
	("马骏", "北京安保集团"),
	("姜海燕", "哈尔滨职业学院"),
	("宋立军", "黑龙江职业学院"),
	("程远航", "哈尔滨林业大学"),
	("袁晓东", "哈尔滨北岳生物工程有限公司"),
)

WORKING_GROUP = "1+X证书试点工作小组"
GUIDANCE_COMMITTEE = "1+X证书工作指导委员会"
# 1 leader, 3 deputies (2 from the partner companies), 13 members: 17 seats.
WORKING_GROUP_SEATS = (
	(NAMES[ADMIN_LOGIN], "Leader"),
	("何志强", "Deputy Leader"),
	("刘佳怡", "Deputy Leader"),
	("马骏", "Deputy Leader"),
	*((name, "Member") for name, _login in STAFF if name not in (NAMES[ADMIN_LOGIN], "何志强")),
)
# The chair and two members also sit in the working group; four members come from outside.
GUIDANCE_SEATS = (
	("何志强", "Chair"),
	(NAMES[COMMITTEE_LOGIN], "Member"),
	("高文博", "Member"),
	("姜海燕", "Member"),
	("宋立军", "Member"),
	("程远航", "Member"),
	("袁晓东", "Member"),
)
WORKING_GROUP_DUTIES = (
	"<p>统筹规划试点工作；监督证书培训与考核；制定收费政策；保证培训质量；"
	"将教师承担的证书培训与考核课时计入工作量；维护学生权益。</p>"
)
GUIDANCE_DUTIES = (
	"<p>为培养目标、课程标准和课程体系提供咨询；定期开展专业咨询研讨会并做好记录与跟进；"
	"收集行业意见；协助建设实训基地；提供实习岗位并推荐兼职教师。</p>"
)

# The schedule of the plan: (period, what is due, status)
MILESTONES = (
	("2020-11", "首批五个试点领域启动", "Done"),
	("2021-05", "五个培训评价组织的专家库组建完成", "Done"),
	("2022-12", "启动信息化平台建设，后续试点领域陆续跟进", "Done"),
	("2023-H2", "试点阶段总结，制定下一步工作计划", "Open"),
)

# (base, type, partners, domains served, capacity, private capital)
TRAINING_BASES = (
	("航空服务实训中心", "School-run", (), ("空中乘务", "民航旅客地面服务"), 120, 0),
	(
		"轨道交通联合实训基地",
		"Inter-school",
		("哈尔滨职业学院", "黑龙江职业学院"),
		("城市轨道交通服务",),
		80,
		0,
	),
	("民航安保与应急救援实训基地", "With a Company", ("北京安保集团",), ("航空器灭火救援与救护",), 60, 0),
	("客舱服务校企合作实训基地", "With a Company", ("四川航空公司培训部",), ("空中乘务",), 40, 0),
	("公共数控实训基地", "Government-run", ("某市公共实训中心（示例）",), ("数控车铣加工",), 50, 1),
)


def load():
	staff = ensure_staff()
	external = ensure_external_people()
	people = {**staff, **external}
	ensure_majors()
	terms = ensure_terms()
	ensure_classes(terms[-1])
	ensure_domains()
	ensure_committee(WORKING_GROUP, "Working Group", WORKING_GROUP_SEATS, WORKING_GROUP_DUTIES, people)
	ensure_committee(GUIDANCE_COMMITTEE, "Guidance Committee", GUIDANCE_SEATS, GUIDANCE_DUTIES, people)
	ensure_milestones(people)
	ensure_training_bases()
	ensure_meeting(people)
	ensure_subsidy()
	ensure_policy_notices()
	ensure_publicity_activity()


def insert(doc: dict):
	return frappe.get_doc(doc).insert(ignore_permissions=True)


# ---- people


def ensure_user(email: str, name: str, role_names=()) -> str:
	from onex_pilot.demo import DEMO_PASSWORD

	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": name,
				"language": "zh",
				"send_welcome_email": 0,
				"new_password": DEMO_PASSWORD,
				"roles": [{"role": role} for role in role_names],
			}
		)
		user.insert(ignore_permissions=True)
	return email


def ensure_contact(name: str, user: str | None = None, organisation: str | None = None) -> str:
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


def ensure_staff() -> dict[str, str]:
	"""Staff of the school: a User (committee members, some domain leads) and a Contact each."""
	ensure_organisations()
	leads = set(DOMAIN_LEADS.values())
	people = {}
	for name, email in STAFF:
		role_names = [roles.COMMITTEE_MEMBER] + ([roles.DOMAIN_LEAD] if email in leads else [])
		people[name] = ensure_contact(name, ensure_user(email, name, role_names))
	return people


def ensure_external_people() -> dict[str, str]:
	return {name: ensure_contact(name, organisation=organisation) for name, organisation in EXTERNAL}


def ensure_organisations():
	for name, kind, evaluates, invented in ORGANISATIONS:
		if frappe.db.exists("Partner Organisation", name):
			continue
		insert(
			{
				"doctype": "Partner Organisation",
				"organisation_name": name,
				"kind": kind,
				"is_evaluation_organisation": evaluates,
				"is_example": invented,
			}
		)


# ---- school records


def ensure_majors():
	for name, code, department in MAJORS:
		if not frappe.db.exists("Major", name):
			insert({"doctype": "Major", "major_name": name, "major_code": code, "department": department})


def term_calendar(on_date):
	"""(academic year, term, start, end): term 1 runs 1 September to 31 January, term 2 to 31 August."""
	date = getdate(on_date)
	first = date.year if date.month >= 9 else date.year - 1
	if date.month >= 9 or date.month == 1:
		return f"{first}-{first + 1}", "1", f"{first}-09-01", f"{first + 1}-01-31"
	return f"{first}-{first + 1}", "2", f"{first + 1}-02-01", f"{first + 1}-08-31"


def ensure_terms() -> list[str]:
	"""Create every term from the start of the pilot up to the next one; return the names of those
	up to the current term, oldest first."""
	terms = []
	date = getdate(PILOT_START)
	current = term_calendar(today())[:2]
	while True:
		academic_year, term, start, end = term_calendar(date)
		name = f"{academic_year}-{term}"
		if not frappe.db.exists("School Term", name):
			insert(
				{
					"doctype": "School Term",
					"academic_year": academic_year,
					"term": term,
					"start_date": start,
					"end_date": end,
				}
			)
		if (academic_year, term) > current:
			break
		terms.append(name)
		date = add_days(end, 1)
	return terms


def ensure_classes(current_term: str):
	"""Two cohorts per major (enrolled this school year and the year before), the first ones
	with the demo class teacher this term."""
	first_year = int(current_term[:4])
	for i, (major, _code, _department) in enumerate(MAJORS):
		for year in (first_year - 1, first_year):
			name = f"{year}级{major}1班"
			if frappe.db.exists("School Class", name):
				continue
			teachers = []
			if i < 2:
				teachers = [{"school_term": current_term, "teacher": TEACHER_LOGIN}]
			insert(
				{
					"doctype": "School Class",
					"class_name": name,
					"major": major,
					"enrolment_year": year,
					"class_teachers": teachers,
				}
			)


def ensure_domains():
	year = getdate(today()).year
	for domain, code, certificate, organisation, major, fees in DOMAINS:
		if not frappe.db.exists("Skill Certificate", code):
			insert(
				{
					"doctype": "Skill Certificate",
					"certificate_code": code,
					"certificate_name": certificate,
					"evaluation_organisation": organisation,
					"levels": [
						{"level": level, "theory_pass_mark": 60, "practical_pass_mark": 60, "fee": fee}
						for level, fee in zip(LEVELS, fees, strict=True)
					],
					"majors": [{"major": major}],
				}
			)
		if frappe.db.exists("Pilot Domain", domain):
			continue
		insert(
			{
				"doctype": "Pilot Domain",
				"domain_name": domain,
				"skill_certificate": code,
				"host_major": major,
				"status": "Active",
				"launch_date": LAUNCH_DATE,
				"domain_lead": DOMAIN_LEADS[domain],
				"targets": [
					{"year": target_year, "level": level, "target_candidates": count}
					for target_year in (year, year + 1)
					for level, count in zip(LEVELS[:2], (40, 20), strict=True)
				],
			}
		)


# ---- the organisation


def ensure_committee(name, committee_type, seats, duties, people):
	if frappe.db.exists("Pilot Committee", name):
		return
	insert(
		{
			"doctype": "Pilot Committee",
			"committee_name": name,
			"committee_type": committee_type,
			"established_on": SEATS_FROM,
			"duties": duties,
			"seats": [
				{"contact": people[person], "seat_role": role, "term_start": SEATS_FROM}
				for person, role in seats
			],
		}
	)


def ensure_milestones(people):
	for period, description, status in MILESTONES:
		if frappe.db.exists("Pilot Milestone", {"period": period, "description": description}):
			continue
		insert(
			{
				"doctype": "Pilot Milestone",
				"period": period,
				"description": description,
				"status": status,
				"owner_contact": people[NAMES[ADMIN_LOGIN]],
				"completed_on": period_end(period) if status == "Done" else None,
			}
		)


def ensure_training_bases():
	for name, base_type, partners, domains, capacity, private_capital in TRAINING_BASES:
		if frappe.db.exists("Training Base", name):
			continue
		insert(
			{
				"doctype": "Training Base",
				"base_name": name,
				"base_type": base_type,
				"capacity": capacity,
				"has_private_capital": private_capital,
				"partners": [{"partner_organisation": partner} for partner in partners],
				"pilot_domains": [{"pilot_domain": domain} for domain in domains],
			}
		)


# ---- the programme at work


MEETING_SUBJECT = "专业咨询研讨会：人才培养方案与证书标准对接"


def ensure_meeting(people):
	if frappe.db.exists("Committee Meeting", {"committee": GUIDANCE_COMMITTEE, "subject": MEETING_SUBJECT}):
		return
	held = add_days(today(), -60)
	insert(
		{
			"doctype": "Committee Meeting",
			"committee": GUIDANCE_COMMITTEE,
			"subject": MEETING_SUBJECT,
			"meeting_date": held,
			"location": "行政楼第二会议室",
			"attendees": [
				*({"attendee_type": "Member", "contact": people[person]} for person, _role in GUIDANCE_SEATS),
				{"attendee_type": "Guest", "attendee_name": "刘佳怡", "affiliation": "四川航空公司培训部"},
			],
			"agenda": "<ol><li>空中乘务等五个试点领域的证书标准解读</li><li>人才培养方案修订</li>"
			"<li>校外实训基地与实习岗位</li></ol>",
			"minutes": "<p>委员们逐一讨论了五个试点领域的证书标准与现行课程的对应关系，"
			"建议将初级证书内容纳入二年级专业核心课程，实行课证融通。</p>",
			"decisions": "<p>一、修订空中乘务、民航旅客地面服务两个专业的人才培养方案；"
			"二、由合作企业推荐兼职教师；三、下学期再次召开研讨会。</p>",
			"follow_ups": [
				{
					"action": "整理证书标准与课程对照表",
					"responsible": people["高文博"],
					"due_date": add_days(held, 20),
					"status": "Done",
				},
				{
					"action": "提交人才培养方案修订稿",
					"responsible": people[NAMES[COMMITTEE_LOGIN]],
					"due_date": add_days(today(), -5),
					"status": "Open",
				},
				{
					"action": "落实合作企业推荐的兼职教师名单",
					"responsible": people["袁晓东"],
					"due_date": add_days(today(), 30),
					"status": "Open",
				},
			],
		}
	)


def ensure_subsidy():
	purpose = "首批试点师资培训与考核站点建设"
	if frappe.db.exists("Pilot Subsidy", {"pilot_domain": "空中乘务", "purpose": purpose}):
		return
	insert(
		{
			"doctype": "Pilot Subsidy",
			"pilot_domain": "空中乘务",
			"subsidy_type": "Subsidy",
			"source": "Education Department",
			"status": "Received",
			"amount": 200000,
			"date": "2021-06-30",
			"purpose": purpose,
		}
	)


POLICY_NOTICES = (
	{
		"title": "关于在院校实施“学历证书+若干职业技能等级证书”制度试点方案",
		"issued_by": "教育部、国家发展改革委、财政部、国家市场监管总局",
		"document_number": "教职成〔2019〕6号",
		"published_on": "2019-04-04",
		"summary": "国家启动1+X证书制度试点：学历证书与职业技能等级证书相结合，由培训评价组织开发标准、组织考核。",
		"content": "<p>为落实国家职业教育改革实施方案，启动“学历证书+若干职业技能等级证书”制度试点。"
		"职业技能等级证书分为初级、中级、高级，由培训评价组织负责标准开发、教材建设和考核发证。"
		"试点院校将证书培训内容有机融入专业人才培养方案，学生自愿选择参加培训和考核。</p>",
	},
	{
		"title": "关于开展首批1+X证书制度试点工作的通知",
		"issued_by": "学校1+X证书试点工作小组",
		"document_number": "校试点〔2020〕1号",
		"published_on": "2020-11-02",
		"summary": "学校首批空中乘务等五个试点领域于2020年11月启动，请各系部做好宣传、报名和培训工作。",
		"content": "<p>经研究，学校首批在空中乘务、城市轨道交通服务、民航旅客地面服务、航空器灭火救援与救护、"
		"数控车铣加工五个领域开展试点。各班主任须在班级开展宣传并做好记录和反馈；"
		"建档立卡等家庭经济困难学生免交考核费用；学校不组织以营利为目的的证书培训。</p>",
	},
)


def ensure_policy_notices():
	for notice in POLICY_NOTICES:
		if frappe.db.exists("Policy Notice", {"title": notice["title"]}):
			continue
		insert({"doctype": "Policy Notice", "published": 1, **notice})


def ensure_publicity_activity():
	school_class = frappe.db.get_value(
		"School Class Teacher", {"parenttype": "School Class", "teacher": TEACHER_LOGIN}, "parent"
	)
	if not school_class or frappe.db.exists("Publicity Activity", {"school_class": school_class}):
		return
	# A month ago, but within the current term, when the class has its demo class teacher.
	term_start = frappe.db.get_value("School Term", term_on(today()), "start_date")
	held = max(getdate(add_days(today(), -30)), getdate(term_start))
	insert(
		{
			"doctype": "Publicity Activity",
			"school_class": school_class,
			"activity_date": held,
			"class_teacher": class_teacher_of(school_class, held) or TEACHER_LOGIN,
			"participants": 42,
			"description": "<p>主题班会：介绍1+X证书制度、本专业可选的职业技能等级证书、报名方式和费用减免政策，"
			"强调自愿报考，不搞“考证热”。</p>",
			"feedback": "多数学生希望先参加初级证书培训；有学生询问证书与学分的关系。",
		}
	)
