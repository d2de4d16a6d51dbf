"""Registration and certificate numbering under concurrent requests, against the running
test server: many students registering for few seats at once, and two plans publishing
certificates of the same certificate, level and year at once."""

import re
import threading

import pytest
import requests

TIMEOUT = 600


def post(session, base_url, method, **data):
	return session.post(f"{base_url}/api/method/{method}", data=data, timeout=TIMEOUT)


def released_together(calls):
	"""Run the callables in threads released at the same moment; their results in order."""
	barrier = threading.Barrier(len(calls))
	results = [None] * len(calls)

	def run(i, call):
		barrier.wait()
		results[i] = call()

	threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
	for thread in threads:
		thread.start()
	for thread in threads:
		thread.join(TIMEOUT)
	return results


def same_login(session):
	clone = requests.Session()
	clone.cookies.update(session.cookies)
	clone.headers.update(session.headers)  # with its CSRF token
	return clone


def login(base_url, user, password):
	session = requests.Session()
	response = session.post(f"{base_url}/api/method/login", data={"usr": user, "pwd": password}, timeout=60)
	assert response.status_code == 200, response.text
	return session


@pytest.fixture
def registration_race(base_url, admin_session):
	"""An open plan of 30 seats and 50 students with logins; removed again afterwards."""
	setup = post(
		admin_session, base_url, "onex_pilot.tests.remote.registration_race", students=50, capacity=30
	)
	assert setup.status_code == 200, setup.text
	race = setup.json()["message"]
	yield race
	post(
		admin_session,
		base_url,
		"onex_pilot.tests.remote.end_registration_race",
		plan=race["plan"],
		school_class=race["school_class"],
	)


def test_fifty_students_for_thirty_seats(base_url, admin_session, registration_race):
	race = registration_race
	sessions = [login(base_url, user, race["password"]) for user in race["logins"]]
	register = (
		"onex_pilot.assessment.doctype.skill_assessment_registration.skill_assessment_registration.register"
	)

	responses = released_together(
		[lambda s=session: post(s, base_url, register, plan=race["plan"]) for session in sessions]
	)

	succeeded = [r for r in responses if r.status_code == 200]
	refused = [r for r in responses if r.status_code != 200]
	assert len(succeeded) == 30, [r.text[:200] for r in refused][:3]
	assert all("NoSeatsLeftError" in r.text for r in refused), [r.text[:300] for r in refused][:3]
	registered = admin_session.get(
		f"{base_url}/api/resource/Skill Assessment Registration",
		params={
			"filters": f'[["plan", "=", "{race["plan"]}"], ["status", "=", "Registered"]]',
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	assert len(registered) == 30


def test_two_plans_finalising_at_once_number_certificates_without_gaps(base_url, admin_session):
	setup = post(admin_session, base_url, "onex_pilot.tests.remote.certificate_race", passes_per_plan=3)
	assert setup.status_code == 200, setup.text
	race = setup.json()["message"]
	# The administrator's own session, on a connection pool per thread. A new login would end
	# the session the other tests share (Frappe limits a user's simultaneous sessions).
	sessions = [same_login(admin_session) for _plan in race["plans"]]

	responses = released_together(
		[
			lambda s=session, p=plan: post(
				s,
				base_url,
				"frappe.model.workflow.apply_workflow",
				doc=f'{{"doctype": "Skill Assessment Plan", "name": "{p}"}}',
				action="Finalise Results",
			)
			for session, plan in zip(sessions, race["plans"], strict=True)
		]
	)

	assert [r.status_code for r in responses] == [200, 200], [r.text[:300] for r in responses]
	certificates = admin_session.get(
		f"{base_url}/api/resource/Skill Certificate Record",
		params={
			"filters": f'[["skill_certificate", "=", "{race["skill_certificate"]}"]]',
			"fields": '["name", "plan"]',
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	numbers = sorted(int(re.search(r"(\d{6})$", c["name"]).group(1)) for c in certificates)
	assert numbers == list(range(1, 7))
	assert {c["plan"] for c in certificates} == set(race["plans"])
