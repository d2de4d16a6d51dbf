"""The credit bank's rows of the permission matrix (tests/test_permission_matrix.py at the top of
the repository), added to the core's scenario through its addon hook
`onex_pilot.tests.matrix_scenario.make_matrix_scenario`.

Own rows belong to the scenario's own student (in the class of its Class Teacher, logged in as
its Student), other rows to the other student. Course results and other learning are drafts, so
that the matrix's submit cells submit them; credit records are submitted (the ledger has no
drafts of its own)."""

from onex_pilot.organisation.levels import ELEMENTARY
from onex_pilot.tests.factories.organisation import make_skill_certificate

from onex_credit_bank.roles import CREDIT_BANK_OFFICER
from onex_credit_bank.tests.factories import (
	credit_records,
	make_course_result,
	make_mapping,
	make_other_learning,
	make_school_course,
)


def extend(scenario):
	scenario.login(CREDIT_BANK_OFFICER)
	students = (scenario.student_a.name, scenario.student_b.name)

	courses = [make_school_course().name for _student in students]
	scenario.add("School Course", *courses)

	certificate = make_skill_certificate().name
	scenario.add(
		"Course Certificate Mapping", *(make_mapping(certificate, ELEMENTARY, c).name for c in courses)
	)

	scenario.add(
		"Course Result",
		*(make_course_result(student, courses[0], submit=False).name for student in students),
	)
	scenario.add("Other Learning", *(make_other_learning(student, submit=False).name for student in students))
	scenario.add(
		"Credit Record",
		*(credit_records(make_other_learning(student).name)[0].name for student in students),
	)
