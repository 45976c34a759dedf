"""Replacing words keeps every span on its words (property-tested): the text a span
covered maps to the same words, and replaced words become their replacement."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.core.errors import ValidationError
from qualcode.services.privacy.span_map import Replacement, SpanMap, apply_to_text


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[Replacement], list[tuple[int, int]]]:
    text = draw(st.text(min_size=1, max_size=80))
    n = len(text)
    cuts = sorted(draw(st.sets(st.integers(0, n), max_size=12)))
    replacements = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if b > a and draw(st.booleans()):
            replacements.append(Replacement(a, b, draw(st.text(min_size=1, max_size=12))))
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, n - 1))
        spans.append((s, draw(st.integers(s + 1, n))))
    return text, replacements, spans


def _expected(text: str, replacements: list[Replacement], s: int, e: int) -> str:
    """What the span must read after replacing: partly covered replaced words widen it."""
    for r in replacements:
        if r.start <= s < r.end:
            s = r.start
        if r.start < e <= r.end:
            e = r.end
    inside = [Replacement(r.start - s, r.end - s, r.new) for r in replacements if s <= r.start and r.end <= e]
    return apply_to_text(text[s:e], inside)


@settings(max_examples=400, deadline=None)
@given(cases())
def test_each_span_reads_the_same_words_with_replaced_words_replaced(case) -> None:
    text, replacements, spans = case
    new_text = apply_to_text(text, replacements)
    mapping = SpanMap(replacements, len(text))
    for s, e in spans:
        ns, ne = mapping.span(s, e)
        assert 0 <= ns < ne <= len(new_text)
        assert new_text[ns:ne] == _expected(text, replacements, s, e)


def test_a_worked_example() -> None:
    text = "Anna met Kowalska in Kyiv."
    reps = [Replacement(0, 4, "P07"), Replacement(9, 17, "P07"), Replacement(21, 25, "[City]")]
    new = apply_to_text(text, reps)
    m = SpanMap(reps, len(text))
    assert new == "P07 met P07 in [City]."
    assert new[slice(*m.span(4, 8))] == " met"
    assert new[slice(*m.span(0, 26))] == new
    assert new[slice(*m.span(11, 13))] == "P07"  # inside a replaced name: the whole replacement


@pytest.mark.parametrize("reps", [
    [Replacement(0, 4, "A"), Replacement(3, 6, "B")],
    [Replacement(0, 4, "")],
    [Replacement(5, 99, "X")],
])
def test_overlapping_empty_or_outside_replacements_are_refused(reps) -> None:
    with pytest.raises(ValidationError):
        SpanMap(reps, 10)
