"""Every assessment rule holds through the REST API: a refused request answers 417 with the rule's
own error, and saves nothing. The records come from one set-up (onex_pilot.tests.remote)."""

import json
from datetime import date, timedelta

import pytest

REGISTRATION = "Skill Assessment Registration"
PLAN = "Skill Assessment Plan"


@pytest.fixture(scope="module")
def cases(base_url, admin_session):
	response = admin_session.post(
		f"{base_url}/api/method/onex_pilot.tests.remote.assessment_rule_cases", timeout=600
	)
	assert response.status_code == 200, response.text[:2000]
	return response.json()["message"]


def resource(base_url, doctype, name=None):
	return f"{base_url}/api/resource/{doctype}" + (f"/{name}" if name else "")


def assert_refused(response, error):
	assert response.status_code == 417, f"{response.status_code}: {response.text[:500]}"
	assert response.json().get("exc_type") == error, response.text[:500]


def count(session, base_url, doctype, filters) -> int:
	response = session.get(
		f"{base_url}/api/method/frappe.client.get_count",
		params={"doctype": doctype, "filters": json.dumps(filters)},
		timeout=60,
	)
	assert response.status_code == 200, response.text[:500]
	return response.json()["message"]


def field(session, base_url, doctype, name, fieldname):
	response = session.get(resource(base_url, doctype, name), timeout=60)
	assert response.status_code == 200, response.text[:500]
	return response.json()["data"][fieldname]


# --- students' personal data ---------------------------------------------------------------


def post_personal_data(session, base_url, cases, **changes):
	record = {
		"student": cases["student"],
		"date_of_birth": cases["date_of_birth"],
		"id_type": "Resident ID Card",
		"id_number": cases["valid_id"],
		**changes,
	}
	return session.post(resource(base_url, "Student Personal Data"), json=record, timeout=60)


def test_a_resident_id_with_a_wrong_check_digit_is_refused(base_url, admin_session, cases):
	valid = cases["valid_id"]
	wrong_digit = "0" if valid[-1] == "X" else str((int(valid[-1]) + 1) % 10)

	response = post_personal_data(admin_session, base_url, cases, id_number=valid[:-1] + wrong_digit)

	assert_refused(response, "InvalidIDNumberError")
	assert count(admin_session, base_url, "Student Personal Data", {"student": cases["student"]}) == 0


def test_a_resident_id_disagreeing_with_the_birth_date_is_refused(base_url, admin_session, cases):
	day_before = date.fromisoformat(cases["date_of_birth"]) - timedelta(days=1)

	response = post_personal_data(admin_session, base_url, cases, date_of_birth=str(day_before))

	assert_refused(response, "IDBirthDateMismatchError")
	assert count(admin_session, base_url, "Student Personal Data", {"student": cases["student"]}) == 0


# --- registration ----------------------------------------------------------------------------


@pytest.mark.parametrize(
	("plan", "student", "error", "registrations"),
	[
		("not_yet_open_plan", "student", "RegistrationClosedError", 0),
		("full_plan", "student", "NoSeatsLeftError", 1),
		("half_full_plan", "registered_student", "DuplicateRegistrationError", 1),
	],
)
def test_a_registration_the_rules_forbid_is_refused(
	base_url, admin_session, cases, plan, student, error, registrations
):
	response = admin_session.post(
		resource(base_url, REGISTRATION),
		json={"plan": cases[plan], "student": cases[student]},
		timeout=60,
	)

	assert_refused(response, error)
	assert count(admin_session, base_url, REGISTRATION, {"plan": cases[plan]}) == registrations


# --- results ---------------------------------------------------------------------------------


@pytest.mark.parametrize("score", [101, -1, 59.123])
def test_a_score_outside_0_to_100_or_with_three_decimals_is_refused(base_url, admin_session, cases, score):
	rows = [{"registration": cases["held_registration"], "theory_score": score, "practical_score": 60}]

	response = admin_session.post(
		f"{base_url}/api/method/onex_pilot.assessment.results.enter_results",
		data={"plan": cases["held_plan"], "rows": json.dumps(rows)},
		timeout=60,
	)

	assert_refused(response, "InvalidScoreError")
	assert count(admin_session, base_url, "Skill Assessment Result", {"plan": cases["held_plan"]}) == 0


# --- plans -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
	("plan", "state", "error", "kept"),
	[
		("few_examiners_plan", "Open for Registration", "TooFewExaminersError", "Pending Approval"),
		("double_booked_plan", "Open for Registration", "RoomDoubleBookedError", "Pending Approval"),
		("objected_plan", "Results Final", "OpenObjectionError", "Results in Publicity"),
		("publicity_plan", "Results Final", "PublicityNotOverError", "Results in Publicity"),
	],
)
def test_a_move_the_rules_forbid_is_refused(base_url, admin_session, cases, plan, state, error, kept):
	response = admin_session.put(
		resource(base_url, PLAN, cases[plan]), json={"workflow_state": state}, timeout=60
	)

	assert_refused(response, error)
	assert field(admin_session, base_url, PLAN, cases[plan], "workflow_state") == kept
	assert count(admin_session, base_url, "Skill Certificate Record", {"plan": cases[plan]}) == 0


def test_a_change_the_plans_state_forbids_is_refused(base_url, admin_session, cases):
	response = admin_session.put(
		resource(base_url, PLAN, cases["full_plan"]), json={"capacity": 5}, timeout=60
	)

	assert_refused(response, "PlanEditNotAllowedError")
	assert field(admin_session, base_url, PLAN, cases["full_plan"], "capacity") == 1


@pytest.mark.parametrize("time", ["25:99", "abc"])
def test_a_time_that_is_no_time_of_day_is_refused_not_a_server_error(base_url, admin_session, cases, time):
	plan = cases["full_plan"]
	before = field(admin_session, base_url, PLAN, plan, "start_time")

	response = admin_session.put(resource(base_url, PLAN, plan), json={"start_time": time}, timeout=60)

	assert_refused(response, "InvalidExamTimeError")
	assert field(admin_session, base_url, PLAN, plan, "start_time") == before


def test_an_edit_cannot_shorten_the_publicity_window(base_url, admin_session, cases):
	plan = cases["publicity_plan"]
	ends = field(admin_session, base_url, PLAN, plan, "publicity_ends_on")
	yesterday = str(date.today() - timedelta(days=1))

	backdated = admin_session.put(
		resource(base_url, PLAN, plan), json={"publicity_ends_on": yesterday}, timeout=60
	)
	assert backdated.status_code == 200, backdated.text[:500]
	assert field(admin_session, base_url, PLAN, plan, "publicity_ends_on") == ends

	both = admin_session.put(
		resource(base_url, PLAN, plan),
		json={"publicity_ends_on": yesterday, "workflow_state": "Results Final"},
		timeout=60,
	)
	assert_refused(both, "PublicityNotOverError")
	assert field(admin_session, base_url, PLAN, plan, "workflow_state") == "Results in Publicity"


# --- fee waivers ---------------------------------------------------------------------------


def test_a_waiver_rejected_without_a_reason_is_refused(base_url, admin_session, cases):
	waiver = cases["waiver"]

	response = admin_session.put(
		resource(base_url, "Fee Waiver", waiver), json={"workflow_state": "Rejected"}, timeout=60
	)

	assert_refused(response, "RejectionReasonMissingError")
	assert field(admin_session, base_url, "Fee Waiver", waiver, "workflow_state") == "Class Teacher Approved"
