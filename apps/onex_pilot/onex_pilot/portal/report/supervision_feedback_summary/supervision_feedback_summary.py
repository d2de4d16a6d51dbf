"""The average rating of each pilot domain and evaluation organisation (监督评价), for the working group."""

import frappe
from frappe import _
from frappe.query_builder import Case
from frappe.query_builder.functions import Avg, Count, Sum


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = summary(filters)
	return columns(), rows, None, chart(rows)


def columns():
	return [
		{"label": _("Feedback About"), "fieldname": "target_type", "fieldtype": "Data", "width": 160},
		{"label": _("Rated"), "fieldname": "target_name", "fieldtype": "Data", "width": 260},
		{"label": _("Ratings"), "fieldname": "ratings", "fieldtype": "Int", "width": 100},
		{
			"label": _("Average Rating"),
			"fieldname": "average_rating",
			"fieldtype": "Float",
			"precision": 2,
			"width": 130,
		},
		{"label": _("Not Yet Answered"), "fieldname": "open_count", "fieldtype": "Int", "width": 140},
	]


def summary(filters) -> list[dict]:
	feedback = frappe.qb.DocType("Supervision Feedback")
	query = (
		frappe.qb.from_(feedback)
		.select(
			feedback.target_type,
			feedback.target_name,
			Count(feedback.name).as_("ratings"),
			Avg(feedback.rating).as_("average_rating"),
			Sum(Case().when(feedback.status == "New", 1).else_(0)).as_("open_count"),
		)
		.groupby(feedback.target_type, feedback.target_name)
		.orderby(feedback.target_type)
		.orderby(feedback.target_name)
	)
	if filters.target_type:
		query = query.where(feedback.target_type == filters.target_type)
	if filters.from_date:
		query = query.where(feedback.creation >= filters.from_date)
	if filters.to_date:
		query = query.where(feedback.creation < frappe.utils.add_days(filters.to_date, 1))
	rows = query.run(as_dict=True)
	for row in rows:
		row.average_rating = round(float(row.average_rating or 0), 2)
		row.target_type = _(row.target_type)
	return rows


def chart(rows):
	if not rows:
		return None
	return {
		"data": {
			"labels": [row.target_name for row in rows],
			"datasets": [{"name": _("Average Rating"), "values": [row.average_rating for row in rows]}],
		},
		"type": "bar",
		"colors": ["#5e64ff"],
	}
