"""Personal data (PIPL, issue 6) reaches nobody without a need, whichever way they ask.

A student's ID number, phone and poverty status live in Student Personal Data, readable in full
only by the Pilot Administrator, the Finance Officer and the student's current class teacher.
Every other role, and the class teacher of another class, must not get them through the REST
API, list filters (also `like` probes), counts, report view, reports, exports, version history,
attachments, private file URLs or global search. Each opening of a full record is access-logged.

The rows come from the permission matrix's scenario (onex_pilot.tests.matrix_scenario): student A
in the class teacher's class, student B in another class, each with personal data and a private
poverty evidence file."""

import json
from urllib.parse import quote

import pytest

PERSONAL_DATA = "Student Personal Data"
STUDENT = "Pilot Student"
REGISTRATION = "Skill Assessment Registration"
NO_NEED = (
	"Assessment Officer",
	"Committee Member",
	"Domain Lead",
	"Trainer",
	"Examiner",
	"Student",
	"Credit Bank Officer",
	"Guest",
)
# Who reads every student's whole record, ID number and phone included. The Finance Officer reads
# every record too, for poverty status and evidence (waivers), but not the ID number, date of
# birth or phone (permission level 1); the class teacher reads those of their current classes.
FULL_READERS = ("Pilot Administrator",)
POVERTY_READERS = ("Pilot Administrator", "Finance Officer")
FEE_FIELDS = ("fee", "payment_status", "fee_waiver", "waived_amount")
# Who reads a registration's fee and payment fields (issue 6): the Finance Officer, the Pilot
# Administrator, the student's current class teacher and the student.
FEE_READERS = ("Pilot Administrator", "Finance Officer", "Class Teacher", "Student")


def api(base_url, path):
	return f"{base_url}/api/{path}"


def resource(base_url, doctype, name=None):
	url = api(base_url, f"resource/{quote(doctype)}")
	return url if name is None else f"{url}/{quote(name, safe='')}"


def secrets(personal, *keys):
	"""The full values that must not appear in an answer: ID numbers and phones of `keys`."""
	return [personal[key][field] for key in keys for field in ("id_number", "phone")]


def assert_no_secret(response, values, what, any_status=False):
	"""No full value in the answer; and, unless `any_status`, no server error either."""
	if not any_status:
		assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
	for value in values:
		assert value not in response.text, f"{what}: the answer holds {value[:3]}…"


def sessions_of(role_sessions, roles):
	return [(role, role_sessions[role]) for role in roles if role in role_sessions]


@pytest.fixture(scope="module")
def personal(matrix_scenario):
	return matrix_scenario["personal"]


# --- /api/resource -----------------------------------------------------------------------------


def test_roles_without_need_get_no_personal_data_record(base_url, role_sessions, personal):
	for role, session in sessions_of(role_sessions, NO_NEED):
		for key in ("own", "other"):
			one = session.get(resource(base_url, PERSONAL_DATA, personal[key]["name"]), timeout=60)
			assert one.status_code == 403, f"{role} read {key}: {one.status_code}"
		listing = session.get(
			resource(base_url, PERSONAL_DATA), params={"fields": '["*"]', "limit_page_length": 0}, timeout=60
		)
		assert listing.status_code == 403, f"{role} listed: {listing.status_code}"
		assert_no_secret(listing, secrets(personal, "own", "other"), role)


def test_class_teacher_reads_only_their_own_classes_personal_data(base_url, role_sessions, personal):
	session = role_sessions["Class Teacher"]

	own = session.get(resource(base_url, PERSONAL_DATA, personal["own"]["name"]), timeout=60)
	other = session.get(resource(base_url, PERSONAL_DATA, personal["other"]["name"]), timeout=60)
	listing = session.get(
		resource(base_url, PERSONAL_DATA), params={"fields": '["*"]', "limit_page_length": 0}, timeout=60
	)

	assert own.status_code == 200 and own.json()["data"]["id_number"] == personal["own"]["id_number"]
	assert other.status_code == 403
	assert listing.status_code == 200
	assert personal["own"]["name"] in {row["name"] for row in listing.json()["data"]}
	assert_no_secret(listing, secrets(personal, "other"), "class teacher's list")


def test_full_readers_read_every_record(base_url, role_sessions, personal):
	for role, session in sessions_of(role_sessions, FULL_READERS):
		for key in ("own", "other"):
			response = session.get(resource(base_url, PERSONAL_DATA, personal[key]["name"]), timeout=60)
			assert response.status_code == 200, f"{role}: {response.status_code}"
			assert response.json()["data"]["id_number"] == personal[key]["id_number"]


def test_finance_officer_reads_poverty_status_and_evidence_without_id_or_phone(
	base_url, role_sessions, personal
):
	session = role_sessions["Finance Officer"]
	for key in ("own", "other"):
		response = session.get(resource(base_url, PERSONAL_DATA, personal[key]["name"]), timeout=60)
		assert response.status_code == 200, response.text[:300]
		data = response.json()["data"]
		assert data["is_registered_poor"] == 1 and data["poverty_evidence"] == personal[key]["evidence"]
		assert not data.get("id_number") and not data.get("phone") and not data.get("date_of_birth")
		assert_no_secret(response, secrets(personal, key), f"Finance Officer reads {key}")
	listing = session.get(
		resource(base_url, PERSONAL_DATA),
		params={
			"fields": json.dumps(["name", "id_number", "phone", "is_registered_poor"]),
			"limit_page_length": 0,
		},
		timeout=60,
	)
	assert listing.status_code in (200, 403), listing.status_code
	assert_no_secret(listing, secrets(personal, "own", "other"), "Finance Officer lists")
	probe = session.get(
		resource(base_url, PERSONAL_DATA),
		params={"filters": json.dumps([["id_number", "like", personal["other"]["id_number"][:6] + "%"]])},
		timeout=60,
	)
	assert probe.status_code == 403, f"an ID-number filter answers {probe.status_code}"


def test_student_records_show_only_masked_copies(base_url, role_sessions, matrix_scenario, personal):
	names = [personal["own"]["student"], personal["other"]["student"]]
	for role, session in role_sessions.items():
		listing = session.get(
			resource(base_url, STUDENT),
			params={
				"fields": '["*"]',
				"filters": json.dumps([["name", "in", names]]),
				"limit_page_length": 0,
			},
			timeout=60,
		)
		assert_no_secret(listing, secrets(personal, "own", "other"), f"{role} lists students")
		assert "is_registered_poor" not in listing.text
		for name in names:
			one = session.get(resource(base_url, STUDENT, name), timeout=60)
			assert_no_secret(one, secrets(personal, "own", "other"), f"{role} reads {name}")
			assert "is_registered_poor" not in one.text
		if listing.status_code == 200 and listing.json()["data"]:
			masked = listing.json()["data"][0]["id_number_masked"]
			assert masked.startswith("*") and masked.count("*") >= len(masked) - 4


@pytest.mark.parametrize(
	"fields",
	[
		["id_number", "phone", "is_registered_poor"],
		["`tabStudent Personal Data`.`id_number`"],
		["`tabStudent Personal Data`.`phone`", "`tabStudent Personal Data`.`is_registered_poor`"],
	],
)
def test_asking_students_for_personal_fields_reveals_nothing(base_url, role_sessions, personal, fields):
	for role, session in role_sessions.items():
		response = session.get(
			resource(base_url, STUDENT),
			params={"fields": json.dumps(fields), "limit_page_length": 0},
			timeout=60,
		)
		# Frappe answers a field of a table that is not a child table with a 500 (unknown column):
		# an error, but no data.
		assert_no_secret(
			response, secrets(personal, "own", "other"), f"{role} asks for {fields}", any_status=True
		)


# --- filters, counts, like probes --------------------------------------------------------------


# Whitelisted methods that answer for a filter: each must answer the same for a right and a wrong guess.
ORACLE_METHODS = (
	("frappe.client.get_count", {}),
	("frappe.client.get_list", {"fields": '["name"]'}),
	("frappe.client.get_value", {"fieldname": "name"}),
	("frappe.desk.reportview.get_count", {}),
)


def count(session, base_url, doctype, filters):
	response = session.get(
		api(base_url, "method/frappe.client.get_count"),
		params={"doctype": doctype, "filters": json.dumps(filters)},
		timeout=60,
	)
	return response.status_code, response.json().get("message") if response.status_code == 200 else None


def test_personal_field_filters_are_no_oracle(base_url, role_sessions, personal):
	"""A count or list filtered on a personal field answers the same whether the guess is right or wrong."""
	other = personal["other"]
	# Long enough that student A's number (same region and birth date) does not share it.
	right, wrong = other["id_number"][:16], "0" * 16
	phone_right, phone_wrong = other["phone"], "10000000000"
	cases = [
		(PERSONAL_DATA, [["id_number", "like", f"{right}%"]], [["id_number", "like", f"{wrong}%"]]),
		(
			PERSONAL_DATA,
			[["phone", "like", f"%{phone_right[3:]}%"]],
			[["phone", "like", f"%{phone_wrong[3:]}%"]],
		),
		(
			PERSONAL_DATA,
			[["is_registered_poor", "=", 1], ["student", "=", other["student"]]],
			[["is_registered_poor", "=", 0], ["student", "=", other["student"]]],
		),
		(
			STUDENT,
			[[PERSONAL_DATA, "id_number", "like", f"{right}%"]],
			[[PERSONAL_DATA, "id_number", "like", f"{wrong}%"]],
		),
		(
			STUDENT,
			[[PERSONAL_DATA, "is_registered_poor", "=", 1], ["name", "=", other["student"]]],
			[[PERSONAL_DATA, "is_registered_poor", "=", 0], ["name", "=", other["student"]]],
		),
		(STUDENT, [["id_number_masked", "like", f"{right}%"]], [["id_number_masked", "like", f"{wrong}%"]]),
	]
	for role, session in role_sessions.items():
		if role in FULL_READERS:
			continue
		for doctype, hit, miss in cases:
			if role in POVERTY_READERS and "is_registered_poor" in json.dumps(hit):
				continue  # theirs to read
			for method, extra in ORACLE_METHODS:
				answers = []
				for filters in (hit, miss):
					response = session.get(
						api(base_url, f"method/{method}"),
						params={"doctype": doctype, "filters": json.dumps(filters), **extra},
						timeout=60,
					)
					answers.append((response.status_code, response.json().get("message")))
				assert answers[0] == answers[1], (
					f"{role}: {method} on {doctype} tells {hit} from {miss}: {answers}"
				)


def test_masked_copies_cannot_be_probed_for_the_full_number(base_url, role_sessions, personal):
	session = role_sessions["Trainer"]
	for key in ("own", "other"):
		status, found = count(
			session, base_url, STUDENT, [["id_number_masked", "like", personal[key]["id_number"][:6] + "%"]]
		)
		assert (status, found) == (200, 0)


# --- report view, reports and exports ----------------------------------------------------------


def test_report_view_refuses_personal_fields(base_url, role_sessions, personal):
	for role, session in sessions_of(role_sessions, NO_NEED):
		response = session.post(
			api(base_url, "method/frappe.desk.reportview.get"),
			data={
				"doctype": PERSONAL_DATA,
				"fields": json.dumps(["name", "id_number", "phone", "is_registered_poor"]),
			},
			timeout=60,
		)
		assert response.status_code == 403, f"{role}: {response.status_code}"
		assert_no_secret(response, secrets(personal, "own", "other"), role)


def report_names(admin_session, base_url):
	modules = admin_session.get(
		resource(base_url, "Module Def"),
		params={
			"filters": json.dumps([["app_name", "like", "onex_%"]]),
			"fields": '["name"]',
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	reports = admin_session.get(
		resource(base_url, "Report"),
		params={
			"filters": json.dumps([["module", "in", [m["name"] for m in modules]]]),
			"fields": '["name"]',
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	return [r["name"] for r in reports]


def test_no_report_shows_personal_data(base_url, admin_session, role_sessions, personal):
	names = report_names(admin_session, base_url)
	assert names, "no report of our apps is installed"
	for report in names:
		for role, session in role_sessions.items():
			if role in FULL_READERS:
				continue
			response = session.post(
				api(base_url, "method/frappe.desk.query_report.run"),
				data={"report_name": report, "filters": "{}"},
				timeout=120,
			)
			assert_no_secret(response, secrets(personal, "own", "other"), f"{role} runs {report}")


@pytest.mark.parametrize("doctype", [PERSONAL_DATA, STUDENT])
def test_exports_reveal_no_personal_data(base_url, role_sessions, personal, doctype):
	for role, session in role_sessions.items():
		if role in FULL_READERS:
			continue
		if doctype == PERSONAL_DATA and role == "Class Teacher":
			hidden = secrets(personal, "other")
		else:
			hidden = secrets(personal, "own", "other")
		exports = [
			(
				"frappe.core.doctype.data_export.exporter.export_data",
				{"doctype": doctype, "with_data": 1, "all_doctypes": 1, "file_type": "CSV"},
			),
			(
				"frappe.desk.reportview.export_query",
				{"doctype": doctype, "fields": json.dumps(["*"]), "file_format_type": "CSV"},
			),
			(
				"frappe.core.doctype.data_import.data_import.download_template",
				{
					"doctype": doctype,
					"export_records": "all",
					"file_type": "CSV",
					"export_fields": json.dumps({doctype: ["name"]}),
				},
			),
		]
		for method, data in exports:
			response = session.post(api(base_url, f"method/{method}"), data=data, timeout=120)
			assert_no_secret(response, hidden, f"{role} exports {doctype} with {method}")


# --- version history, attachments, private files, search ---------------------------------------


def test_version_history_keeps_no_personal_data(base_url, admin_session, role_sessions, personal):
	own = personal["own"]
	new_phone = "13" + own["phone"][2:][::-1]
	changed = role_sessions["Pilot Administrator"].put(
		resource(base_url, PERSONAL_DATA, own["name"]), json={"phone": new_phone}, timeout=60
	)
	assert changed.status_code == 200, changed.text[:300]
	try:
		filters = json.dumps([["ref_doctype", "in", [PERSONAL_DATA, STUDENT]]])
		for role, session in [("Administrator", admin_session), *role_sessions.items()]:
			versions = session.get(
				resource(base_url, "Version"),
				params={"filters": filters, "fields": '["name", "data"]', "limit_page_length": 0},
				timeout=60,
			)
			assert_no_secret(versions, [*secrets(personal, "own", "other"), new_phone], f"{role} versions")
			docinfo = session.get(
				api(base_url, "method/frappe.desk.form.load.get_docinfo"),
				params={"doctype": STUDENT, "name": own["student"]},
				timeout=60,
			)
			assert_no_secret(docinfo, [*secrets(personal, "own", "other"), new_phone], f"{role} docinfo")
	finally:
		restored = role_sessions["Pilot Administrator"].put(
			resource(base_url, PERSONAL_DATA, own["name"]), json={"phone": own["phone"]}, timeout=60
		)
		assert restored.status_code == 200


def test_evidence_is_no_attachment_for_roles_without_need(base_url, role_sessions, personal):
	for role, session in role_sessions.items():
		for key in ("own", "other"):
			allowed = role in POVERTY_READERS or (role == "Class Teacher" and key == "own")
			evidence = personal[key]
			files = session.get(
				resource(base_url, "File"),
				params={
					"filters": json.dumps([["attached_to_doctype", "=", PERSONAL_DATA]]),
					"fields": '["name", "file_url"]',
					"limit_page_length": 0,
				},
				timeout=60,
			)
			if not allowed:
				assert evidence["evidence_file"] not in files.text, f"{role} lists {key} evidence"
				assert evidence["evidence"] not in files.text, f"{role} lists {key} evidence"
			docinfo = session.get(
				api(base_url, "method/frappe.desk.form.load.get_docinfo"),
				params={"doctype": PERSONAL_DATA, "name": evidence["name"]},
				timeout=60,
			)
			assert (evidence["evidence"] in docinfo.text) == allowed, f"{role} docinfo of {key}"
			download = session.get(f"{base_url}{evidence['evidence']}", timeout=60)
			assert (download.status_code == 200) == allowed, f"{role} downloads {key}: {download.status_code}"
			if not allowed:
				assert_no_secret(download, [evidence["id_number"]], f"{role} downloads {key}")


def test_global_search_finds_no_personal_data(base_url, role_sessions, personal):
	for role, session in role_sessions.items():
		for key in ("own", "other"):
			for text in (personal[key]["id_number"], personal[key]["phone"], personal[key]["id_number"][:10]):
				found = session.post(
					api(base_url, "method/frappe.utils.global_search.search"), data={"text": text}, timeout=60
				)
				assert_no_secret(found, secrets(personal, "own", "other"), f"{role} searches")
				assert PERSONAL_DATA not in found.text
				link = session.post(
					api(base_url, "method/frappe.desk.search.search_link"),
					data={"doctype": STUDENT, "txt": text},
					timeout=60,
				)
				assert link.status_code >= 400 or link.json().get("message") == [], (
					f"{role} search_link finds {text[:3]}…"
				)


def test_link_search_on_personal_data_refused_without_need(base_url, role_sessions, personal):
	for role, session in sessions_of(role_sessions, NO_NEED):
		response = session.post(
			api(base_url, "method/frappe.desk.search.search_link"),
			data={"doctype": PERSONAL_DATA, "txt": personal["other"]["id_number"][:6]},
			timeout=60,
		)
		assert response.status_code >= 400 or not response.json().get("message"), role
		assert_no_secret(response, secrets(personal, "own", "other"), role)


# --- Access Log --------------------------------------------------------------------------------


def access_logs(admin_session, base_url, user, name):
	return admin_session.get(
		resource(base_url, "Access Log"),
		params={
			"filters": json.dumps([["user", "=", user], ["reference_document", "=", name]]),
			"fields": json.dumps(["name", "user", "export_from", "reference_document", "creation"]),
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]


@pytest.mark.parametrize("role", ["Pilot Administrator", "Class Teacher"])
def test_each_opening_of_a_full_id_number_is_access_logged(
	base_url, admin_session, matrix_scenario, role_sessions, personal, role
):
	user = matrix_scenario["users"][role]
	name = personal["own"]["name"]
	before = len(access_logs(admin_session, base_url, user, name))

	session = role_sessions[role]
	assert session.get(resource(base_url, PERSONAL_DATA, name), timeout=60).status_code == 200
	assert (
		session.get(
			api(base_url, "method/frappe.desk.form.load.getdoc"),
			params={"doctype": PERSONAL_DATA, "name": name},
			timeout=60,
		).status_code
		== 200
	)

	logs = access_logs(admin_session, base_url, user, name)
	assert len(logs) == before + 2
	assert all(log["export_from"] == PERSONAL_DATA and log["creation"] for log in logs)


def list_logs(admin_session, base_url, user):
	return admin_session.get(
		resource(base_url, "Access Log"),
		params={
			"filters": json.dumps(
				[["user", "=", user], ["export_from", "=", PERSONAL_DATA], ["method", "=", "List"]]
			),
			"fields": json.dumps(["name"]),
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]


@pytest.mark.parametrize("role", ["Pilot Administrator", "Class Teacher"])
def test_each_list_of_full_id_numbers_is_access_logged(
	base_url, admin_session, matrix_scenario, role_sessions, personal, role
):
	user = matrix_scenario["users"][role]
	own = personal["own"]
	session = role_sessions[role]
	before = len(list_logs(admin_session, base_url, user))

	names_only = session.get(
		resource(base_url, PERSONAL_DATA), params={"fields": json.dumps(["name"])}, timeout=60
	)
	listing = session.get(
		resource(base_url, PERSONAL_DATA),
		params={
			"fields": json.dumps(["name", "id_number"]),
			"filters": json.dumps([["name", "=", own["name"]]]),
		},
		timeout=60,
	)
	value = session.get(
		api(base_url, "method/frappe.client.get_value"),
		params={"doctype": PERSONAL_DATA, "fieldname": "phone", "filters": json.dumps({"name": own["name"]})},
		timeout=60,
	)

	assert names_only.status_code == 200, names_only.text[:300]
	assert listing.json()["data"] == [{"name": own["name"], "id_number": own["id_number"]}]
	assert value.json()["message"]["phone"] == own["phone"]
	assert len(list_logs(admin_session, base_url, user)) == before + 2


def test_refused_reads_open_nothing_and_log_no_access(
	base_url, admin_session, matrix_scenario, role_sessions, personal
):
	name = personal["other"]["name"]
	user = matrix_scenario["users"]["Class Teacher"]
	response = role_sessions["Class Teacher"].get(resource(base_url, PERSONAL_DATA, name), timeout=60)
	assert response.status_code == 403
	assert access_logs(admin_session, base_url, user, name) == []


def test_access_log_is_not_listed_to_roles_without_need(base_url, role_sessions, personal):
	for role, session in role_sessions.items():
		if role == "Pilot Administrator":
			continue
		response = session.get(
			resource(base_url, "Access Log"), params={"fields": '["*"]', "limit_page_length": 0}, timeout=60
		)
		assert response.status_code == 403 or response.json()["data"] == [], f"{role} lists Access Logs"


# --- fee and payment fields of registrations ---------------------------------------------------


def test_fee_fields_reach_only_their_readers(base_url, admin_session, matrix_scenario, role_sessions):
	registration = matrix_scenario["targets"][REGISTRATION]["own"]
	stored = admin_session.get(resource(base_url, REGISTRATION, registration), timeout=60).json()["data"]
	truth = {f: stored.get(f) for f in FEE_FIELDS}
	assert truth["payment_status"] == "Waived" and truth["waived_amount"], truth
	for role, session in role_sessions.items():
		one = session.get(resource(base_url, REGISTRATION, registration), timeout=60)
		if one.status_code != 200:
			continue
		data = one.json()["data"]
		if role in FEE_READERS:
			assert {f: data.get(f) for f in FEE_FIELDS} == truth, role
		else:
			# Frappe leaves a hidden number as 0: the waived amount (not 0) must not show.
			shown = {f: data.get(f) for f in FEE_FIELDS if data.get(f) not in (None, 0)}
			assert shown == {}, f"{role} reads {shown}"
			listing = session.get(
				resource(base_url, REGISTRATION),
				params={
					"fields": json.dumps(["name", *FEE_FIELDS]),
					"filters": json.dumps([["name", "=", registration]]),
				},
				timeout=60,
			)
			rows = listing.json().get("data", []) if listing.status_code == 200 else []
			assert all(row.get(f) is None for row in rows for f in FEE_FIELDS), f"{role} lists {rows}"


def test_fee_fields_are_no_filter_oracle(base_url, matrix_scenario, role_sessions):
	"""The own registration is Waived: a reader without the fee fields cannot learn it by filtering."""
	registration = matrix_scenario["targets"][REGISTRATION]["own"]
	for role, session in role_sessions.items():
		if role in FEE_READERS:
			continue
		answers = [
			count(
				session,
				base_url,
				REGISTRATION,
				[["name", "=", registration], ["payment_status", "=", status]],
			)
			for status in ("Waived", "Paid")
		]
		assert answers[0] == answers[1], f"{role}: payment_status filter tells Waived from Paid: {answers}"


def test_fee_readers_still_filter_and_sort_by_fee_fields(base_url, matrix_scenario, role_sessions):
	registration = matrix_scenario["targets"][REGISTRATION]["own"]
	for role in FEE_READERS:
		session = role_sessions[role]
		answers = [
			count(
				session,
				base_url,
				REGISTRATION,
				[["name", "=", registration], ["payment_status", "=", status]],
			)
			for status in ("Waived", "Paid")
		]
		assert answers == [(200, 1), (200, 0)], f"{role}: {answers}"


def test_fee_fields_are_no_sort_or_group_oracle(base_url, matrix_scenario, role_sessions):
	"""Sorting or grouping by a hidden fee field is refused, not quietly applied."""
	for role, session in role_sessions.items():
		if role in FEE_READERS:
			continue
		sorted_list = session.get(
			resource(base_url, REGISTRATION),
			params={"fields": json.dumps(["name"]), "order_by": "waived_amount desc"},
			timeout=60,
		)
		grouped = session.get(
			api(base_url, "method/frappe.desk.listview.get_group_by_count"),
			params={"doctype": REGISTRATION, "current_filters": "[]", "field": "payment_status"},
			timeout=60,
		)
		for answer in (sorted_list, grouped):
			if answer.status_code == 200:
				# A role that may not list registrations at all gets nothing either way.
				assert not answer.json().get("data") and not answer.json().get("message"), (
					f"{role}: {answer.request.url} answered {answer.text[:300]}"
				)
			else:
				assert answer.status_code == 403, f"{role}: {answer.status_code} {answer.text[:300]}"
