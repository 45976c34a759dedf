"""Property tests: spans and offsets survive NFC, emoji, combining marks and CRLF."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span, covered_length, merge_spans
from qualcode.core.text import normalise_text

texts = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["\r\n", "\r", "\n", "e\u0301", "😀", "👩‍👩‍👧", "\ufeff", "\u0308"]),
    ),
    max_size=120,
).map("".join)


@given(texts)
def test_normalisation_is_idempotent_nfc_and_lf_only(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once


@given(texts, st.data())
def test_segment_text_is_the_slice_of_the_stored_text(text: str, data: st.DataObject) -> None:
    stored = normalise_text(text)
    if not stored:
        return
    start = data.draw(st.integers(0, len(stored) - 1))
    end = data.draw(st.integers(start + 1, len(stored)))
    span = Span(start, end)
    span.check_within(len(stored))
    # what a user sees selected is exactly what we store, code point for code point
    assert stored[span.start : span.end] == "".join(list(stored)[start:end])
    assert span.length == end - start


def test_crlf_and_combining_marks_shift_positions_once_at_import() -> None:
    raw = "I:\r\nCafe\u0301 😀 ok"
    stored = normalise_text(raw)
    assert stored == "I:\nCafé 😀 ok"
    assert stored.index("ok") == 10  # "I:\n"=3, "Café"=4, " 😀 "=3 code points


spans = st.builds(
    lambda a, b: Span(min(a, b), max(a, b) + 1), st.integers(0, 500), st.integers(0, 500)
)


@given(st.lists(spans, max_size=30))
def test_merging_overlapping_spans_preserves_coverage(items: list[Span]) -> None:
    covered = set()
    for s in items:
        covered.update(range(s.start, s.end))
    merged = merge_spans(items)
    assert covered_length(items) == len(covered)
    assert {i for s in merged for i in range(s.start, s.end)} == covered
    assert all(a.end < b.start for a, b in zip(merged, merged[1:]))


@given(spans, st.integers(1, 499))
def test_split_of_a_span_preserves_coverage(span: Span, offset: int) -> None:
    cut = span.start + offset
    if not span.start < cut < span.end:
        return
    parts = [Span(span.start, cut), Span(cut, span.end)]
    assert merge_spans(parts) == [span]


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2)])
def test_invalid_spans_are_rejected_with_a_reason(start: int, end: int) -> None:
    with pytest.raises(ValidationError):
        Span(start, end)


def test_span_past_the_end_of_the_text_is_rejected() -> None:
    with pytest.raises(ValidationError, match="past the end"):
        Span(3, 12).check_within(10)
