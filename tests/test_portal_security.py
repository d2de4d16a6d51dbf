"""Bad input to every public form and endpoint of the portal, and logged-in posts without
their CSRF token: a 4xx or a neutral answer, never a 500, a stack trace or reflected markup."""

import json

import pytest
import requests

API = "/api/method/onex_pilot.portal.api."
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"

MARKUP = ["<script>alert('onex')</script>", '"><img src=x onerror=alert(1)>', "<b onmouseover=alert(1)>x</b>"]
SQL = ["' OR '1'='1' -- ", "1; DROP TABLE `tabUser`; --", "\\' UNION SELECT name, password FROM __Auth --"]
LONG = ["A" * 5000, "张" * 3000, "%" * 2000]
PAYLOADS = MARKUP + SQL + LONG


def assert_safe(response, payload):
	assert response.status_code < 500, (response.status_code, response.text[:500])
	assert "Traceback" not in response.text
	if "<" in payload:
		assert payload not in response.text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_verify_lookup_with_bad_input(base_url, payload, reset_rate_limits):
	for params in (
		{"code": payload},
		{"number": payload, "holder": payload},
		{"number": "X1", "holder": payload},
	):
		response = requests.get(base_url + API + "verify_certificate", params=params, timeout=30)
		assert_safe(response, payload)
		assert response.json() == {"message": {"found": False}}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_holder_confirmation_with_bad_input(base_url, portal_scenario, payload, reset_rate_limits):
	for data in (
		{"certificate": payload, "full_name": "张晓明", "id_tail": "123456"},
		{"certificate": portal_scenario["certificate"], "full_name": payload, "id_tail": payload},
	):
		response = requests.post(base_url + API + "confirm_holder", data=data, timeout=30)
		assert_safe(response, payload)
		assert response.json() == {"message": {"matches": False}}


@pytest.mark.parametrize(
	"payload", ["wrong-password", MARKUP[0], SQL[0], LONG[1]], ids=["wrong", "markup", "sql", "long"]
)
def test_login_with_bad_input(base_url, payload):
	# Few on purpose: Frappe locks every login from an address for a minute after ten failures
	# in a row, and all these tests share 127.0.0.1.
	response = requests.post(
		base_url + "/api/method/login", data={"usr": payload, "pwd": payload}, timeout=30
	)
	assert_safe(response, payload)
	assert response.status_code == 401, response.status_code
	assert "exc" not in response.json(), "a failed login answers with its traceback"


@pytest.mark.parametrize("path", ["/verify", "/publicity", "/feedback/new"])
@pytest.mark.parametrize("payload", MARKUP + SQL + ["B" * 3000])
def test_public_pages_with_bad_query_strings(base_url, path, payload):
	response = requests.get(base_url + path, params={"code": payload, "q": payload}, timeout=60)
	assert_safe(response, payload)
	assert response.status_code == 200


@pytest.mark.parametrize("payload", PAYLOADS)
def test_feedback_form_with_bad_input(base_url, admin_session, payload, reset_rate_limits):
	domains = admin_session.get(
		f"{base_url}/api/resource/Pilot Domain", params={"limit_page_length": 1}, timeout=30
	)
	domain = domains.json()["data"][0]["name"]
	good = {
		"rater_category": "Parent",
		"target_type": "Pilot Domain",
		"pilot_domain": domain,
		"rating": 4,
		"comment": "好",
	}
	for field in ("comment", "contact", "rater_category", "target_type", "pilot_domain", "rating"):
		reset_rate_limits()
		data = dict(good, **{field: payload})
		response = requests.post(
			base_url + ACCEPT, data={"web_form": "supervision-feedback", "data": json.dumps(data)}, timeout=30
		)
		assert_safe(response, payload)


def test_feedback_form_accepts_a_good_rating(base_url, admin_session, reset_rate_limits):
	domains = admin_session.get(
		f"{base_url}/api/resource/Pilot Domain", params={"limit_page_length": 1}, timeout=30
	)
	data = {
		"rater_category": "Employer",
		"target_type": "Pilot Domain",
		"pilot_domain": domains.json()["data"][0]["name"],
		"rating": 5,
		"comment": "<b>毕业生</b>实操能力强",
	}
	response = requests.post(
		base_url + ACCEPT, data={"web_form": "supervision-feedback", "data": json.dumps(data)}, timeout=30
	)
	assert response.status_code == 200, response.text
	name = response.json()["message"]["name"]
	saved = admin_session.get(f"{base_url}/api/resource/Supervision Feedback/{name}", timeout=30).json()[
		"data"
	]
	assert saved["comment"] == "毕业生实操能力强"
	assert saved["status"] == "New"


def test_feedback_form_is_rate_limited(base_url, admin_session, reset_rate_limits):
	data = {
		"rater_category": "Public",
		"target_type": "Pilot Domain",
		"pilot_domain": "NO SUCH DOMAIN",
		"rating": 3,
		"comment": "x",
	}
	statuses = [
		requests.post(
			base_url + ACCEPT, data={"web_form": "supervision-feedback", "data": json.dumps(data)}, timeout=30
		).status_code
		for _ in range(12)
	]
	assert 429 in statuses
	assert all(status < 500 for status in statuses)


@pytest.mark.parametrize(
	"method, data",
	[
		("register", {"plan": "OPEN"}),
		("cancel_registration", {"registration": "X"}),
		("lodge_objection", {"result": "RESULT", "reason": "wrong"}),
	],
)
def test_logged_in_post_without_csrf_token_is_refused(
	base_url, portal_scenario, logged_in_student, admin_session, method, data
):
	session, _token = logged_in_student
	data = {
		key: portal_scenario["open_plan"]
		if value == "OPEN"
		else portal_scenario["publicity_result"]
		if value == "RESULT"
		else value
		for key, value in data.items()
	}
	before = admin_session.get(
		f"{base_url}/api/method/frappe.client.get_count",
		params={"doctype": "Skill Assessment Registration"},
		timeout=30,
	).json()["message"]
	for headers in ({}, {"X-Frappe-CSRF-Token": "forged-token"}):
		response = session.post(base_url + API + method, data=data, headers=headers, timeout=30)
		assert response.status_code == 400, response.text[:300]
		assert "Traceback" not in response.text
	after = admin_session.get(
		f"{base_url}/api/method/frappe.client.get_count",
		params={"doctype": "Skill Assessment Registration"},
		timeout=30,
	).json()["message"]
	assert after == before


def test_fee_waiver_form_post_without_csrf_token_is_refused(base_url, logged_in_student):
	session, _token = logged_in_student
	data = {"basis": "Registered Poor Household", "period_start": "2020-01-01", "period_end": "2020-12-31"}
	response = session.post(
		base_url + ACCEPT, data={"web_form": "fee-waiver-application", "data": json.dumps(data)}, timeout=30
	)
	assert response.status_code == 400
	assert "Traceback" not in response.text


@pytest.mark.parametrize("payload", MARKUP + SQL + ["C" * 5000])
def test_student_methods_with_bad_input(base_url, logged_in_student, payload):
	session, token = logged_in_student
	headers = {"X-Frappe-CSRF-Token": token}
	for method, data in (
		("register", {"plan": payload}),
		("cancel_registration", {"registration": payload}),
		("lodge_objection", {"result": payload, "reason": payload}),
	):
		response = session.post(base_url + API + method, data=data, headers=headers, timeout=30)
		assert_safe(response, payload)
		assert 400 <= response.status_code < 500
	for method, params in (
		("admission_ticket", {"registration": payload}),
		("certificate_pdf", {"certificate": payload}),
	):
		response = session.get(base_url + API + method, params=params, timeout=30)
		assert_safe(response, payload)
		assert response.status_code == 404


def test_guest_cannot_use_student_methods(base_url, portal_scenario):
	response = requests.post(
		base_url + API + "register", data={"plan": portal_scenario["open_plan"]}, timeout=30
	)
	assert response.status_code == 403
	page = requests.get(base_url + "/student/assessments", timeout=30, allow_redirects=False)
	assert page.status_code in (301, 302)
	assert "/login" in page.headers["Location"]
