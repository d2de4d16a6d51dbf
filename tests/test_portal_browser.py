"""The portal in a real browser (Debian's chromium, headless, through Playwright), on a
phone-sized screen in Chinese: a student's round from registration to certificate, and a
guest checking certificates. Screenshots are kept in $ONEX_ARTIFACTS."""

import re

import pytest

pytestmark = pytest.mark.browser


def shot(page, artifacts, name):
	page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def log_in(page, base_url, scenario):
	page.goto(f"{base_url}/login")
	assert "1+X 证书试点管理平台" in page.locator(".page-card-head h4").first.inner_text(), (
		"the login page names the platform"
	)
	page.fill("#login_email", scenario["student_number"])
	page.fill("#login_password", scenario["password"])
	page.click(".btn-login")
	# A student lands on their portal, not on Frappe's "My Account" page.
	page.wait_for_url(re.compile(r".*/student(/[a-z]*)?/?$"))


def test_student_registers_objects_and_downloads_a_certificate(
	phone_page, base_url, portal_scenario, artifacts
):
	page = phone_page
	log_in(page, base_url, portal_scenario)

	# Register for the open plan: the approved waiver makes the fee 0.
	page.goto(f"{base_url}/student/assessments")
	assert page.inner_text("h1") == "我的考核"
	shot(page, artifacts, "student-01-assessments")
	with page.expect_navigation():
		page.click(
			f'.onex-open-plan[data-plan="{portal_scenario["open_plan"]}"] button[data-onex-action="register"]'
		)
	card = page.locator(f'.onex-registration[data-plan="{portal_scenario["open_plan"]}"]')
	card.wait_for()
	assert page.locator(f'.onex-open-plan[data-plan="{portal_scenario["open_plan"]}"]').count() == 0
	assert re.search(r"(^|[^0-9.])0\.00", card.locator(".onex-fee").inner_text())
	assert "已减免费用" in card.locator(".onex-payment").inner_text()
	assert card.locator(".onex-ticket").count() == 1
	shot(page, artifacts, "student-02-registered-fee-waived")

	# Lodge an objection to the result in publicity.
	page.goto(f"{base_url}/student/results")
	result = page.locator(f'.onex-result[data-result="{portal_scenario["publicity_result"]}"]')
	result.locator("textarea").fill("实操成绩与考场记录不符，请复核。")
	with page.expect_navigation():
		result.locator('button[data-onex-action="lodge_objection"]').click()
	result = page.locator(f'.onex-result[data-result="{portal_scenario["publicity_result"]}"]')
	result.wait_for()
	assert result.locator("textarea").count() == 0
	# The result says its objection is being reviewed, and shows scores as typed (80, not 80.0).
	assert result.locator(".onex-objection-open").is_visible()
	assert re.fullmatch(r"\d+(\.\d+)?", result.locator(".onex-theory").inner_text().strip())
	assert not result.locator(".onex-theory").inner_text().strip().endswith(".0")
	page.goto(f"{base_url}/student/objections")
	objection = page.locator(".onex-objection").filter(has_text=portal_scenario["publicity_result"])
	assert "实操成绩与考场记录不符" in objection.inner_text()
	shot(page, artifacts, "student-03-objection")

	# Download the certificate.
	page.goto(f"{base_url}/student/certificates")
	certificate = page.locator(f'.onex-certificate[data-certificate="{portal_scenario["certificate"]}"]')
	shot(page, artifacts, "student-04-certificates")
	with page.expect_download() as download_info:
		certificate.locator(".onex-certificate-pdf").click()
	path = artifacts / "student-certificate.pdf"
	download_info.value.save_as(str(path))
	assert path.read_bytes().startswith(b"%PDF")

	# The profile shows the masked ID and phone only.
	page.goto(f"{base_url}/student/profile")
	assert re.fullmatch(r"\*+[0-9X]{4}", page.inner_text(".onex-id").strip())
	shot(page, artifacts, "student-05-profile")


def test_guest_verifies_valid_revoked_unknown_and_confirms_a_holder(
	phone_page, base_url, portal_scenario, artifacts, reset_rate_limits
):
	page = phone_page

	# The QR's address: a valid certificate, the holder's name masked.
	page.goto(f"{base_url}/verify?code={portal_scenario['verification_code']}")
	page.locator("#verify-result").wait_for(state="visible")
	assert page.inner_text('[data-field="holder"]') == "张*明"
	assert page.inner_text("#verify-status") == "有效"
	assert "张晓明" not in page.content()
	shot(page, artifacts, "guest-01-valid")

	# Holder confirmation: full name and the last 6 characters of the ID.
	page.fill("#confirm-name", "张晓明")
	page.fill("#confirm-id-tail", portal_scenario["id_tail"])
	page.click("#confirm-submit")
	page.locator("#confirm-match").wait_for(state="visible")
	shot(page, artifacts, "guest-02-holder-matches")
	wrong = [
		t
		for t in ("000000", "111111", "222222", "333333", "444444", "555555")
		if t != portal_scenario["id_tail"]
	]
	page.fill("#confirm-id-tail", wrong[0])
	page.click("#confirm-submit")
	page.locator("#confirm-no-match").wait_for(state="visible")
	# Too many wrong guesses: the certificate stops answering, and says so.
	for tail in wrong[1:5]:
		page.fill("#confirm-id-tail", tail)
		with page.expect_response(lambda response: "confirm_holder" in response.url):
			page.click("#confirm-submit")
	page.fill("#confirm-id-tail", portal_scenario["id_tail"])
	page.click("#confirm-submit")
	page.locator("#confirm-locked").wait_for(state="visible")
	assert page.locator("#confirm-match").is_hidden()
	assert page.locator("#confirm-no-match").is_hidden()
	shot(page, artifacts, "guest-02b-holder-locked")

	# By number and name: the revoked certificate says so, and when.
	page.goto(f"{base_url}/verify")
	page.fill("#verify-number", portal_scenario["revoked_certificate"])
	page.fill("#verify-holder", portal_scenario["revoked_holder"])
	with page.expect_request(lambda request: "verify_certificate" in request.url) as sent:
		page.click("#verify-number-submit")
	# The holder's name travels in the body, not in an address that logs keep.
	assert sent.value.method == "POST"
	assert "holder" not in sent.value.url
	page.locator("#verify-result").wait_for(state="visible")
	assert page.inner_text("#verify-status") == "已撤销"
	assert page.locator("#verify-revoked-on").is_visible()
	shot(page, artifacts, "guest-03-revoked")

	# A made-up number: the neutral "not found".
	page.fill("#verify-number", "ZZ20991000001")
	page.fill("#verify-holder", "张晓明")
	page.click("#verify-number-submit")
	page.locator("#verify-not-found").wait_for(state="visible")
	assert not page.locator("#verify-result").is_visible()
	shot(page, artifacts, "guest-04-not-found")


def test_student_with_the_initial_password_sets_their_own_first(
	phone_page, base_url, admin_session, artifacts
):
	made = admin_session.post(
		f"{base_url}/api/method/onex_pilot.portal.testing.make_student_with_initial_password", timeout=120
	)
	assert made.status_code == 200, made.text
	student = made.json()["message"]
	page = phone_page
	page.goto(f"{base_url}/login")
	page.fill("#login_email", student["login"])
	page.fill("#login_password", student["password"])
	page.click(".btn-login")
	page.wait_for_url(re.compile(r".*/update-password$"))
	assert page.locator("#confirm_password").get_attribute("placeholder") == "确认密码"
	shot(page, artifacts, "student-00-set-own-password")

	# Frappe's page checks as the student types, and only then enables its button.
	page.locator("#old_password").press_sequentially(student["password"])
	page.locator("#new_password").press_sequentially("Own-Secret-8419!")
	page.locator("#confirm_password").press_sequentially("Own-Secret-8419!")
	page.click("#update")
	page.wait_for_url(re.compile(r".*/student(/[a-z]*)?/?$"))
	assert page.inner_text("h1") == "我的考核"
