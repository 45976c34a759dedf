"""Exact span arithmetic for replacing words in a text while every span keeps its words.

A replacement swaps ``text[start:end]`` for ``new``. Offsets outside every replaced
range shift by the length differences before them; a span that starts or ends inside
a replaced range grows to cover the whole replacement (the words it pointed at became
the replacement). Offsets are Python code points, half-open ``[start, end)``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.core.errors import ValidationError

__all__ = ["Replacement", "SpanMap", "apply_to_text"]


@dataclass(frozen=True)
class Replacement:
    """Put ``new`` where ``text[start:end]`` was."""

    start: int
    end: int
    new: str


class SpanMap:
    """Maps offsets of the old text to the new one, for a set of non-overlapping replacements.

    Examples
    --------
    >>> m = SpanMap([Replacement(4, 8, "P07")], 20)
    >>> m.span(0, 8), m.span(9, 12), m.span(5, 6)
    ((0, 7), (8, 11), (4, 7))
    """

    def __init__(self, replacements: Sequence[Replacement], text_length: int) -> None:
        ordered = sorted(replacements, key=lambda r: r.start)
        previous_end = 0
        for r in ordered:
            if r.start < previous_end or r.end <= r.start or r.end > text_length or r.start < 0:
                raise ValidationError(f"Replacement at {r.start}-{r.end} overlaps another or lies outside the text.")
            if not r.new:
                raise ValidationError(f"The replacement at {r.start}-{r.end} is empty; give it a name or a tag.")
            previous_end = r.end
        self.replacements = ordered
        self._starts = [r.start for r in ordered]
        self._new_starts: list[int] = []
        delta = 0
        for r in ordered:
            self._new_starts.append(r.start + delta)
            delta += len(r.new) - (r.end - r.start)

    def _shift_before(self, i: int) -> int:
        """Length difference of the first ``i`` replacements."""
        if i == 0:
            return 0
        r = self.replacements[i - 1]
        return self._new_starts[i - 1] + len(r.new) - r.end

    def start(self, offset: int) -> int:
        """New offset of a span start at ``offset``."""
        i = bisect_right(self._starts, offset)  # replacements starting at or before offset
        if i and offset < self.replacements[i - 1].end:
            return self._new_starts[i - 1]  # at or inside a replaced range: its new start
        return offset + self._shift_before(i)

    def end(self, offset: int) -> int:
        """New offset of a span end at ``offset``."""
        i = bisect_right(self._starts, offset - 1)  # replacements starting before offset
        if i and offset <= self.replacements[i - 1].end:
            r = self.replacements[i - 1]
            return self._new_starts[i - 1] + len(r.new)  # inside or at the end: the replacement's end
        return offset + self._shift_before(i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """New ``(start, end)`` of the span ``[start, end)``."""
        return self.start(start), self.end(end)


def apply_to_text(text: str, replacements: Sequence[Replacement]) -> str:
    """``text`` with the (non-overlapping) replacements made."""
    pieces: list[str] = []
    position = 0
    for r in sorted(replacements, key=lambda r: r.start):
        pieces.append(text[position:r.start])
        pieces.append(r.new)
        position = r.end
    pieces.append(text[position:])
    return "".join(pieces)
