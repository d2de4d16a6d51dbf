"""A student's registration for an assessment plan.

Registration is open inside the plan's window while seats remain. Every registration
locks its plan's row first and counts the seats with a locking read, so that many
students registering at once never overbook a plan. The fee comes from the plan, or is
waived by an approved Fee Waiver covering the exam date; the Finance Officer keeps the
payment status."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.query_builder.functions import Count
from frappe.utils import flt, format_date, getdate, today

from onex_pilot import roles
from onex_pilot.assessment.changes import changed_fields, labels
from onex_pilot.assessment.exceptions import (
	CancellationNotAllowedError,
	DuplicateRegistrationError,
	NoSeatsLeftError,
	PaymentStatusError,
	RegistrationChangeError,
	RegistrationClosedError,
)
from onex_pilot.assessment.results import retake_basis
from onex_pilot.assessment.students import session_student
from onex_pilot.assessment.waivers import covering_waiver
from onex_pilot.assessment.workflow_names import OPEN_FOR_REGISTRATION, REGISTRATION_CLOSED

PLAN = "Skill Assessment Plan"
REGISTERED, CANCELLED = "Registered", "Cancelled"
UNPAID, PAID, WAIVED, REFUNDED = "Unpaid", "Paid", "Waived", "Refunded"
# Payment status changes a Finance Officer may make; Waived is set only by a waiver.
PAYMENT_CHANGES = {(UNPAID, PAID), (PAID, UNPAID), (PAID, REFUNDED)}
# Fields a user may change on a saved registration (each with its own rule).
USER_FIELDS = ("status", "cancellation_reason", "payment_status")
# Fields the server sets: fetched from the plan and student, or set by a waiver or a cancellation.
SERVER_FIELDS = (
	"student_name",
	"school_class",
	"pilot_domain",
	"skill_certificate",
	"level",
	"exam_date",
	"cancelled_on",
)
WAIVER_FIELDS = ("fee", "fee_waiver", "waived_amount", "payment_status")
CANCELLABLE_PLAN_STATES = (OPEN_FOR_REGISTRATION, REGISTRATION_CLOSED)


class SkillAssessmentRegistration(Document):
	def onload(self):
		"""The Desk offers Cancel Registration only where the server would take it."""
		self.set_onload("can_cancel", self.can_be_cancelled())

	def can_be_cancelled(self) -> bool:
		plan_state = frappe.db.get_value(PLAN, self.plan, "workflow_state") if self.plan else None
		return self.status == REGISTERED and plan_state in CANCELLABLE_PLAN_STATES

	def before_insert(self):
		self.lock_plan()

	def validate(self):
		if self.is_new():
			self.validate_registration_open()
			self.validate_not_registered_twice()
			self.validate_seat_available()
			self.set_fee()
			self.set_retake()
			return
		self.validate_fixed_fields()
		self.validate_payment_status_change()
		self.validate_status_change()

	# --- new registrations -------------------------------------------------------------

	def lock_plan(self):
		"""Serialise registrations of one plan: the plan row stays locked until commit."""
		self._plan = frappe.db.get_value(
			PLAN,
			self.plan,
			[
				"name",
				"workflow_state",
				"registration_start",
				"registration_end",
				"capacity",
				"fee",
				"exam_date",
			],
			as_dict=True,
			for_update=True,
		)

	@property
	def plan_row(self):
		if not getattr(self, "_plan", None):
			self.lock_plan()
		return self._plan

	def validate_registration_open(self):
		plan = self.plan_row
		on = getdate(today())
		if (
			plan
			and plan.workflow_state == OPEN_FOR_REGISTRATION
			and (getdate(plan.registration_start) <= on <= getdate(plan.registration_end))
		):
			return
		frappe.throw(
			_(
				"Plan {0} takes registrations from {1} to {2} while it is open for registration. It is {3} now."
			).format(
				frappe.bold(self.plan),
				format_date(plan.registration_start) if plan else "-",
				format_date(plan.registration_end) if plan else "-",
				_(plan.workflow_state) if plan else "-",
			),
			exc=RegistrationClosedError,
			title=_("Registration closed"),
		)

	def registrations_query(self):
		registration = frappe.qb.DocType(self.doctype)
		return (
			frappe.qb.from_(registration)
			.where(registration.plan == self.plan)
			.where(registration.status == REGISTERED)
			.for_update()
		), registration

	def validate_not_registered_twice(self):
		query, registration = self.registrations_query()
		existing = query.select(registration.name).where(registration.student == self.student).run(pluck=True)
		if not existing:
			return
		frappe.throw(
			_("Student {0} is already registered for plan {1} ({2}).").format(
				frappe.bold(self.student_name or self.student), frappe.bold(self.plan), existing[0]
			),
			exc=DuplicateRegistrationError,
			title=_("Already registered"),
		)

	def validate_seat_available(self):
		# A locking read sees registrations committed after this transaction began.
		query, registration = self.registrations_query()
		taken = query.select(Count(registration.name)).run()[0][0]
		if taken < (self.plan_row.capacity or 0):
			return
		frappe.throw(
			_("All {0} seats of plan {1} are taken.").format(self.plan_row.capacity, frappe.bold(self.plan)),
			exc=NoSeatsLeftError,
			title=_("No seats left"),
		)

	def set_fee(self):
		self.status = REGISTERED
		self.fee = flt(self.plan_row.fee)
		self.payment_status = UNPAID
		self.fee_waiver = None
		self.waived_amount = 0
		waiver = covering_waiver(self.student, self.plan_row.exam_date)
		if waiver:
			self.apply_waiver(waiver)

	def apply_waiver(self, waiver: str):
		self.waived_amount = flt(self.fee)
		self.fee = 0
		self.payment_status = WAIVED
		self.fee_waiver = waiver
		self.flags.waiving = True

	def set_retake(self):
		basis = retake_basis(
			self.student, self.skill_certificate, self.level, self.plan_row.exam_date, exclude_plan=self.plan
		)
		self.retake_of = basis.result if basis else None
		self.retake_component = basis.retake_component if basis else None

	# --- saved registrations -----------------------------------------------------------

	def validate_fixed_fields(self):
		allowed = USER_FIELDS + SERVER_FIELDS + (WAIVER_FIELDS if self.flags.waiving else ())
		changed = [f for f in changed_fields(self, self.get_doc_before_save()) if f not in allowed]
		if not changed:
			return
		frappe.throw(
			_(
				"Registration {0}: {1} cannot be changed once registered. Cancel it and register again instead."
			).format(frappe.bold(self.name), labels(self, changed)),
			exc=RegistrationChangeError,
			title=_("Change not allowed"),
		)

	def validate_payment_status_change(self):
		before = self.get_doc_before_save()
		change = (before.payment_status, self.payment_status)
		if change[0] == change[1] or (self.flags.waiving and change == (UNPAID, WAIVED)):
			return
		if roles.FINANCE_OFFICER not in frappe.get_roles():
			frappe.throw(
				_("Only a Finance Officer may change the payment status of registration {0}.").format(
					frappe.bold(self.name)
				),
				exc=PaymentStatusError,
				title=_("Not allowed"),
			)
		if change in PAYMENT_CHANGES:
			return
		frappe.throw(
			_(
				"Payment status cannot go from {0} to {1}. Waived is set by an approved fee waiver; Refunded follows Paid."
			).format(frappe.bold(_(change[0])), frappe.bold(_(change[1]))),
			exc=PaymentStatusError,
			title=_("Invalid payment status"),
		)

	def validate_status_change(self):
		before = self.get_doc_before_save()
		if before.status == self.status:
			return
		plan_state = frappe.db.get_value(PLAN, self.plan, "workflow_state")
		if (before.status, self.status) == (REGISTERED, CANCELLED) and (
			plan_state in CANCELLABLE_PLAN_STATES or self.flags.cancelled_with_plan
		):
			self.cancelled_on = today()
			return
		frappe.throw(
			_(
				"Registration {0} cannot change from {1} to {2} while plan {3} is {4}. A registration is cancelled before the exam is held, and never revived: register again."
			).format(frappe.bold(self.name), _(before.status), _(self.status), self.plan, _(plan_state)),
			exc=CancellationNotAllowedError,
			title=_("Change not allowed"),
		)

	def cancel_registration(self, reason: str | None = None):
		self.status = CANCELLED
		if reason:
			self.cancellation_reason = reason
		self.save(ignore_permissions=bool(self.flags.cancelled_with_plan))


@frappe.whitelist(methods=["POST"])
def register(plan: str) -> str:
	"""Register the logged-in student for `plan`; the student is taken from the session."""
	registration = frappe.get_doc(
		{"doctype": "Skill Assessment Registration", "plan": plan, "student": session_student()}
	)
	registration.insert()
	return registration.name


@frappe.whitelist(methods=["POST"])
def cancel(registration: str, reason: str | None = None) -> str:
	"""Cancel a registration, freeing its seat; permission-checked like any change to it."""
	doc = frappe.get_doc("Skill Assessment Registration", registration)
	doc.check_permission("write")
	doc.cancel_registration(reason)
	return doc.status
