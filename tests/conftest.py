"""Shared fixtures of the top-level tests: the test site's web server, started by
`./onex test` (scripts/run_tests.py), and sessions on it."""

import os
import re
import subprocess
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def base_url():
	url = os.environ.get("ONEX_BASE_URL")
	if not url:
		pytest.fail("ONEX_BASE_URL is not set: run the tests with ./onex test")
	return url.rstrip("/")


@pytest.fixture(scope="session")
def admin_session(base_url):
	session = requests.Session()
	response = session.post(
		f"{base_url}/api/method/login",
		data={"usr": "Administrator", "pwd": os.environ["ONEX_ADMIN_PASSWORD"]},
		timeout=30,
	)
	assert response.status_code == 200, response.text
	# Like the Desk in a browser: once any Desk page has been opened, Frappe checks every POST
	# of this session against its CSRF token, so take the token now and send it always.
	desk = session.get(f"{base_url}/app", timeout=60)
	token = re.search(r'frappe\.csrf_token = "([^"]+)"', desk.text)
	assert token, "the Desk page carries no CSRF token"
	session.headers["X-Frappe-CSRF-Token"] = token.group(1)
	return session


@pytest.fixture(scope="session")
def repo_files():
	"""The files git tracks in this repository."""
	out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
	return out.stdout.splitlines()


# --- Portal (issue 7): browser tests, the portal's test data, rate-limit resets -----------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
]


def pytest_configure(config):
	config.addinivalue_line(
		"markers", "browser: drives Debian's chromium through Playwright (skip with --no-browser)"
	)


@pytest.fixture(scope="session")
def artifacts():
	"""Where screenshots and downloaded PDFs are kept: $ONEX_ARTIFACTS, set by ./onex test."""
	path = Path(os.environ.get("ONEX_ARTIFACTS") or ROOT / "logs" / "test-results" / "artifacts")
	path.mkdir(parents=True, exist_ok=True)
	return path


@pytest.fixture
def reset_rate_limits(base_url, admin_session):
	"""Give the test a full rate-limit allowance (every test client shares 127.0.0.1)."""

	def reset():
		response = admin_session.post(
			f"{base_url}/api/method/onex_pilot.portal.testing.reset_rate_limits", timeout=30
		)
		assert response.status_code == 200, response.text

	reset()
	yield reset
	reset()


@pytest.fixture(scope="session")
def portal_scenario(base_url, admin_session):
	"""A student with a fee waiver, an open plan, a plan in publicity and issued certificates."""
	response = admin_session.post(
		f"{base_url}/api/method/onex_pilot.portal.testing.make_portal_scenario", timeout=300
	)
	assert response.status_code == 200, response.text
	return response.json()["message"]


@pytest.fixture
def logged_in_student(base_url, portal_scenario):
	"""A student's session that holds a CSRF token, as after opening a portal page."""
	session = requests.Session()
	response = session.post(
		f"{base_url}/api/method/login",
		data={"usr": portal_scenario["student_number"], "pwd": portal_scenario["password"]},
		timeout=30,
	)
	assert response.status_code == 200
	page = session.get(f"{base_url}/student/assessments", timeout=60)
	assert page.status_code == 200
	token = page.text.split('frappe.csrf_token = "', 1)[1].split('"', 1)[0]
	assert token and token != "None"
	return session, token


@pytest.fixture(scope="session")
def chromium():
	from playwright.sync_api import sync_playwright

	if not os.path.exists(CHROMIUM):
		pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (./onex setup does, as root)")
	with sync_playwright() as playwright:
		browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
		yield browser
		browser.close()


@pytest.fixture
def phone_page(chromium):
	"""A page as a Chinese student's or employer's phone shows it."""
	context = chromium.new_context(
		locale="zh-CN", viewport={"width": 390, "height": 844}, is_mobile=True, accept_downloads=True
	)
	page = context.new_page()
	page.set_default_timeout(30_000)
	yield page
	context.close()


# --- Permissions (issue 6): the matrix scenario and one logged-in session per role -------------
@pytest.fixture(scope="session")
def matrix_scenario(base_url, admin_session):
	"""Two worlds (own and other) of every DocType, and a login per role; made once per session."""
	response = admin_session.post(
		f"{base_url}/api/method/onex_pilot.tests.matrix_scenario.make_matrix_scenario", timeout=600
	)
	assert response.status_code == 200, response.text[:2000]
	return response.json()["message"]


@pytest.fixture(scope="session")
def role_sessions(base_url, matrix_scenario):
	"""{role: a requests.Session logged in as that role's user}; Guest is a session without login."""
	sessions = {"Guest": requests.Session()}
	for role, user in matrix_scenario["users"].items():
		if role.endswith("login"):
			continue
		session = requests.Session()
		if role == "Student":
			login, password = matrix_scenario["users"]["Student login"], matrix_scenario["student_password"]
		else:
			login, password = user, matrix_scenario["password"]
		response = session.post(
			f"{base_url}/api/method/login", data={"usr": login, "pwd": password}, timeout=60
		)
		assert response.status_code == 200, f"{role} ({login}) cannot log in: {response.text[:300]}"
		sessions[role] = session
	return sessions
