"""The certificate PDF: its text layer holds the Chinese certificate name, and its QR code
decodes to the verification address of that certificate (by code, never by number)."""

import re
import subprocess

import pytest
import requests

PDF_API = "/api/method/onex_pilot.portal.api."


@pytest.fixture(scope="module")
def student_session(base_url, portal_scenario):
	session = requests.Session()
	response = session.post(
		f"{base_url}/api/method/login",
		data={"usr": portal_scenario["student_number"], "pwd": portal_scenario["password"]},
		timeout=30,
	)
	assert response.status_code == 200, response.text
	return session


def pdf_text(path):
	from pypdf import PdfReader

	return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


def test_certificate_pdf_holds_the_chinese_name_and_a_qr_to_verify(
	base_url, portal_scenario, student_session, artifacts, tmp_path
):
	import zxingcpp
	from PIL import Image

	response = student_session.get(
		base_url + PDF_API + "certificate_pdf",
		params={"certificate": portal_scenario["certificate"]},
		timeout=120,
	)
	assert response.status_code == 200
	assert response.headers["Content-Type"].startswith("application/pdf")
	path = artifacts / "certificate.pdf"
	path.write_bytes(response.content)

	text = pdf_text(path)
	assert re.sub(r"\s+", "", portal_scenario["certificate_name"]) in text
	assert portal_scenario["certificate"] in text
	assert portal_scenario["verification_code"] in text

	subprocess.run(
		["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
	)
	codes = [
		barcode.text
		for image in tmp_path.glob("page*.png")
		for barcode in zxingcpp.read_barcodes(Image.open(image))
	]
	assert codes == [f"{base_url}/verify?code={portal_scenario['verification_code']}"]
	assert portal_scenario["certificate"] not in codes[0]


def test_admission_ticket_pdf_has_no_fee_or_waiver(
	base_url, portal_scenario, student_session, admin_session, artifacts
):
	registrations = admin_session.get(
		f"{base_url}/api/resource/Skill Assessment Registration",
		params={
			"filters": f'[["plan", "=", "{portal_scenario["final_plan"]}"], ["student", "=", "{portal_scenario["student_number"]}"]]'
		},
		timeout=30,
	).json()["data"]
	response = student_session.get(
		base_url + PDF_API + "admission_ticket",
		params={"registration": registrations[0]["name"]},
		timeout=120,
	)
	assert response.status_code == 200
	path = artifacts / "admission-ticket.pdf"
	path.write_bytes(response.content)
	text = pdf_text(path)
	assert "准考证" in text
	assert portal_scenario["student_number"] in text
	for word in ("费用", "减免", "缴费", "¥", "Waived", "Paid"):
		assert word not in text


def test_another_students_certificate_is_not_found(base_url, portal_scenario, student_session):
	response = student_session.get(
		base_url + PDF_API + "certificate_pdf",
		params={"certificate": portal_scenario["revoked_certificate"]},
		timeout=60,
	)
	assert response.status_code == 404
	assert not response.content.startswith(b"%PDF")
