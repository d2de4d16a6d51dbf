"""Run every test of the platform and end with one line: `N passed, N failed, N skipped`.

Called by `./onex test` with the bench's Python. It runs
1. each app's Frappe tests (`bench run-tests --app APP`) on the throwaway test site,
2. the top-level `tests/` with pytest (benchmarks in `tests/perf/` excluded), against
   a web server it starts on the test site and stops afterwards.

Frappe's runner exits 0 on failures unless CI is set, and a runner that crashed or
found nothing prints no counts, so the counts are read from each runner's own
report and a run that ran no test fails.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".tools" / "bench" / "bin" / "bench"
RESULTS_ROOT = ROOT / "logs" / "test-results"
RESULTS = RESULTS_ROOT  # per site, set in main()


class Tally:
	def __init__(self):
		self.passed = self.failed = self.skipped = 0
		self.broken = []  # runners whose counts could not be read

	def fail(self, problem):
		"""A runner that broke without counts counts as one failure."""
		self.broken.append(problem)
		self.failed += 1

	def add(self, passed, failed, skipped):
		self.passed += passed
		self.failed += failed
		self.skipped += skipped

	@property
	def ran(self):
		return self.passed + self.failed


def parse_unittest_output(text):
	"""Counts from unittest's closing lines ('Ran N tests', 'FAILED (...)' or 'OK (...)')."""
	ran = re.findall(r"^Ran (\d+) tests? in", text, re.M)
	if not ran:
		return None
	total = int(ran[-1])
	status = re.findall(r"^(OK|FAILED)(?: \((.*)\))?\s*$", text, re.M)
	counts = {"failures": 0, "errors": 0, "skipped": 0, "expected failures": 0, "unexpected successes": 0}
	if status:
		for key, value in re.findall(r"([a-z ]+)=(\d+)", status[-1][1] or ""):
			counts[key.strip()] = int(value)
	failed = counts["failures"] + counts["errors"] + counts["unexpected successes"]
	skipped = counts["skipped"] + counts["expected failures"]
	if not status:
		failed = max(failed, 1)  # the runner stopped before its verdict
	return total - failed - skipped, failed, skipped


def run_frappe_tests(site, app, module, tally):
	command = [str(BENCH), "--site", site, "run-tests", "--app", app]
	if module:
		command += ["--module", module]
	print(f"\n=== Frappe tests of {app}" + (f" ({module})" if module else ""), flush=True)
	env = dict(os.environ, CI="1")
	proc = subprocess.Popen(
		command, cwd=ROOT / "sites", env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
	)
	lines = []
	for line in proc.stdout:
		sys.stdout.write(line)
		lines.append(line)
	proc.wait()
	counts = parse_unittest_output("".join(lines))
	if counts is None:
		tally.fail(f"{app}: the Frappe test runner reported no result (exit {proc.returncode})")
		return
	passed, failed, skipped = counts
	if proc.returncode != 0 and failed == 0:
		failed = 1
		tally.broken.append(f"{app}: the Frappe test runner exited {proc.returncode}")
	tally.add(passed, failed, skipped)


def wait_for(url, seconds):
	deadline = time.monotonic() + seconds
	while time.monotonic() < deadline:
		try:
			with urllib.request.urlopen(url, timeout=5) as response:
				if response.status == 200:
					return True
		except OSError:
			time.sleep(1)
	return False


def start_server(site, port):
	log = open(RESULTS / "web.log", "w")
	proc = subprocess.Popen(
		[str(BENCH), "--site", site, "serve", "--port", str(port), "--noreload"],
		cwd=ROOT,
		stdout=log,
		stderr=subprocess.STDOUT,
		start_new_session=True,
	)
	if not wait_for(f"http://127.0.0.1:{port}/api/method/ping", 90):
		stop_server(proc)
		raise RuntimeError(f"the test web server did not answer on port {port}; see {RESULTS / 'web.log'}")
	return proc


def stop_server(proc):
	try:
		os.killpg(proc.pid, signal.SIGTERM)
		proc.wait(timeout=20)
	except (ProcessLookupError, subprocess.TimeoutExpired):
		os.killpg(proc.pid, signal.SIGKILL)


def parse_junit(path):
	root = ET.parse(path).getroot()
	suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
	total = failed = skipped = 0
	for suite in suites:
		total += int(suite.get("tests", 0))
		failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
		skipped += int(suite.get("skipped", 0))
	return total - failed - skipped, failed, skipped


def run_top_level_tests(args, tally):
	print("\n=== Top-level tests (tests/, benchmarks excluded)", flush=True)
	report = RESULTS / "top-level.xml"
	report.unlink(missing_ok=True)
	server = start_server(args.site, args.port)
	try:
		env = dict(
			os.environ,
			ONEX_SITE=args.site,
			ONEX_BASE_URL=f"http://127.0.0.1:{args.port}",
			ONEX_ADMIN_PASSWORD=args.admin_password,
			ONEX_ARTIFACTS=str(RESULTS / "artifacts"),
		)
		command = [
			sys.executable, "-m", "pytest", "tests", "--ignore=tests/perf", "-p", "no:cacheprovider",
			f"--junitxml={report}", "-q",
		]
		if args.no_browser:
			command += ["-m", "not browser"]
		proc = subprocess.run(command, cwd=ROOT, env=env)
	finally:
		stop_server(server)
	if not report.exists():
		tally.fail(f"pytest wrote no report (exit {proc.returncode})")
		return
	passed, failed, skipped = parse_junit(report)
	if proc.returncode not in (0, 1, 5) and failed == 0:
		failed = 1
		tally.broken.append(f"pytest exited {proc.returncode}")
	tally.add(passed, failed, skipped)


def main():
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	parser.add_argument("--port", type=int, required=True)
	parser.add_argument("--admin-password", required=True)
	parser.add_argument("--apps", nargs="+", required=True)
	parser.add_argument("--core-site", help="a site with the core app only")
	parser.add_argument("--core-app")
	parser.add_argument("rest", nargs=argparse.REMAINDER)
	args = parser.parse_args()

	# What the user passed after `./onex test`.
	user = argparse.ArgumentParser(prog="./onex test")
	user.add_argument("--app", help="run only this app's Frappe tests")
	user.add_argument("--module", help="run only this test module (with --app)")
	user.add_argument("--no-browser", action="store_true", help="skip browser tests")
	user.add_argument("--no-top-level", action="store_true", help="skip the top-level tests/")
	user.add_argument("--top-level-only", action="store_true", help="run only the top-level tests/")
	options = user.parse_args([a for a in args.rest if a != "--"])
	args.no_browser = options.no_browser

	global RESULTS
	RESULTS = RESULTS_ROOT / args.site  # parallel runs on other sites keep their own reports
	RESULTS.mkdir(parents=True, exist_ok=True)
	tally = Tally()
	apps = [options.app] if options.app else args.apps
	if options.top_level_only:
		apps, args.core_site = [], None
	for app in apps:
		run_frappe_tests(args.site, app, options.module, tally)
	if args.core_site:
		print(f"\n=== Without addons: {args.core_app} alone on {args.core_site}", flush=True)
		run_frappe_tests(args.core_site, args.core_app, None, tally)
	if not (options.app or options.module or options.no_top_level):
		try:
			run_top_level_tests(args, tally)
		except RuntimeError as error:
			tally.fail(str(error))

	print()
	for problem in tally.broken:
		print(f"error: {problem}")
	if tally.ran == 0:
		print("error: no test ran")
	print(f"{tally.passed} passed, {tally.failed} failed, {tally.skipped} skipped")
	ok = tally.failed == 0 and not tally.broken and tally.ran > 0
	sys.exit(0 if ok else 1)


if __name__ == "__main__":
	main()
