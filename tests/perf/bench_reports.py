"""How the workspace reports scale with the size of the school.

Run on a site with the demo school loaded (`./onex run` makes one), never as part of the tests:

    env/bin/python tests/perf/bench_reports.py [--site pilot.localhost] [--scales 1 10 50]

It copies the demo's registrations, results and certificates in the database until the school
is `scale` times the demo, times each report (median of several runs, as the Pilot
Administrator) and, in the same run and on the same rows, a baseline: one plain aggregate
query over registrations, results and certificates, the least any of these reports must read.
It prints each report's time and its ratio to the baseline. A report that looks rows up one
by one shows a ratio that grows with the scale; one that keeps to a few queries keeps it
about flat. Everything is rolled back at the end: the site is left as it was."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = {
	# table: (columns renamed as name + suffix)
	"Skill Assessment Registration": ("name",),
	"Skill Assessment Result": ("name", "registration"),
	"Skill Certificate Record": ("name", "result", "verification_code"),
}
BASELINE = """
	select reg.`plan`, count(*), sum(res.`outcome` = 'Pass'), count(cert.`name`)
	from `tabSkill Assessment Registration` reg
	left join `tabSkill Assessment Result` res on res.`registration` = reg.`name` and res.`docstatus` = 1
	left join `tabSkill Certificate Record` cert on cert.`result` = res.`name` and cert.`docstatus` = 1
	group by reg.`plan`
"""


def parse_args():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", default=os.environ.get("SITE", "pilot.localhost"))
	parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 50])
	parser.add_argument("--repeat", type=int, default=5)
	return parser.parse_args()


def reports():
	from onex_pilot.assessment.report.certificate_register import certificate_register
	from onex_pilot.assessment.report.exam_site_utilisation import exam_site_utilisation
	from onex_pilot.assessment.report.pass_rate_by_domain_and_level import (
		pass_rate_by_domain_and_level,
	)
	from onex_pilot.assessment.report.registrations_and_fee_waivers import (
		registrations_and_fee_waivers,
	)
	from onex_pilot.faculty.report.trainer_workload_and_training_coverage import (
		trainer_workload_and_training_coverage as workload,
	)
	from onex_pilot.organisation.report.milestone_progress import milestone_progress

	return {
		"Pass Rate by Domain and Level": (pass_rate_by_domain_and_level, {}),
		"Registrations and Fee Waivers": (registrations_and_fee_waivers, {}),
		"Exam Site Utilisation": (exam_site_utilisation, {}),
		"Certificate Register": (certificate_register, {}),
		"Milestone Progress": (milestone_progress, {}),
		"Trainer Workload": (workload, {}),
	}


def grow(frappe, copy: int):
	"""Add one copy of the demo's original rows, each name (and unique key) suffixed."""
	suffix = f"-P{copy}"
	for doctype, renamed in COPIED.items():
		table = f"`tab{doctype}`"
		columns = frappe.db.get_table_columns(doctype)
		select = ", ".join(
			f"concat(`{column}`, %(suffix)s)" if column in renamed else f"`{column}`" for column in columns
		)
		frappe.db.sql(
			f"""insert into {table} ({", ".join(f"`{c}`" for c in columns)})
			select {select} from {table} where `name` not like %(copies)s""",
			{"suffix": suffix, "copies": "%-P%"},
		)


def median_seconds(run, repeat: int) -> float:
	run()  # warm caches (roles, metadata)
	times = []
	for _i in range(repeat):
		start = time.perf_counter()
		run()
		times.append(time.perf_counter() - start)
	return statistics.median(times)


def main():
	args = parse_args()
	os.chdir(ROOT / "sites")
	sys.path.insert(0, str(ROOT / "apps" / "frappe"))
	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	# Nothing may commit the copies: the Certificate Register writes an Access Log for a reader of
	# full ID numbers and Frappe commits that outside a request, so commits are switched off.
	commit, frappe.db.commit = frappe.db.commit, lambda *args, **kwargs: None
	try:
		if not frappe.db.count("Skill Assessment Registration"):
			sys.exit(f"{args.site} has no registrations: load the demo school first (./onex run)")
		frappe.set_user(
			"admin@pilot.example" if frappe.db.exists("User", "admin@pilot.example") else "Administrator"
		)
		print(f"site {args.site}; times are medians of {args.repeat} runs; ratio = report ÷ baseline")
		print(
			f"{'scale':>5} {'registrations':>13}  {'report':<30} {'ms':>8} {'baseline ms':>11} {'ratio':>6}"
		)
		made = 1
		for scale in sorted(args.scales):
			while made < scale:
				grow(frappe, made)
				made += 1
			size = frappe.db.count("Skill Assessment Registration")
			baseline = median_seconds(lambda: frappe.db.sql(BASELINE), args.repeat)
			for name, (report, filters) in reports().items():
				seconds = median_seconds(
					lambda report=report, filters=filters: report.execute(filters), args.repeat
				)
				print(
					f"{scale:>5} {size:>13}  {name:<30} {seconds * 1000:>8.1f} {baseline * 1000:>11.1f}"
					f" {seconds / baseline:>6.1f}"
				)
	finally:
		frappe.db.rollback()
		frappe.db.commit = commit
		left = frappe.db.sql(
			"select count(*) from `tabSkill Assessment Registration` where `name` like %s", ("%-P%",)
		)[0][0]
		frappe.destroy()
		if left:
			sys.exit(f"{left} copied registrations were left on {args.site}: delete names ending -P<n>")


if __name__ == "__main__":
	main()
