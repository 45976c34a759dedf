"""The one place that converts between our offsets and Qt's.

QualCode stores Python code points; QTextDocument/QTextCursor count UTF-16
code units, so every character outside the Basic Multilingual Plane (emoji,
some CJK) counts 2 in Qt and 1 for us.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Characters outside the Basic Multilingual Plane: 2 UTF-16 units each.
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class PositionMap:
    """Converts offsets of one text both ways in O(log n) after O(n) set-up.

    For pure-BMP text (the usual case) both conversions are the identity.
    """

    def __init__(self, text: str) -> None:
        # code-point offsets of astral characters, each adds 1 extra UTF-16 unit
        # a regex scan runs in C: ~2 ms instead of ~100 ms for a 100k-word transcript
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        # their UTF-16 positions (position of the high surrogate)
        self._astral_utf16 = [cp + k for k, cp in enumerate(self._astral)]
        self._length = len(text)

    @property
    def identity(self) -> bool:
        """True when both conversions are the identity (no astral characters)."""
        return not self._astral

    def to_qt(self, code_point: int) -> int:
        return code_point + bisect_right(self._astral, code_point - 1)

    def from_qt(self, utf16: int) -> int:
        # number of astral characters that end at or before utf16
        k = bisect_right(self._astral_utf16, utf16 - 2)
        return utf16 - k


def to_qt(text: str, code_point: int) -> int:
    return PositionMap(text).to_qt(code_point)


def from_qt(text: str, utf16: int) -> int:
    return PositionMap(text).from_qt(utf16)
