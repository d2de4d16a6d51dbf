"""Shared fixtures of the top-level tests: the test site's web server, started by
`./onex test` (scripts/run_tests.py), and sessions on it."""

import os
import subprocess
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def base_url():
	url = os.environ.get("ONEX_BASE_URL")
	if not url:
		pytest.fail("ONEX_BASE_URL is not set: run the tests with ./onex test")
	return url.rstrip("/")


@pytest.fixture(scope="session")
def admin_session(base_url):
	session = requests.Session()
	response = session.post(
		f"{base_url}/api/method/login",
		data={"usr": "Administrator", "pwd": os.environ["ONEX_ADMIN_PASSWORD"]},
		timeout=30,
	)
	assert response.status_code == 200, response.text
	return session


@pytest.fixture(scope="session")
def repo_files():
	"""The files git tracks in this repository."""
	out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
	return out.stdout.splitlines()
