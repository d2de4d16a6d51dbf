from onex_pilot.roles import STUDENT

from onex_credit_bank.roles import ALL_ROLES

app_name = "onex_credit_bank"
app_title = "Credit Bank"
app_publisher = "onex pilot contributors"
app_description = "Credit bank and course-certificate integration for the 1+X pilot"
app_email = "maintainers@onex-pilot.invalid"
app_license = "mit"

# An addon: it extends the core, which does not know it. Written as "owner/app": Frappe v15 looks
# a bare app name up on GitHub (frappe/…, erpnext/…) before installing it, and fails for ours,
# offline or not; with an owner it takes the app name as given (and finds onex_pilot installed).
required_apps = ["onex-pilot/onex_pilot"]

# Only this app's own records, filtered, so that no core document is overwritten.
fixtures = [
	{"dt": "Role", "filters": [["role_name", "in", list(ALL_ROLES)]]},
]

# The core's certificates earn credits: submitting a valid certificate credits the courses its
# approved mappings cover; revoking it reverses them, reinstating it gives them again. Every
# handler is idempotent.
doc_events = {
	"Skill Certificate Record": {
		"on_submit": "onex_credit_bank.credit_bank.certificate_credits.on_certificate_submit",
		"on_update_after_submit": "onex_credit_bank.credit_bank.certificate_credits.on_certificate_update",
	},
}

# Row-level rules (see permissions.py): a student reads only their own credits, a class
# teacher those of the students of their classes this term.
permission_query_conditions = {
	"Credit Record": "onex_credit_bank.permissions.credit_record_query_conditions",
	"Course Result": "onex_credit_bank.permissions.course_result_query_conditions",
	"Other Learning": "onex_credit_bank.permissions.other_learning_query_conditions",
}

has_permission = {
	"Credit Record": "onex_credit_bank.permissions.credit_record_has_permission",
	"Course Result": "onex_credit_bank.permissions.course_result_has_permission",
	"Other Learning": "onex_credit_bank.permissions.other_learning_has_permission",
}

# The student's "my credits" page on the portal.
portal_menu_items = [
	{"title": "My Credits", "route": "/my-credits", "reference_doctype": "Credit Record", "role": STUDENT},
]

# The core's demo loader calls these after its own steps.
onex_pilot_demo_loaders = ["onex_credit_bank.demo.load"]
# ... and prints these logins with its own (role, login).
onex_pilot_demo_logins = [["Credit Bank Officer", "credit@pilot.example"]]
