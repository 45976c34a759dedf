"""Decimal marks in already formatted text: ``0.21`` -> ``0,21``, ``.008`` -> ``0,008``."""

from __future__ import annotations

import re

# Two numbers separated by ", " (an interval "[0.12, 0.45]" or a list), one of them decimal:
# the comma would be ambiguous once it is also the decimal mark, so it becomes "; ".
# Whole numbers ("F(2, 118)") keep their comma.
_PAIR = re.compile(r"(?<![\w.])([-\u2212]?\d*\.?\d+),[ \u00a0](?=([-\u2212]?\d*\.?\d+)(?![\w.]))")
# A decimal number not inside a word, version string or date: 0.21, -1.05, .008, −.34
_DECIMAL = re.compile(r"(?<![\w.,])([-\u2212]?)(\d*)\.(\d+)(?![\w.])")


_MINUS = "\u2212"


def localise_numbers(text: str, decimal_comma: bool) -> str:
    """``text`` with decimal points as commas (and a leading zero) when ``decimal_comma``.

    The sign of a decimal number becomes the minus sign U+2212, so that a narrow column breaks
    "[−0,05; −0,01]" at its space, never after a hyphen-minus inside a number.

    >>> localise_numbers("b = 0.21, 95% CI [-.12, 1.45], p = .008", True)
    'b = 0,21; 95% CI [\u22120,12; 1,45], p = 0,008'
    >>> localise_numbers("version 3.8.18, p < .001", False)
    'version 3.8.18, p < .001'
    """
    if not decimal_comma or "." not in text:
        return text
    text = _PAIR.sub(lambda m: m.group(1) + ("; " if "." in m.group(1) + m.group(2) else ", "), text)
    return _DECIMAL.sub(lambda m: f"{_MINUS if m.group(1) else ''}{m.group(2) or '0'},{m.group(3)}", text)
