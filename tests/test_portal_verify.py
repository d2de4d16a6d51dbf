"""Public certificate verification over HTTP: what it answers, its rate limit per address,
and that a forged X-Forwarded-For does not change whose count a request goes to."""

import re

import requests

VERIFY = "/api/method/onex_pilot.portal.api.verify_certificate"
CONFIRM = "/api/method/onex_pilot.portal.api.confirm_holder"
DEFAULT_LIMIT = 30
DEFAULT_HOLDER_LIMIT = 5


def verify(base_url, headers=None, **params):
	return requests.get(base_url + VERIFY, params=params, headers=headers or {}, timeout=30)


def test_valid_certificate_by_qr_code(base_url, portal_scenario, reset_rate_limits):
	answer = verify(base_url, code=portal_scenario["verification_code"]).json()["message"]
	certificate = answer["certificate"]
	assert answer["found"] is True
	assert certificate["valid"] is True
	assert certificate["holder"] == "张*明"
	assert certificate["certificate"] == portal_scenario["certificate_name"]
	assert set(certificate) == {
		"holder",
		"certificate",
		"level",
		"organisation",
		"issue_date",
		"valid",
		"status",
		"revoked_on",
	}
	assert portal_scenario["certificate"] not in str(answer)


def test_revoked_certificate_says_revoked_and_when(base_url, portal_scenario, reset_rate_limits):
	answer = verify(
		base_url, number=portal_scenario["revoked_certificate"], holder=portal_scenario["revoked_holder"]
	).json()["message"]
	assert answer["found"] is True
	assert answer["certificate"]["valid"] is False
	assert answer["certificate"]["status"] == "已撤销"
	assert answer["certificate"]["revoked_on"]


def test_made_up_number_and_wrong_name_get_the_same_neutral_answer(
	base_url, portal_scenario, reset_rate_limits
):
	made_up = verify(base_url, number="ZZ20991000001", holder="张晓明")
	wrong_name = verify(base_url, number=portal_scenario["certificate"], holder="张晓")
	assert made_up.status_code == wrong_name.status_code == 200
	assert made_up.json() == wrong_name.json() == {"message": {"found": False}}


def test_holder_confirmation_answers_only_match_or_not(base_url, portal_scenario, reset_rate_limits):
	def confirm(tail):
		data = {"certificate": portal_scenario["certificate"], "full_name": "张晓明", "id_tail": tail}
		return requests.post(base_url + CONFIRM, data=data, timeout=30).json()

	wrong = "000000" if portal_scenario["id_tail"] != "000000" else "111111"
	assert confirm(portal_scenario["id_tail"]) == {"message": {"matches": True}}
	assert confirm(wrong) == {"message": {"matches": False}}


def test_holder_confirmation_stops_after_wrong_guesses_from_any_address(
	base_url, portal_scenario, reset_rate_limits
):
	def confirm(tail, address):
		data = {"certificate": portal_scenario["certificate"], "full_name": "张晓明", "id_tail": tail}
		headers = {"X-Forwarded-For": address}
		return requests.post(base_url + CONFIRM, data=data, headers=headers, timeout=30).json()["message"]

	right = portal_scenario["id_tail"]
	guesses = [f"{n:06d}" for n in range(20) if f"{n:06d}" != right][:DEFAULT_HOLDER_LIMIT]
	for i, guess in enumerate(guesses):
		assert confirm(guess, f"198.51.100.{i + 1}") == {"matches": False}
	# The right answer is refused too now, so a guesser cannot tell when they hit it.
	assert confirm(right, "203.0.113.9") == {"matches": False, "locked": True}
	page = requests.get(base_url + "/verify", timeout=60).text
	assert "该证书今日核验错误次数过多" in page


def test_holder_confirmation_is_post_only(base_url, portal_scenario, reset_rate_limits):
	params = {
		"certificate": portal_scenario["certificate"],
		"full_name": "张晓明",
		"id_tail": portal_scenario["id_tail"],
	}
	response = requests.get(base_url + CONFIRM, params=params, timeout=30)
	assert response.status_code in (403, 405)
	assert "matches" not in response.text


def test_lookup_past_the_limit_answers_429(base_url, reset_rate_limits):
	statuses = [verify(base_url, code="NOSUCHCODE").status_code for _ in range(DEFAULT_LIMIT)]
	assert statuses == [200] * DEFAULT_LIMIT
	over = verify(base_url, code="NOSUCHCODE")
	assert over.status_code == 429
	assert "Traceback" not in over.text


def test_forged_forwarded_for_does_not_reset_the_count(base_url, reset_rate_limits):
	for i in range(DEFAULT_LIMIT):
		response = verify(base_url, headers={"X-Forwarded-For": f"198.51.100.{i + 1}"}, code="NOSUCHCODE")
		assert response.status_code == 200
	assert verify(base_url, code="NOSUCHCODE").status_code == 429
	assert verify(base_url, headers={"X-Forwarded-For": "203.0.113.77"}, code="NOSUCHCODE").status_code == 429


def test_holder_confirmation_is_rate_limited_too(base_url, reset_rate_limits):
	data = {"certificate": "NOSUCHCERT", "full_name": "张晓明", "id_tail": "123456"}
	statuses = [
		requests.post(base_url + CONFIRM, data=data, timeout=30).status_code for _ in range(DEFAULT_LIMIT + 1)
	]
	assert statuses[:DEFAULT_LIMIT] == [200] * DEFAULT_LIMIT
	assert statuses[-1] == 429


def test_publicity_page_shows_masked_names_and_no_scores_or_fees(base_url, portal_scenario):
	page = requests.get(base_url + "/publicity", timeout=60)
	assert page.status_code == 200
	section = re.search(
		r'data-plan="{}".*?</section>'.format(re.escape(portal_scenario["publicity_plan"])), page.text, re.S
	).group(0)
	assert "张*明" in section and "李*" in section
	assert "张晓明" not in section
	for hidden in (portal_scenario["student_number"], portal_scenario["id_tail"], "减免", "¥"):
		assert hidden not in section
	# The scores (80 and 75) as numbers of their own: a class named "Class e91d75" is no score.
	for score in ("80", "75"):
		assert not re.search(rf"(?<![\w.]){score}(?![\w.])", section), score
	assert "公示截止于" in section
