"""The Desk in a real browser (Debian's chromium, headless, through Playwright): the working
group's workspace opens in Chinese for a Pilot Administrator, its number cards showing numbers.
Screenshots are kept in $ONEX_ARTIFACTS."""

import re

import pytest

pytestmark = pytest.mark.browser

WORKSPACE_ROUTE = "/app/1%2Bx-pilot"  # the workspace "1+X Pilot"
# Number cards show a count, a rate or an amount, e.g. 5, 83.58%, CNY 2,840.00 or ¥ 0.00.
A_NUMBER = re.compile(r"\d[\d,]*(\.\d+)?\s*%?")


@pytest.fixture
def desk_page(chromium):
	context = chromium.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
	page = context.new_page()
	page.set_default_timeout(60_000)
	yield page
	context.close()


def test_the_workspace_opens_in_chinese_with_its_number_cards(
	desk_page, base_url, matrix_scenario, artifacts
):
	page = desk_page
	page.goto(f"{base_url}/login")
	page.fill("#login_email", matrix_scenario["users"]["Pilot Administrator"])
	page.fill("#login_password", matrix_scenario["password"])
	page.click(".btn-login")
	page.wait_for_url(re.compile(r".*/app.*"))

	page.goto(f"{base_url}{WORKSPACE_ROUTE}")
	page.locator(".number-widget-box .number").first.wait_for()
	page.wait_for_function("() => !document.querySelector('.number-widget-box .number-card-loading')")

	page.screenshot(path=str(artifacts / "desk-01-workspace.png"), full_page=True)

	assert "1+X 试点" in page.inner_text(".page-head .title-text")
	cards = page.locator(".number-widget-box")
	assert cards.count() >= 5
	for index in range(cards.count()):
		card = cards.nth(index)
		title = card.locator(".widget-title").inner_text().strip()
		number = card.locator(".number").inner_text().strip()
		assert re.search(r"[\u4e00-\u9fff]", title), f"card title {title!r} is not in Chinese"
		assert A_NUMBER.search(number), f"card {title!r} shows {number!r}"
	# Both charts draw bars (the matrix scenario has registrations and results this year), in a
	# colour: a chart without one draws them invisible. Bars grow from nothing as the chart
	# animates, so wait until every chart has one of some height.
	charts = page.locator(".dashboard-widget-box")
	assert charts.count() >= 2
	# Then wait until their colour is set too (the chart paints as it animates): a chart that never
	# gets one fails here, after the timeout, and the check below says which. The colour is the
	# bar's own style, which Frappe Charts sets from the chart's colours; a busy browser once
	# answered an empty computed style for bars that had one.
	page.wait_for_function(
		"""() => [...document.querySelectorAll('.dashboard-widget-box')].every((chart) =>
			[...chart.querySelectorAll('svg rect.bar')].some((bar) => parseFloat(bar.getAttribute('height')) > 0))"""
	)
	from playwright.sync_api import TimeoutError as PlaywrightTimeout

	try:
		page.wait_for_function(
			"""() => [...document.querySelectorAll('.dashboard-widget-box svg rect.bar')]
				.filter((bar) => parseFloat(bar.getAttribute('height')) > 0)
				.every((bar) => !['', 'none', 'rgba(0, 0, 0, 0)'].includes((bar.style.fill || getComputedStyle(bar).fill)))""",
			timeout=10_000,
		)
	except PlaywrightTimeout:
		pass  # the assertion below names the chart
	page.screenshot(path=str(artifacts / "desk-02-charts.png"), full_page=True)
	for index in range(charts.count()):
		chart = charts.nth(index)
		title = chart.locator(".widget-title").inner_text().strip()
		assert re.search(r"[\u4e00-\u9fff]", title), f"chart title {title!r} is not in Chinese"
		fills = chart.locator("svg rect.bar").evaluate_all(
			"""(bars) => bars.filter((bar) => parseFloat(bar.getAttribute('height')) > 0)
				.map((bar) => (bar.style.fill || getComputedStyle(bar).fill))"""
		)
		assert fills and all(fill and fill not in ("none", "rgba(0, 0, 0, 0)") for fill in fills), (
			f"chart {title!r} draws its bars in {fills}"
		)
