"""Policy notices (政策发布) over HTTP: guests read the published ones on the website, in
Chinese, and nothing of the DocType through the REST API; drafts stay unpublished."""

import os
import uuid

import pytest
import requests


@pytest.fixture
def notices(base_url):
	"""One published notice and one draft, created through the REST API and deleted afterwards
	(with a login of its own, so no other test's session can get in the way)."""
	admin_session = requests.Session()
	login = admin_session.post(
		f"{base_url}/api/method/login",
		data={"usr": "Administrator", "pwd": os.environ["ONEX_ADMIN_PASSWORD"]},
		timeout=30,
	)
	assert login.status_code == 200, login.text
	tag = uuid.uuid4().hex[:8]
	made = []
	for published in (1, 0):
		response = admin_session.post(
			f"{base_url}/api/resource/Policy Notice",
			json={
				"title": f"试点通知 {tag} {published}",
				"published": published,
				"content": f"<p>正文 {tag}</p>",
			},
			timeout=30,
		)
		assert response.status_code == 200, response.text
		made.append(response.json()["data"])
	yield made
	for notice in made:
		admin_session.delete(f"{base_url}/api/resource/Policy Notice/{notice['name']}", timeout=30)


def test_guest_reads_published_notices_on_the_website(base_url, notices):
	published, draft = notices
	listing = requests.get(f"{base_url}/notices", timeout=30)
	assert listing.status_code == 200
	assert published["title"] in listing.text
	assert draft["title"] not in listing.text
	assert "政策发布" in listing.text

	page = requests.get(f"{base_url}/{published['route']}", timeout=30)
	assert page.status_code == 200
	assert published["title"] in page.text


def test_guest_cannot_read_notices_through_the_api(base_url, notices):
	published, _draft = notices
	response = requests.get(f"{base_url}/api/resource/Policy Notice/{published['name']}", timeout=30)
	assert response.status_code == 403
