"""One demo login per pilot role. Names are invented."""

import frappe

from onex_pilot import roles

DEMO_EMAIL_DOMAIN = "pilot.example"
# (role, email, first name as shown in the Desk)
DEMO_USERS = (
	(roles.PILOT_ADMINISTRATOR, "admin@pilot.example"),
	(roles.ASSESSMENT_OFFICER, "officer@pilot.example"),
	(roles.COMMITTEE_MEMBER, "committee@pilot.example"),
	(roles.DOMAIN_LEAD, "lead@pilot.example"),
	(roles.TRAINER, "trainer@pilot.example"),
	(roles.EXAMINER, "examiner@pilot.example"),
	(roles.FINANCE_OFFICER, "finance@pilot.example"),
	(roles.CLASS_TEACHER, "teacher@pilot.example"),
)
NAMES = {
	"admin@pilot.example": "林国栋",
	"officer@pilot.example": "周敏",
	"committee@pilot.example": "吴建华",
	"lead@pilot.example": "郑晓燕",
	"trainer@pilot.example": "王立新",
	"examiner@pilot.example": "陈思远",
	"finance@pilot.example": "赵丽",
	"teacher@pilot.example": "孙海涛",
}


def load():
	from onex_pilot.demo import DEMO_PASSWORD

	for role, email in DEMO_USERS:
		if frappe.db.exists("User", email):
			continue
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": NAMES[email],
				"language": "zh",
				"send_welcome_email": 0,
				"new_password": DEMO_PASSWORD,
				"roles": [{"role": role}],
			}
		)
		user.insert(ignore_permissions=True)


def give_staff_the_pilot_desk():
	"""Every demo staff login (…@pilot.example) without a module profile gets Pilot Staff, so its
	Desk shows the pilot's workspaces and not Frappe's own; System Managers keep the whole Desk."""
	users = frappe.get_all(
		"User",
		filters={
			"name": ("like", f"%@{DEMO_EMAIL_DOMAIN}"),
			"user_type": "System User",
			"module_profile": ("is", "not set"),
		},
		pluck="name",
	)
	for name in users:
		if "System Manager" in frappe.get_roles(name):
			continue
		user = frappe.get_doc("User", name)
		user.module_profile = roles.PILOT_STAFF_PROFILE
		user.save(ignore_permissions=True)
