"""Masking of personal data (PIPL): what a reader without a need may see."""

MASK = "*"
VISIBLE_TAIL = 4


def mask_tail(value: str | None, visible: int = VISIBLE_TAIL) -> str:
	"""Hide all but the last `visible` characters: `**************123X`.

	Short values show less than half of themselves, so none is ever shown whole."""
	if not value:
		return ""
	value = str(value)
	shown = min(visible, (len(value) - 1) // 2)
	return MASK * (len(value) - shown) + value[len(value) - shown :]


def mask_name(name: str | None) -> str:
	"""A holder's name for public pages: 张*明, and 张* for two characters."""
	if not name:
		return ""
	name = name.strip()
	if len(name) <= 1:
		return name
	if len(name) == 2:
		return name[0] + MASK
	return name[0] + MASK * (len(name) - 2) + name[-1]
