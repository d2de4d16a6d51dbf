"""Assessment rules hold through the REST API, not only through the Desk's buttons."""

import requests

PLAN = "Skill Assessment Plan"


def test_approving_a_plan_by_setting_its_state_is_refused_without_accreditation(base_url, admin_session):
	setup = admin_session.post(
		f"{base_url}/api/method/onex_pilot.tests.remote.pending_plan_without_accreditation", timeout=300
	)
	assert setup.status_code == 200, setup.text
	plan = setup.json()["message"]

	response = admin_session.put(
		f"{base_url}/api/resource/{PLAN}/{plan}", json={"workflow_state": "Open for Registration"}, timeout=60
	)

	assert response.status_code == 417, response.text
	assert "SiteNotAccreditedError" in response.text
	saved = admin_session.get(f"{base_url}/api/resource/{PLAN}/{plan}", timeout=60).json()["data"]
	assert saved["workflow_state"] == "Pending Approval"


def test_approving_a_plan_through_the_workflow_action_is_refused_without_accreditation(
	base_url, admin_session
):
	setup = admin_session.post(
		f"{base_url}/api/method/onex_pilot.tests.remote.pending_plan_without_accreditation", timeout=300
	)
	plan = setup.json()["message"]

	response = admin_session.post(
		f"{base_url}/api/method/frappe.model.workflow.apply_workflow",
		data={"doc": f'{{"doctype": "{PLAN}", "name": "{plan}"}}', "action": "Approve"},
		timeout=60,
	)

	assert response.status_code == 417, response.text
	saved = admin_session.get(f"{base_url}/api/resource/{PLAN}/{plan}", timeout=60).json()["data"]
	assert saved["workflow_state"] == "Pending Approval"


def test_test_set_ups_refuse_anyone_but_a_system_manager(base_url):
	response = requests.post(f"{base_url}/api/method/onex_pilot.tests.remote.registration_race", timeout=60)

	assert response.status_code == 403
