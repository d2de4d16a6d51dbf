"""Who may do what to which row, proven over the REST API (issue 6).

Every cell of MATRIX below is one question: may this role do this action to its own row of
this DocType, or to another's row? The answer comes from the REST API of the running test
server, as each role's user (logged in with a password; Guest is not logged in), on the rows
that `onex_pilot.tests.matrix_scenario.make_matrix_scenario` makes: an "own" world (the
role's class, domain, plan, committee, student…) and an "other" world that belongs to
someone else. Listing (`GET /api/resource/<DocType>`) must show the own row when it may be
read, and never the other row when it may not.

A DocType of our apps without a line in MATRIX fails `test_matrix_covers_every_doctype`.
"""

import json
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
import requests

# Legend
#   columns   one per role: PA Pilot Administrator, AO Assessment Officer, CM Committee Member,
#             DL Domain Lead, TR Trainer, EX Examiner, FO Finance Officer, CT Class Teacher,
#             ST Student, CBO Credit Bank Officer (credit bank addon), Guest (not logged in)
#   a cell    "own/other", or one value for both; "-" allows nothing
#   letters   r read one   c create   w write   s submit   d delete
#             lower case: the permission check passes (2xx, or a rule's 409/417 after it)
#             upper case: the permission check passes and a server rule refuses (409/417)
#             missing:    refused by permission (403)
#   own       the row of the role's own world: its class (CT), domain (DL), plan (EX), committee
#             (CM), trainer record (TR, EX), student record (ST); for DocTypes without an owner,
#             simply the first of two rows
#   rows      Singles have read and write only (no own/other); "(published)" is the result of a
#             plan in publicity, the plain result row a draft of a Held plan. Child tables are
#             covered by their parent. Create sends a copy of the own or other row (without its
#             name and state); write sends no change; submit sets docstatus 1; an allowed delete
#             stops at the scenario's anchor link (417), after the permission check.
MATRIX = """
DocType                             | PA   | AO   | CM    | DL    | TR  | EX    | FO  | CT    | ST    | CBO  | Guest
Major                               | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
School Term                         | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
School Class                        | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
Partner Organisation                | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
Skill Certificate                   | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
Pilot Domain                        | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
Pilot Committee                     | rcwd | r    | r     | r     | -   | -     | r   | -     | -     | -    | -
Committee Meeting                   | rcwd | -    | rcw/r | -     | -   | -     | -   | -     | -     | -    | -
Pilot Milestone                     | rcwd | r    | r     | r     | -   | -     | -   | -     | -     | -    | -
Training Base                       | rcwd | r    | r     | r     | r   | -     | -   | -     | -     | -    | -
Pilot Subsidy                       | rcwd | -    | r     | r     | -   | -     | rcw | -     | -     | -    | -
Policy Notice                       | rcwd | r    | r     | r     | r   | r     | r   | r     | -     | -    | -
Publicity Activity                  | rcwd | -    | r     | r     | -   | -     | -   | rcw/r | -     | -    | -
Trainer                             | rcwd | r    | r     | r     | r/- | r/-   | -   | -     | -     | -    | -
Teaching Assignment                 | rcwd | r    | r     | r     | r/- | -     | -   | -     | -     | -    | -
Trainer Training Session            | rcwd | r    | r     | r     | r/- | -     | -   | -     | -     | -    | -
Expert Pool                         | rcwd | r    | r     | r     | -   | -     | -   | -     | -     | -    | -
Pilot Settings                      | rw   | r    | -     | r     | -   | r     | r   | r     | -     | -    | -
Pilot Student                       | rcwd | r    | r     | r     | r   | r     | r   | r/-   | r/-   | -    | -
Student Personal Data               | rcwd | -    | -     | -     | -   | -     | rw  | rcw/- | -     | -    | -
Exam Site                           | rcwd | rcw  | r     | r     | r   | r     | r   | r     | r     | -    | -
Exam Room                           | rcwd | rcw  | r     | r     | r   | r     | r   | r     | r     | -    | -
Fee Waiver Basis                    | rcwd | -    | -     | -     | -   | -     | rcw | r     | r     | -    | -
Skill Assessment Plan               | rcwd | rcw  | r     | rcw/- | r   | r/-   | r   | r     | r/-   | -    | -
Skill Assessment Registration       | rcwd | rcw  | -     | rcw/- | -   | r/-   | rw  | r/-   | rcw/- | -    | -
Fee Waiver                          | rcw  | -    | -     | -     | -   | -     | rcw | rcw/- | rcw/- | -    | -
Skill Assessment Result             | r    | rcws | -     | r/-   | -   | rcw/- | -   | -     | -     | -    | -
Skill Assessment Result (published) | r    | rcws | -     | r/-   | -   | r/-   | -   | -     | r/-   | -    | -
Result Objection                    | rw   | rw   | -     | r/-   | -   | -     | -   | -     | rc/C  | -    | -
Skill Certificate Record            | r    | rcws | r     | r/-   | -   | -     | -   | -     | r/-   | -    | -
Pilot Portal Settings               | rw   | -    | -     | -     | -   | -     | -   | -     | -     | -    | -
Supervision Feedback                | rw   | -    | r     | -     | -   | -     | -   | -     | -     | -    | -
School Course                       | rcwd | -    | r     | r     | -   | -     | -   | r     | -     | rcwd | -
Course Certificate Mapping          | rcwd | -    | r     | r     | -   | -     | -   | r     | -     | rcwd | -
Course Result                       | rcws | -    | -     | -     | -   | -     | -   | r/-   | -     | rcws | -
Other Learning                      | rcws | -    | -     | -     | -   | -     | -   | r/-   | -     | rcws | -
Credit Record                       | rcws | -    | -     | -     | -   | -     | -   | r/-   | r/-   | rcws | -
"""

ROLES = {
	"PA": "Pilot Administrator",
	"AO": "Assessment Officer",
	"CM": "Committee Member",
	"DL": "Domain Lead",
	"TR": "Trainer",
	"EX": "Examiner",
	"FO": "Finance Officer",
	"CT": "Class Teacher",
	"ST": "Student",
	"CBO": "Credit Bank Officer",
	"Guest": "Guest",
}
ACTIONS = {"r": "read", "c": "create", "w": "write", "s": "submit", "d": "delete"}
SCOPES = ("own", "other")
# The order the cells run in: nothing that changes a row runs before everything that only looks.
PHASES = ("read", "list", "create", "write", "submit", "delete")
SINGLES = {"Pilot Settings", "Pilot Portal Settings"}
SUBMITTABLE = {
	"Skill Assessment Result",
	"Skill Certificate Record",
	"Course Result",
	"Other Learning",
	"Credit Record",
}
PERMITTED = {200, 201, 202, 409, 417}
# Threads for the cells that only look (read, list).
PARALLEL = 4
REFUSED_BY_RULE = {409, 417}
# Row fields a copy for `create` leaves out: the server names, stamps and moves the new row itself.
NOT_COPIED = {
	"name",
	"owner",
	"creation",
	"modified",
	"modified_by",
	"docstatus",
	"idx",
	"amended_from",
	"workflow_state",
	"_user_tags",
	"_comments",
	"_assign",
	"_liked_by",
	"_seen",
	"doctype",
	"parent",
	"parentfield",
	"parenttype",
}


def doctype_of(row: str) -> str:
	"""The DocType of a MATRIX line: "Skill Assessment Result (published)" is a Skill Assessment Result."""
	return row.split(" (")[0]


def parse_matrix(text: str) -> dict[str, dict[str, dict[str, str]]]:
	"""{row: {role: {"own": letters, "other": letters}}} from the table above."""
	lines = [line for line in text.strip().splitlines() if line.strip()]
	header = [cell.strip() for cell in lines[0].split("|")]
	assert header[0] == "DocType" and header[1:] == list(ROLES), header
	matrix = {}
	for line in lines[1:]:
		cells = [cell.strip() for cell in line.split("|")]
		row = cells[0]
		assert len(cells) == len(header), f"MATRIX line {row!r} has {len(cells)} cells, not {len(header)}"
		assert row not in matrix, f"MATRIX names {row!r} twice"
		matrix[row] = {
			ROLES[abbr]: parse_cell(row, cell) for abbr, cell in zip(header[1:], cells[1:], strict=True)
		}
	return matrix


def parse_cell(row: str, cell: str) -> dict[str, str]:
	own, _slash, other = cell.partition("/")
	other = other if _slash else own
	allowed = (
		set("rw")
		if doctype_of(row) in SINGLES
		else set("rcwd") | ({"s"} if doctype_of(row) in SUBMITTABLE else set())
	)
	for letters in (own, other):
		letters = letters.replace("-", "")
		assert set(letters.lower()) <= allowed, (
			f"MATRIX {row!r}: {cell!r} uses letters outside {sorted(allowed)}"
		)
	assert not (_slash and doctype_of(row) in SINGLES), f"MATRIX {row!r}: a Single has no own/other"
	return {"own": own.replace("-", ""), "other": other.replace("-", "")}


MATRIX_CELLS = parse_matrix(MATRIX)


def expected(letters: str, action: str) -> str:
	"""'allow', 'rule' (allowed past permission, then refused by a rule) or 'deny'."""
	letter = next(k for k, v in ACTIONS.items() if v == action)
	if letter in letters:
		return "allow"
	if letter.upper() in letters:
		return "rule"
	return "deny"


def answer_matches(outcome: str, status: int) -> bool:
	if outcome == "allow":
		return status in PERMITTED
	if outcome == "rule":
		return status in REFUSED_BY_RULE
	return status == 403


# --- talking to the server ---------------------------------------------------------------------


def resource(base_url: str, doctype: str, name: str | None = None) -> str:
	url = f"{base_url}/api/resource/{quote(doctype)}"
	return url if name is None else f"{url}/{quote(name, safe='')}"


@pytest.fixture(scope="session")
def copies(base_url, admin_session, matrix_scenario):
	"""What `create` sends for each row: the row as Administrator reads it, without name, stamps
	and state, so that the server decides on the same fields the row has."""
	result = {}
	for row, target in matrix_scenario["targets"].items():
		doctype = doctype_of(row)
		if doctype in SINGLES:
			continue
		for scope in SCOPES:
			response = admin_session.get(resource(base_url, doctype, target[scope]), timeout=60)
			assert response.status_code == 200, response.text[:300]
			result[(row, scope)] = strip_copy(response.json()["data"])
	return result


def strip_copy(data: dict) -> dict:
	copy = {}
	for key, value in data.items():
		if key in NOT_COPIED:
			continue
		if isinstance(value, list):
			value = [{k: v for k, v in child.items() if k not in NOT_COPIED} for child in value]
		copy[key] = value
	return copy


def target_of(matrix_scenario, row: str, role: str, scope: str) -> str:
	target = matrix_scenario["targets"][row]
	if scope == "own":
		return target["own_for"].get(role, target["own"])
	return target["other"]


def attempt(session, base_url, action, doctype, name, copy=None) -> requests.Response:
	if action == "read":
		return session.get(resource(base_url, doctype, name), timeout=60)
	if action == "create":
		return session.post(resource(base_url, doctype), json=copy, timeout=120)
	if action == "write":
		return session.put(resource(base_url, doctype, name), json={}, timeout=120)
	if action == "submit":
		return session.put(resource(base_url, doctype, name), json={"docstatus": 1}, timeout=120)
	if action == "delete":
		return session.delete(resource(base_url, doctype, name), timeout=120)
	raise ValueError(action)


def listed(session, base_url, doctype, names) -> tuple[int, set[str]]:
	response = session.get(
		resource(base_url, doctype),
		params={
			"fields": json.dumps(["name"]),
			"filters": json.dumps([["name", "in", sorted(set(names))]]),
			"limit_page_length": 0,
		},
		timeout=60,
	)
	if response.status_code != 200:
		return response.status_code, set()
	return 200, {row["name"] for row in response.json()["data"]}


def error_of(response) -> str:
	try:
		body = response.json()
	except ValueError:
		return response.text[:120]
	return (body.get("exc_type") or body.get("exception") or "")[:120]


# --- the matrix --------------------------------------------------------------------------------


def installed_rows(matrix_scenario) -> list[str]:
	return [row for row in MATRIX_CELLS if row in matrix_scenario["targets"]]


def test_matrix_covers_every_doctype(base_url, admin_session, matrix_scenario):
	"""Every DocType of our installed apps has a MATRIX line, and every line a DocType."""
	modules = admin_session.get(
		resource(base_url, "Module Def"),
		params={
			"filters": json.dumps([["app_name", "like", "onex_%"]]),
			"fields": '["name"]',
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	assert modules, "no module of an onex_ app is installed"
	doctypes = admin_session.get(
		resource(base_url, "DocType"),
		params={
			"filters": json.dumps([["module", "in", [m["name"] for m in modules]]]),
			"fields": json.dumps(["name", "istable", "issingle", "is_submittable"]),
			"limit_page_length": 0,
		},
		timeout=60,
	).json()["data"]
	installed = {d["name"]: d for d in doctypes if not d["istable"]}
	covered = {doctype_of(row) for row in MATRIX_CELLS}

	assert sorted(set(installed) - covered) == [], "DocTypes without a line in MATRIX"
	assert sorted(set(installed) - {doctype_of(r) for r in matrix_scenario["targets"]}) == [], (
		"DocTypes without rows in the matrix scenario"
	)
	for name, meta in installed.items():
		assert bool(meta["issingle"]) == (name in SINGLES), f"{name}: SINGLES disagrees with its metadata"
		assert bool(meta["is_submittable"]) == (name in SUBMITTABLE), f"{name}: SUBMITTABLE disagrees"
	for row, target in matrix_scenario["targets"].items():
		if doctype_of(row) not in SINGLES:
			assert target["own"] != target["other"], f"{row}: the scenario's own and other row are one"
	missing_apps = covered - set(installed)
	assert missing_apps <= {doctype_of(r) for r in MATRIX_CELLS if r not in matrix_scenario["targets"]}


CASES = [(phase, row) for phase in PHASES for row in MATRIX_CELLS]


@pytest.mark.parametrize("phase, row", CASES, ids=[f"{phase}-{row}" for phase, row in CASES])
def test_matrix(base_url, matrix_scenario, role_sessions, copies, phase, row):
	if row not in matrix_scenario["targets"]:
		pytest.skip(f"{row}: its app is not installed on this site")
	doctype = doctype_of(row)
	if doctype in SINGLES and phase not in ("read", "write"):
		pytest.skip("a Single is only read and written")
	if phase == "submit" and doctype not in SUBMITTABLE:
		pytest.skip(f"{doctype} is not submittable")

	def cells_of(role: str) -> list[str]:
		"""The disagreements of one role's cells in this phase and row."""
		session, cells = role_sessions[role], MATRIX_CELLS[row][role]
		if phase == "list":
			return check_listing(base_url, matrix_scenario, session, row, role, cells)
		wrong = []
		for scope in ("own",) if doctype in SINGLES else SCOPES:
			name = target_of(matrix_scenario, row, role, scope)
			outcome = expected(cells[scope], phase)
			response = attempt(session, base_url, phase, doctype, name, copies.get((row, scope)))
			if not answer_matches(outcome, response.status_code):
				wrong.append(
					f"{role} · {phase} · {scope} {name}: expected {outcome}, "
					f"got {response.status_code} {error_of(response)}"
				)
		return wrong

	# Looking is safe in parallel (one thread per role and session); changes run one at a time,
	# so that no cell waits on another's row lock.
	workers = PARALLEL if phase in ("read", "list") else 1
	with ThreadPoolExecutor(max_workers=workers) as pool:
		wrong = [line for lines in pool.map(cells_of, MATRIX_CELLS[row]) for line in lines]
	assert not wrong, f"{row}: {len(wrong)} cell(s) disagree with MATRIX\n" + "\n".join(wrong)


def check_listing(base_url, matrix_scenario, session, row, role, cells) -> list[str]:
	if doctype_of(row) in SINGLES:
		return []
	own = target_of(matrix_scenario, row, role, "own")
	other = target_of(matrix_scenario, row, role, "other")
	status, names = listed(session, base_url, doctype_of(row), [own, other])
	wrong = []
	if status not in (200, 403):
		wrong.append(f"{role} · list: got {status}")
	if "r" in cells["own"] and own not in names:
		wrong.append(f"{role} · list: own row {own} missing (status {status})")
	if "r" not in cells["own"] and own in names:
		wrong.append(f"{role} · list: own row {own} shown, but MATRIX denies reading it")
	if "r" not in cells["other"] and other in names:
		wrong.append(f"{role} · list: other row {other} shown")
	if "r" in cells["other"] and other not in names:
		wrong.append(f"{role} · list: other row {other} missing (status {status})")
	return wrong


# --- the cases the issue names -----------------------------------------------------------------


def test_student_gets_403_for_another_students_registration(base_url, matrix_scenario, role_sessions):
	registration = matrix_scenario["targets"]["Skill Assessment Registration"]
	session = role_sessions["Student"]

	other = session.get(
		resource(base_url, "Skill Assessment Registration", registration["other"]), timeout=60
	)
	own = session.get(resource(base_url, "Skill Assessment Registration", registration["own"]), timeout=60)

	assert other.status_code == 403, other.text[:300]
	assert matrix_scenario["personal"]["other"]["student"] not in other.text
	assert own.status_code == 200
	assert own.json()["data"]["student"] == matrix_scenario["personal"]["own"]["student"]


def test_student_lists_only_their_own_registrations(base_url, matrix_scenario, role_sessions):
	response = role_sessions["Student"].get(
		resource(base_url, "Skill Assessment Registration"),
		params={"fields": json.dumps(["name", "student"]), "limit_page_length": 0},
		timeout=60,
	)

	assert response.status_code == 200, response.text[:300]
	rows = response.json()["data"]
	own_student = matrix_scenario["personal"]["own"]["student"]
	assert matrix_scenario["targets"]["Skill Assessment Registration"]["own"] in {r["name"] for r in rows}
	assert {r["student"] for r in rows} == {own_student}


@pytest.mark.parametrize(
	"role, row",
	[
		("Student", "Skill Assessment Result (published)"),
		("Student", "Student Personal Data"),
		("Class Teacher", "Fee Waiver"),
		("Trainer", "Student Personal Data"),
		("Examiner", "Student Personal Data"),
	],
)
def test_named_reads_are_refused(base_url, matrix_scenario, role_sessions, role, row):
	"""The reads the issue names as refused, each with its own test, whatever MATRIX says."""
	name = matrix_scenario["targets"][row]["other"]
	response = role_sessions[role].get(resource(base_url, doctype_of(row), name), timeout=60)
	assert response.status_code == 403, response.text[:300]


@pytest.mark.parametrize(
	"role, row, scope",
	[
		("Examiner", "Skill Assessment Result", "other"),
		("Domain Lead", "Skill Assessment Result", "own"),
		("Trainer", "Skill Assessment Result", "own"),
		("Committee Member", "Skill Assessment Plan", "own"),
	],
)
def test_named_writes_are_refused(base_url, matrix_scenario, role_sessions, role, row, scope):
	name = matrix_scenario["targets"][row][scope]
	response = role_sessions[role].put(
		resource(base_url, doctype_of(row), name), json={"remarks": "changed"}, timeout=60
	)
	assert response.status_code == 403, response.text[:300]


@pytest.mark.parametrize("row", list(MATRIX_CELLS))
def test_guest_reads_nothing(base_url, matrix_scenario, row):
	if row not in matrix_scenario["targets"]:
		pytest.skip(f"{row}: its app is not installed on this site")
	guest = requests.Session()
	name = matrix_scenario["targets"][row]["own"]
	one = guest.get(resource(base_url, doctype_of(row), name), timeout=60)
	listing = guest.get(resource(base_url, doctype_of(row)), timeout=60)
	assert one.status_code == 403, one.text[:200]
	assert listing.status_code == 403, listing.text[:200]
