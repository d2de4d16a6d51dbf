"""A student's objection to their own published result, lodged during publicity.

The student is always the one logged in, never one named in the request. An Assessment
Officer upholds or dismisses it with a resolution; while one is open, the plan's results
cannot become final."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import format_date, getdate, today

from onex_pilot.assessment.changes import changed_fields, labels
from onex_pilot.assessment.exceptions import (
	DuplicateObjectionError,
	NotOwnResultError,
	ObjectionLockedError,
	ObjectionWindowError,
	ResolutionMissingError,
)
from onex_pilot.assessment.students import session_student
from onex_pilot.assessment.workflow_names import RESULTS_IN_PUBLICITY

OPEN, UPHELD, DISMISSED = "Open", "Upheld", "Dismissed"
# What the resolving officer may change; everything else is as the student lodged it.
RESOLUTION_FIELDS = ("status", "resolution")
SERVER_FIELDS = ("student_name", "plan", "pilot_domain", "resolved_by", "resolved_on")


class ResultObjection(Document):
	def validate(self):
		if self.is_new():
			self.set_student_from_session()
			self.validate_own_result()
			self.validate_in_publicity()
			self.validate_no_open_objection()
			self.status, self.lodged_on = OPEN, today()
			return
		self.validate_lodged_fields_unchanged()
		self.validate_resolution()

	def set_student_from_session(self):
		self.student = session_student()

	def validate_own_result(self):
		result = frappe.db.get_value(
			"Skill Assessment Result", self.result, ["student", "docstatus"], as_dict=True
		)
		if result and result.student == self.student and result.docstatus == 1:
			return
		frappe.throw(
			_(
				"Result {0} is not one of your published results. You can object only to your own results."
			).format(frappe.bold(self.result)),
			exc=NotOwnResultError,
			title=_("Not your result"),
		)

	def validate_in_publicity(self):
		plan = frappe.db.get_value(
			"Skill Assessment Plan", self.plan, ["workflow_state", "publicity_ends_on"], as_dict=True
		)
		if (
			plan
			and plan.workflow_state == RESULTS_IN_PUBLICITY
			and getdate(today()) < getdate(plan.publicity_ends_on)
		):
			return
		frappe.throw(
			_(
				"Objections to the results of plan {0} can be lodged only while they are in publicity, before {1}."
			).format(frappe.bold(self.plan), format_date(plan.publicity_ends_on) if plan else "-"),
			exc=ObjectionWindowError,
			title=_("Publicity over"),
		)

	def validate_no_open_objection(self):
		existing = frappe.db.get_value(self.doctype, {"result": self.result, "status": OPEN}, "name")
		if not existing:
			return
		frappe.throw(
			_("Your objection {0} to this result is still open. Wait for its resolution.").format(
				frappe.bold(existing)
			),
			exc=DuplicateObjectionError,
			title=_("Objection already open"),
		)

	def validate_lodged_fields_unchanged(self):
		before = self.get_doc_before_save()
		allowed = RESOLUTION_FIELDS if before.status == OPEN else ()
		changed = [f for f in changed_fields(self, before, ignore=SERVER_FIELDS) if f not in allowed]
		if not changed:
			return
		frappe.throw(
			_(
				"Objection {0}: {1} cannot be changed. What the student lodged stays as lodged, and a resolved objection is closed."
			).format(frappe.bold(self.name), labels(self, changed)),
			exc=ObjectionLockedError,
			title=_("Change not allowed"),
		)

	def validate_resolution(self):
		if self.status == OPEN:
			return
		if not (self.resolution or "").strip():
			frappe.throw(
				_("Write the resolution before marking objection {0} as {1}.").format(
					frappe.bold(self.name), _(self.status)
				),
				exc=ResolutionMissingError,
				title=_("Resolution missing"),
			)
		if self.get_doc_before_save().status == OPEN:
			self.resolved_by, self.resolved_on = frappe.session.user, today()


@frappe.whitelist(methods=["POST"])
def lodge(result: str, reason: str) -> str:
	"""Lodge the logged-in student's objection to their own result."""
	objection = frappe.get_doc({"doctype": "Result Objection", "result": result, "reason": reason})
	objection.insert()
	return objection.name
