"""The roles this addon ships with. Kept free of imports so hooks.py can read it.

The core's roles (Pilot Administrator, Class Teacher, Student, …) are in `onex_pilot.roles`."""

CREDIT_BANK_OFFICER = "Credit Bank Officer"

ALL_ROLES = (CREDIT_BANK_OFFICER,)
