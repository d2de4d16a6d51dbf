import ipaddress

from frappe.tests.utils import FrappeTestCase

from onex_pilot.portal.client_ip import client_address

PROXIES = [ipaddress.ip_network("10.0.0.1/32"), ipaddress.ip_network("192.168.5.0/24")]


class TestClientAddress(FrappeTestCase):
	def test_forged_header_from_an_untrusted_client_is_ignored(self):
		self.assertEqual(client_address("203.0.113.9", "1.2.3.4", PROXIES), "203.0.113.9")
		self.assertEqual(client_address("203.0.113.9", "1.2.3.4", []), "203.0.113.9")

	def test_trusted_proxy_passes_on_the_client_it_saw(self):
		self.assertEqual(client_address("10.0.0.1", "198.51.100.7", PROXIES), "198.51.100.7")

	def test_client_cannot_prepend_a_forged_address_through_a_proxy(self):
		# The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
		self.assertEqual(client_address("10.0.0.1", "1.2.3.4, 198.51.100.7", PROXIES), "198.51.100.7")

	def test_chain_of_trusted_proxies_is_walked(self):
		self.assertEqual(
			client_address("10.0.0.1", "1.2.3.4, 198.51.100.7, 192.168.5.20", PROXIES), "198.51.100.7"
		)

	def test_garbage_in_the_header_stops_the_walk(self):
		self.assertEqual(client_address("10.0.0.1", "<script>, 192.168.5.20", PROXIES), "192.168.5.20")
		self.assertEqual(client_address("10.0.0.1", "' or 1=1 --", PROXIES), "10.0.0.1")
