import frappe
from frappe import _
from frappe.utils import today
from frappe.website.website_generator import WebsiteGenerator

LIST_ROUTE = "notices"


class PolicyNotice(WebsiteGenerator):
	website = frappe._dict(condition_field="published", page_title_field="title")

	def autoname(self):
		"""Named by the DocType's naming series (WebsiteGenerator would name it after the title)."""

	def validate(self):
		self.set_published_on()
		super().validate()

	def set_published_on(self):
		if self.published and not self.published_on:
			self.published_on = today()

	def make_route(self):
		"""`notices/notice-2024-001`: stable, readable, and free of the title's Chinese characters."""
		return f"{LIST_ROUTE}/{self.scrub(self.name)}"

	def get_context(self, context):
		context.no_cache = 1
		context.parents = [{"route": LIST_ROUTE, "title": _("Policy Notices")}]
		context.title = self.title


def published_notices(limit: int | None = None) -> list[dict]:
	"""The published notices, newest first, with the fields a public list shows."""
	return frappe.get_all(
		"Policy Notice",
		filters={"published": 1},
		fields=["title", "route", "published_on", "issued_by", "document_number", "summary"],
		order_by="published_on desc, creation desc",
		limit=limit,
	)
