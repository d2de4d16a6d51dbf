from frappe.tests.utils import FrappeTestCase

from onex_pilot.privacy import mask_name, mask_tail


class TestMasking(FrappeTestCase):
	def test_resident_id_shows_only_its_last_four_characters(self):
		self.assertEqual(mask_tail("11010519491231002X"), "**************002X")

	def test_phone_shows_only_its_last_four_digits(self):
		self.assertEqual(mask_tail("13812345678"), "*******5678")

	def test_short_values_are_never_shown_whole(self):
		for value in ("1", "12", "1234", "12345678"):
			masked = mask_tail(value)
			self.assertEqual(len(masked), len(value))
			self.assertIn("*", masked)
			self.assertLessEqual(len(masked.replace("*", "")), len(value) // 2)

	def test_empty_values_stay_empty(self):
		self.assertEqual(mask_tail(None), "")
		self.assertEqual(mask_tail(""), "")

	def test_names_keep_first_and_last_character(self):
		self.assertEqual(mask_name("张晓明"), "张*明")
		self.assertEqual(mask_name("欧阳晓明"), "欧**明")
		self.assertEqual(mask_name("张明"), "张*")
