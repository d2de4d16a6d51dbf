"""QR codes for printed certificates: they carry the verification page's address with the
certificate's random verification code, never its record number."""

from base64 import b64encode
from io import BytesIO
from urllib.parse import urlencode

import frappe
import pyqrcode

VERIFY_ROUTE = "/verify"


def verification_url(code: str) -> str:
	"""The public verification address of the certificate whose verification code is `code`."""
	return frappe.utils.get_url(f"{VERIFY_ROUTE}?{urlencode({'code': code or ''})}")


def qr_svg_data_uri(text: str, scale: int = 4) -> str:
	"""`text` as a QR code, in an SVG data URI for an <img> (wkhtmltopdf draws it as vector)."""
	stream = BytesIO()
	pyqrcode.create(text, error="M").svg(stream, scale=scale, quiet_zone=4, xmldecl=True)
	return "data:image/svg+xml;base64," + b64encode(stream.getvalue()).decode()


def verification_qr(code: str, scale: int = 4) -> str:
	"""The QR image (data URI) linking to the verification page of a certificate."""
	return qr_svg_data_uri(verification_url(code), scale=scale)
