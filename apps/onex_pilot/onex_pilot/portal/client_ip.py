"""The client's address, as far as it can be trusted.

Frappe v15 takes `frappe.local.request_ip` from the first entry of `X-Forwarded-For`
whenever a request carries that header (frappe/auth.py, `HTTPRequest.set_request_ip`),
so any client could choose the address that rate limits and login-attempt tracking
are keyed on. Forwarded addresses are trusted here only from the proxies named in the
site configuration (`onex_trusted_proxies`: a list of addresses or networks, e.g.
`["127.0.0.1", "10.0.0.0/8"]`); every other client is known by the address it
connected from. Registered as a `before_request` hook, so it runs before any handler.
"""

import ipaddress

import frappe

TRUSTED_PROXIES_KEY = "onex_trusted_proxies"


def set_trusted_request_ip():
	request = getattr(frappe.local, "request", None)
	if not request:
		return
	frappe.local.request_ip = client_address(
		request.environ.get("REMOTE_ADDR"),
		request.headers.get("X-Forwarded-For"),
		trusted_networks(),
	)


def trusted_networks() -> list:
	networks = []
	for entry in frappe.conf.get(TRUSTED_PROXIES_KEY) or []:
		try:
			networks.append(ipaddress.ip_network(str(entry).strip(), strict=False))
		except ValueError:
			continue
	return networks


def parse_address(value):
	try:
		return ipaddress.ip_address((value or "").strip())
	except ValueError:
		return None


def is_trusted(address, networks) -> bool:
	return any(address in network for network in networks)


def client_address(remote_addr: str | None, forwarded_for: str | None, networks) -> str:
	"""The connecting address, or, when it is a trusted proxy, the last forwarded address
	that is not itself a trusted proxy (the right-most entries were added by our proxies)."""
	peer = parse_address(remote_addr)
	if peer is None:
		return remote_addr or "127.0.0.1"
	client = peer
	if is_trusted(peer, networks) and forwarded_for:
		for entry in reversed(forwarded_for.split(",")):
			address = parse_address(entry)
			if address is None:
				break
			client = address
			if not is_trusted(address, networks):
				break
	return str(client)
