"""Half-open spans ``[start, end)`` in Python code points of a document's text."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.errors import ValidationError


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range of code points. ``end > start >= 0``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0:
            raise ValidationError(f"A span cannot start before the text ({self.start}).")
        if self.end <= self.start:
            raise ValidationError(
                f"A span must end after it starts (start {self.start}, end {self.end})."
            )

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def check_within(self, text_length: int) -> None:
        """Raise :class:`ValidationError` unless the span fits a text of that length."""
        if self.end > text_length:
            raise ValidationError(
                f"The span {self.start}-{self.end} runs past the end of the text "
                f"({text_length} characters)."
            )


def merge_spans(spans: list[Span]) -> list[Span]:
    """Union of spans as a sorted list of disjoint, non-touching spans."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            merged.append(Span(last.start, max(last.end, span.end)))
        else:
            merged.append(span)
    return merged


def covered_length(spans: list[Span]) -> int:
    """Number of code points covered by at least one span."""
    return sum(s.length for s in merge_spans(spans))
