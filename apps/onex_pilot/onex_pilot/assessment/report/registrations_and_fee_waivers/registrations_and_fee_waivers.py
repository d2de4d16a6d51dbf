"""Registrations and Fee Waivers: per term, pilot domain and class, the registrations, the
fees before and after waivers, the waivers by basis (count and amount) and what is paid,
unpaid and refunded; with totals. For Finance Officers and Pilot Administrators only.

Figures count registrations still Registered; cancelled ones appear only in their own
count. Fees Due = Gross Fees - Waived Amount = Paid + Unpaid + Refunded amounts."""

import frappe
from frappe import _
from frappe.utils import flt

from onex_pilot.assessment.workflow_names import CANCELLED as PLAN_CANCELLED
from onex_pilot.reporting import FINANCE_ROLES, and_permitted, check_roles, column

REGISTERED, CANCELLED = "Registered", "Cancelled"
PAID, UNPAID, WAIVED, REFUNDED = "Paid", "Unpaid", "Waived", "Refunded"
GROUP = ("school_term", "pilot_domain", "school_class")
SUMS = (
	"registrations",
	"cancelled",
	"gross_fees",
	"waived",
	"waived_amount",
	"fees_due",
	"paid",
	"paid_amount",
	"unpaid",
	"unpaid_amount",
	"refunded",
	"refunded_amount",
)
REG = "`tabSkill Assessment Registration`"
FILTER_CONDITIONS = {
	"from_date": "plan.`exam_date` >= %(from_date)s",
	"to_date": "plan.`exam_date` <= %(to_date)s",
	"school_term": "plan.`school_term` = %(school_term)s",
	"pilot_domain": f"{REG}.`pilot_domain` = %(pilot_domain)s",
	"school_class": f"{REG}.`school_class` = %(school_class)s",
}
# Registrations still Registered.
ACTIVE = f"{REG}.`status` = %(registered)s"


def execute(filters=None):
	check_roles(FINANCE_ROLES)
	filters = frappe._dict(filters or {})
	rows = query(filters)
	bases = sorted({row.basis for row in rows if row.basis})
	return get_columns(bases), pivot(rows, bases)


def with_payment(param: str) -> str:
	"""Registered registrations whose payment status is the query value named `param`."""
	return f"{ACTIVE} and {REG}.`payment_status` = %({param})s"


def count_if(condition: str) -> str:
	return f"sum({condition})"


def sum_if(condition: str, amount: str) -> str:
	return f"sum(if({condition}, {amount}, 0))"


def query(filters) -> list[dict]:
	"""One row per term, domain, class and waiver basis (None for registrations not waived)."""
	where = "".join(f" and {FILTER_CONDITIONS[key]}" for key in FILTER_CONDITIONS if filters.get(key))
	fee, waived_amount = f"{REG}.`fee`", f"{REG}.`waived_amount`"
	return frappe.db.sql(
		f"""
		select
			plan.`school_term` as school_term,
			{REG}.`pilot_domain` as pilot_domain,
			{REG}.`school_class` as school_class,
			waiver.`basis` as basis,
			{count_if(ACTIVE)} as registrations,
			{count_if(f"{REG}.`status` = %(cancelled)s")} as cancelled,
			{sum_if(ACTIVE, f"{fee} + {waived_amount}")} as gross_fees,
			{count_if(with_payment("waived"))} as waived,
			{sum_if(with_payment("waived"), waived_amount)} as waived_amount,
			{sum_if(ACTIVE, fee)} as fees_due,
			{count_if(with_payment("paid"))} as paid,
			{sum_if(with_payment("paid"), fee)} as paid_amount,
			{count_if(with_payment("unpaid"))} as unpaid,
			{sum_if(with_payment("unpaid"), fee)} as unpaid_amount,
			{count_if(with_payment("refunded"))} as refunded,
			{sum_if(with_payment("refunded"), fee)} as refunded_amount
		from {REG}
		join `tabSkill Assessment Plan` plan on plan.`name` = {REG}.`plan`
		left join `tabFee Waiver` waiver on waiver.`name` = {REG}.`fee_waiver`
		where plan.`workflow_state` != %(plan_cancelled)s
			{where}
			{and_permitted("Skill Assessment Registration")}
		group by plan.`school_term`, {REG}.`pilot_domain`, {REG}.`school_class`, waiver.`basis`
		order by plan.`school_term`, {REG}.`pilot_domain`, {REG}.`school_class`
		""",
		{
			**filters,
			"registered": REGISTERED,
			"cancelled": CANCELLED,
			"paid": PAID,
			"unpaid": UNPAID,
			"waived": WAIVED,
			"refunded": REFUNDED,
			"plan_cancelled": PLAN_CANCELLED,
		},
		as_dict=True,
	)


def basis_fields(basis: str) -> tuple[str, str]:
	key = frappe.scrub(basis)
	return f"waived_{key}", f"waived_amount_{key}"


def pivot(rows, bases) -> list[dict]:
	"""One row per term, domain and class, the waivers of each basis in their own columns."""
	data = {}
	for row in rows:
		key = tuple(row[field] for field in GROUP)
		line = data.get(key)
		if line is None:
			line = data[key] = frappe._dict({field: row[field] for field in GROUP})
			line.update({field: 0 for field in SUMS})
			for basis in bases:
				count_field, amount_field = basis_fields(basis)
				line[count_field], line[amount_field] = 0, 0
		for field in SUMS:
			line[field] += flt(row[field])
		if row.basis:
			count_field, amount_field = basis_fields(row.basis)
			line[count_field] += flt(row.waived)
			line[amount_field] += flt(row.waived_amount)
	return list(data.values())


def get_columns(bases) -> list[dict]:
	columns = [
		column(_("School Term"), "school_term", "Link", "School Term", 100),
		column(_("Pilot Domain"), "pilot_domain", "Link", "Pilot Domain", 160),
		column(_("School Class"), "school_class", "Link", "School Class", 130),
		column(_("Registrations"), "registrations", "Int", None, 100),
		column(_("Cancelled Registrations"), "cancelled", "Int", None, 90),
		column(_("Gross Fees"), "gross_fees", "Currency", None, 110),
		column(_("Waived Registrations"), "waived", "Int", None, 80),
		column(_("Waived Amount"), "waived_amount", "Currency", None, 110),
	]
	for basis in bases:
		count_field, amount_field = basis_fields(basis)
		columns += [
			column(_("Waived Registrations: {0}").format(_(basis)), count_field, "Int", None, 130),
			column(_("Waived Amount: {0}").format(_(basis)), amount_field, "Currency", None, 150),
		]
	columns += [
		column(_("Fees Due"), "fees_due", "Currency", None, 110),
		column(_("Paid Registrations"), "paid", "Int", None, 70),
		column(_("Paid Amount"), "paid_amount", "Currency", None, 110),
		column(_("Unpaid Registrations"), "unpaid", "Int", None, 80),
		column(_("Unpaid Amount"), "unpaid_amount", "Currency", None, 110),
		column(_("Refunded Registrations"), "refunded", "Int", None, 80),
		column(_("Refunded Amount"), "refunded_amount", "Currency", None, 120),
	]
	return columns
