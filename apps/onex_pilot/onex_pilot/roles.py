"""The roles the pilot ships with. Kept free of imports so hooks.py can read it."""

PILOT_ADMINISTRATOR = "Pilot Administrator"
ASSESSMENT_OFFICER = "Assessment Officer"
COMMITTEE_MEMBER = "Committee Member"
DOMAIN_LEAD = "Domain Lead"
TRAINER = "Trainer"
EXAMINER = "Examiner"
FINANCE_OFFICER = "Finance Officer"
CLASS_TEACHER = "Class Teacher"
STUDENT = "Student"

STAFF_ROLES = (
	PILOT_ADMINISTRATOR,
	ASSESSMENT_OFFICER,
	COMMITTEE_MEMBER,
	DOMAIN_LEAD,
	TRAINER,
	EXAMINER,
	FINANCE_OFFICER,
	CLASS_TEACHER,
)
# Students use the portal only.
ALL_ROLES = (*STAFF_ROLES, STUDENT)

# The Module Profile (fixtures/module_profile.json) that keeps Frappe's own workspaces (Build, Users,
# Tools, Website, Integrations) out of a staff member's Desk; an administrator assigns it to staff.
PILOT_STAFF_PROFILE = "Pilot Staff"
