"""The print formats of the portal module, and the PDFs made from them."""

import frappe

CERTIFICATE_FORMAT = "Pilot Certificate"
ADMISSION_TICKET_FORMAT = "Admission Ticket"
SIGN_IN_SHEET_FORMAT = "Room Sign-in Sheet"
REGISTERED = "Registered"


def pdf(doctype: str, name: str, print_format: str) -> bytes:
	return frappe.get_print(doctype, name, print_format, as_pdf=True)


def send_pdf(content: bytes, filename: str):
	"""Answer the current request with `content` as a PDF to download (Content-Disposition: attachment)."""
	frappe.local.response.filename = filename
	frappe.local.response.filecontent = content
	frappe.local.response.content_type = "application/pdf"
	frappe.local.response.type = "download"


def sign_in_rows(plan: str) -> list:
	"""The registered candidates of a plan for its sign-in sheet: numbers, names and classes only."""
	registration = frappe.qb.DocType("Skill Assessment Registration")
	student = frappe.qb.DocType("Pilot Student")
	return (
		frappe.qb.from_(registration)
		.join(student)
		.on(student.name == registration.student)
		.select(
			registration.name.as_("registration"),
			student.student_number,
			student.student_name,
			student.school_class,
		)
		.where(registration.plan == plan)
		.where(registration.status == REGISTERED)
		.orderby(student.school_class)
		.orderby(student.student_number)
		.run(as_dict=True)
	)


def plan_rooms(plan: str) -> str:
	"""The rooms of a plan, as one line."""
	rooms = frappe.get_all(
		"Skill Assessment Plan Room",
		filters={"parent": plan, "parenttype": "Skill Assessment Plan"},
		pluck="exam_room",
		order_by="idx asc",
	)
	return "、".join(rooms)


def hhmm(value) -> str:
	"""A Time field as `09:00`, whether it comes as a string or a timedelta."""
	if not value:
		return ""
	text = str(frappe.utils.to_timedelta(value)) if not isinstance(value, str) else value
	hours, _, rest = text.partition(":")
	return f"{int(hours):02d}:{rest[:2]}" if hours.isdigit() and rest else text
