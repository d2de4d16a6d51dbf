from onex_pilot.assessment.workflow_names import ACTIONS, WORKFLOW_STATES, WORKFLOWS
from onex_pilot.roles import ALL_ROLES, PILOT_STAFF_PROFILE

app_name = "onex_pilot"
app_title = "1+X Pilot"
app_publisher = "onex pilot contributors"
app_description = "Runs a school's 1+X vocational skill certificate pilot"
app_email = "maintainers@onex-pilot.invalid"
app_license = "mit"

# Records the app ships, synced on install and on every migrate. Filtered, so
# that nothing else of a developer's site is exported with them.
fixtures = [
	{"dt": "Role", "filters": [["role_name", "in", list(ALL_ROLES)]]},
	{"dt": "Workflow State", "filters": [["name", "in", list(WORKFLOW_STATES)]]},
	{"dt": "Workflow Action Master", "filters": [["name", "in", list(ACTIONS)]]},
	{"dt": "Workflow", "filters": [["name", "in", list(WORKFLOWS)]]},
	{"dt": "Fee Waiver Basis", "filters": [["name", "in", ["Registered Poor Household"]]]},
	# Link fields to workflow states (a plan's or waiver's state) show the state in the reader's language.
	{"dt": "Property Setter", "filters": [["name", "in", ["Workflow State-main-translated_doctype"]]]},
	# Staff given this profile see the pilot's workspaces, not Frappe's own (see roles.py).
	{"dt": "Module Profile", "filters": [["name", "in", [PILOT_STAFF_PROFILE]]]},
]

# Row-level rules (see the permissions package): what a list shows, and which single records to deny.
permission_query_conditions = {
	"Trainer": "onex_pilot.permissions.faculty.trainer_query_conditions",
	"Teaching Assignment": "onex_pilot.permissions.faculty.teaching_assignment_query_conditions",
	"Trainer Training Session": "onex_pilot.permissions.faculty.training_session_query_conditions",
	"Pilot Student": "onex_pilot.permissions.students.student_query_conditions",
	"Student Personal Data": "onex_pilot.permissions.students.personal_data_query_conditions",
	"Skill Assessment Plan": "onex_pilot.permissions.assessment.plan_query_conditions",
	"Skill Assessment Registration": "onex_pilot.permissions.assessment.registration_query_conditions",
	"Fee Waiver": "onex_pilot.permissions.assessment.fee_waiver_query_conditions",
	"Skill Assessment Result": "onex_pilot.permissions.assessment.result_query_conditions",
	"Result Objection": "onex_pilot.permissions.assessment.objection_query_conditions",
	"Skill Certificate Record": "onex_pilot.permissions.assessment.certificate_query_conditions",
	# Attachments follow the row rules of the record they are attached to.
	"File": "onex_pilot.permissions.side_doors.file_query_conditions",
}

has_permission = {
	"Trainer": "onex_pilot.permissions.faculty.trainer_has_permission",
	"Teaching Assignment": "onex_pilot.permissions.faculty.teaching_assignment_has_permission",
	"Trainer Training Session": "onex_pilot.permissions.faculty.training_session_has_permission",
	"Pilot Student": "onex_pilot.permissions.students.student_has_permission",
	"Student Personal Data": "onex_pilot.permissions.students.personal_data_has_permission",
	"Committee Meeting": "onex_pilot.permissions.organisation.committee_meeting_has_permission",
	"Skill Assessment Plan": "onex_pilot.permissions.assessment.plan_has_permission",
	"Skill Assessment Registration": "onex_pilot.permissions.assessment.registration_has_permission",
	"Fee Waiver": "onex_pilot.permissions.assessment.fee_waiver_has_permission",
	"Skill Assessment Result": "onex_pilot.permissions.assessment.result_has_permission",
	"Result Objection": "onex_pilot.permissions.assessment.objection_has_permission",
	"Skill Certificate Record": "onex_pilot.permissions.assessment.certificate_has_permission",
	"Publicity Activity": "onex_pilot.permissions.assessment.publicity_activity_has_permission",
}

# Frappe's own count counts any DocType for any logged-in user; ours counts the rows the user may read.
override_whitelisted_methods = {"frappe.client.get_count": "onex_pilot.permissions.side_doors.get_count"}

# Fields above a reader's permission level may not be filtered, sorted or grouped by either
# (Frappe v15 drops them from the answer but still applies them): see permissions/hidden_fields.py.
# Lists that return full ID or phone numbers are written to the Access Log: permissions/personal_reads.py.
auth_hooks = [
	"onex_pilot.permissions.hidden_fields.refuse_queries_on_hidden_fields",
	"onex_pilot.permissions.personal_reads.log_lists_of_personal_data",
]

# Site settings the app needs (students log in with their student number), on install and every migrate.
after_install = "onex_pilot.setup.install.after_install"
after_migrate = "onex_pilot.setup.install.after_migrate"

# Portal (portal/): forwarded client addresses are trusted only from configured proxies, so
# that rate limits cannot be dodged with a forged X-Forwarded-For (see portal/client_ip.py).
before_request = [
	"onex_pilot.portal.client_ip.set_trusted_request_ip",
	# Guests get the browser's language or the site's (Chinese), not English (see portal/guest_language.py).
	"onex_pilot.portal.guest_language.set_guest_language",
	# Visitors and students never get a stack trace in an error answer (see portal/error_detail.py).
	"onex_pilot.portal.error_detail.hide_tracebacks_from_portal_users",
	# A student sets their own password before anything else (see portal/first_password.py).
	"onex_pilot.portal.first_password.hold_until_password_set",
]

# The login page says that students log in with their student number (see portal/login_page.py).
update_website_context = "onex_pilot.portal.login_page.name_the_student_number"

# Helpers the portal's print formats call: the certificate's QR code, sign-in sheet rows.
jinja = {
	"methods": [
		"onex_pilot.portal.qr.verification_qr",
		"onex_pilot.portal.printing.sign_in_rows",
		"onex_pilot.portal.printing.plan_rooms",
		"onex_pilot.portal.printing.hhmm",
	]
}

# A fee waiver applied for through the portal's web form belongs to the session's student.
doc_events = {
	"Fee Waiver": {"before_insert": "onex_pilot.portal.waiver_form.set_student_from_session"},
	"Version": {"before_insert": "onex_pilot.permissions.versions.drop_hidden_fields"},
	# A failed login answers without a stack trace (see portal/error_detail.py).
	"Activity Log": {"before_insert": "onex_pilot.portal.error_detail.hide_traceback_of_failed_login"},
	# A student's password that staff set must be replaced by the student (see portal/first_password.py).
	"User": {"before_validate": "onex_pilot.portal.first_password.forget_own_password_when_staff_set_one"},
}

# The student portal's menu, synced into Portal Settings (where administrators may hide or
# reorder items); each item names a DocType, which Frappe requires to keep it.
standard_portal_menu_items = [
	{
		"title": "My Assessments",
		"route": "/student/assessments",
		"reference_doctype": "Skill Assessment Registration",
		"role": "Student",
	},
	{
		"title": "My Fee Waiver",
		"route": "/student/waiver",
		"reference_doctype": "Fee Waiver",
		"role": "Student",
	},
	{
		"title": "My Results",
		"route": "/student/results",
		"reference_doctype": "Skill Assessment Result",
		"role": "Student",
	},
	{
		"title": "My Objections",
		"route": "/student/objections",
		"reference_doctype": "Result Objection",
		"role": "Student",
	},
	{
		"title": "My Certificates",
		"route": "/student/certificates",
		"reference_doctype": "Skill Certificate Record",
		"role": "Student",
	},
	{
		"title": "My Profile",
		"route": "/student/profile",
		"reference_doctype": "Pilot Student",
		"role": "Student",
	},
]

# Students land on their portal after logging in.
role_home_page = {"Student": "student"}

# Daily jobs. Organisation: flag open Pilot Milestones that fell due.
scheduler_events = {
	"daily": [
		"onex_pilot.organisation.doctype.pilot_milestone.pilot_milestone.flag_overdue_milestones",
	],
}
