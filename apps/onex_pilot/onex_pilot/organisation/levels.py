"""The three levels of every skill certificate, as the Select options store them."""

ELEMENTARY = "Elementary"
INTERMEDIATE = "Intermediate"
ADVANCED = "Advanced"

LEVELS = (ELEMENTARY, INTERMEDIATE, ADVANCED)
# The digit that stands for a level in certificate record numbers.
LEVEL_CODES = {ELEMENTARY: "1", INTERMEDIATE: "2", ADVANCED: "3"}
