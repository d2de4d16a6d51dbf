"""A student's login with its initial password opens nothing but the set-password page."""

import requests

SET_PASSWORD = "/update-password"
UPDATE_PASSWORD = "/api/method/frappe.core.doctype.user.user.update_password"


def test_student_sets_own_password_before_using_the_portal(base_url, admin_session):
	made = admin_session.post(
		f"{base_url}/api/method/onex_pilot.portal.testing.make_student_with_initial_password", timeout=120
	)
	assert made.status_code == 200, made.text
	student = made.json()["message"]

	session = requests.Session()
	login = session.post(
		f"{base_url}/api/method/login", data={"usr": student["login"], "pwd": student["password"]}, timeout=60
	)
	assert login.status_code == 200, login.text

	# Pages send the student to set a password; data and actions are refused.
	page = session.get(f"{base_url}/student/assessments", allow_redirects=False, timeout=60)
	assert page.status_code in (301, 302, 303, 307), page.status_code
	assert page.headers["Location"].endswith(SET_PASSWORD)
	listing = session.get(f"{base_url}/api/resource/Skill Assessment Registration", timeout=60)
	assert listing.status_code == 403
	assert "/update-password" in listing.text
	set_page = session.get(f"{base_url}{SET_PASSWORD}", timeout=60)
	assert set_page.status_code == 200

	# A password of their own opens the portal.
	changed = session.post(
		f"{base_url}{UPDATE_PASSWORD}",
		data={"old_password": student["password"], "new_password": "Own-Secret-8419!"},
		timeout=60,
	)
	assert changed.status_code == 200, changed.text
	page = session.get(f"{base_url}/student/assessments", allow_redirects=False, timeout=60)
	assert page.status_code == 200
	assert (
		session.get(f"{base_url}/api/resource/Skill Assessment Registration", timeout=60).status_code == 200
	)

	# The initial password no longer logs in.
	again = requests.post(
		f"{base_url}/api/method/login", data={"usr": student["login"], "pwd": student["password"]}, timeout=60
	)
	assert again.status_code == 401
