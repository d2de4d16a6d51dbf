"""The portal's web forms speak Chinese, their introductions too (Frappe's template leaves
those untranslated unless the form's controller translates them)."""

import re

import requests


def introduction(page) -> str:
	found = re.search(r'<div class="web-form-introduction">(.*?)</div>', page.text, re.S)
	assert found, "the form shows no introduction"
	return found.group(1)


def test_feedback_form_introduction_is_in_chinese(base_url):
	page = requests.get(f"{base_url}/feedback/new", headers={"Accept-Language": "zh-CN"}, timeout=60)
	assert page.status_code == 200
	assert introduction(page).startswith("学生、家长、用人单位和社会公众均可")


def test_fee_waiver_form_introduction_is_in_chinese(base_url, logged_in_student):
	session, _token = logged_in_student
	page = session.get(f"{base_url}/fee-waiver-application/new", timeout=60)
	assert page.status_code == 200
	assert introduction(page).startswith("建档立卡等家庭经济困难学生")
