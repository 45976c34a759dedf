"""Matrices on a crafted project; every expected count was worked out by hand (see comments)."""

from __future__ import annotations

import pytest

from qualcode.core.errors import ValidationError
from qualcode.services.coding.matrices import (
    Cancelled,
    cell_segment_ids,
    cell_segments,
    code_by_case,
    code_cooccurrence,
)
from tests.services.matrix_fixture import build


@pytest.fixture
def crafted(project, coder):
    return build(project, coder)


def test_overlap_cooccurrence_counts_overlapping_pairs(project, crafted):
    m = code_cooccurrence(project, mode="overlap")
    assert m.row_labels == ("A", "B", "C", "D")
    A, B, C, D = (crafted.codes[x] for x in "ABCD")
    # doc1: A0-B5, B12-C20, C20-A25, B5-D10 overlap; A0/D10 and D10/B12 only touch.
    # doc2: A32-B35 overlap; B2 and A12 overlap nothing.
    assert m.count(A, B) == m.count(B, A) == 2
    assert m.count(A, C) == 1
    assert m.count(A, D) == 0
    assert m.count(B, C) == 1
    assert m.count(B, D) == 1
    assert m.count(C, D) == 0
    # diagonal: number of segments of the code
    assert [m.count(x, x) for x in (A, B, C, D)] == [4, 5, 2, 1]


def test_same_turn_cooccurrence_counts_turns_with_both(project, crafted):
    m = code_cooccurrence(project, mode="turn")
    A, B, C, D = (crafted.codes[x] for x in "ABCD")
    # doc1 turns: T0 {A0 (before the first turn), B5, D10, B12}, T1 {B17 (in the label gap), C20, A25}, T2 {C45}
    # doc2 turns: Interviewer {B2}, Ann {A12}, Ben {A32, B35}
    assert m.count(A, B) == 3  # T0, T1, Ben
    assert m.count(A, C) == 1
    assert m.count(A, D) == 1
    assert m.count(B, C) == 1
    assert m.count(B, D) == 1
    assert m.count(C, D) == 0
    assert [m.count(x, x) for x in (A, B, C, D)] == [4, 4, 2, 1]


def test_code_by_case_maps_focus_group_speakers(project, crafted):
    m = code_by_case(project)
    assert m.column_labels == ("P1", "P2")
    A, B, C, D = (crafted.codes[x] for x in "ABCD")
    P1, P2 = crafted.cases["P1"], crafted.cases["P2"]
    # doc1 is P1's interview: all 8 of its segments count for P1.
    # doc2: A12 is Ann (P1); A32, B35 are Ben (P2); B2 is the interviewer (no case).
    assert m.count(A, P1) == 3 and m.count(A, P2) == 1
    assert m.count(B, P1) == 3 and m.count(B, P2) == 1
    assert m.count(C, P1) == 2 and m.count(C, P2) == 0
    assert m.count(D, P1) == 1 and m.count(D, P2) == 0


def test_cell_click_through(project, crafted):
    s = crafted.segments
    A, B = crafted.codes["A"], crafted.codes["B"]
    assert cell_segment_ids(project, "overlap", A, B) == sorted([s["A0"], s["B5"], s["A32"], s["B35"]])
    assert cell_segment_ids(project, "turn", A, B) == sorted(
        [s["A0"], s["B5"], s["B12"], s["B17"], s["A25"], s["A32"], s["B35"]])
    assert cell_segment_ids(project, "case", B, crafted.cases["P2"]) == [s["B35"]]
    rows = cell_segments(project, "case", A, crafted.cases["P1"], context=0)
    assert [(r.document_id, r.span.start) for r in rows] == [(crafted.doc1, 0), (crafted.doc1, 25), (crafted.doc2, 12)]


def test_subset_of_codes_and_bad_mode(project, crafted):
    A, C = crafted.codes["A"], crafted.codes["C"]
    m = code_cooccurrence(project, [C, A])
    assert m.row_ids == (A, C) and m.counts == ((4, 1), (1, 2))
    with pytest.raises(ValidationError, match="mode"):
        code_cooccurrence(project, mode="sentence")


def test_cancel_stops_the_computation(project, crafted):
    with pytest.raises(Cancelled):
        code_cooccurrence(project, cancel=lambda: True)


def test_sweep_agrees_with_all_pairs_on_random_spans(project, coder):
    """The sweep must equal the obvious quadratic definition (checked here, small n)."""
    import random

    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code_many
    from qualcode.services.corpus.documents import add_document

    rng = random.Random(3)
    codes = [add_code(project, f"K{i}").value.id for i in range(5)]
    spans = []
    for d in range(3):
        doc = add_document(project, f"D{d}", "x" * 300).value.id
        for code in codes:
            hits = []
            for _ in range(8):
                s = rng.randrange(0, 280)
                hits.append((doc, Span(s, s + rng.randint(1, 20))))
            for seg in apply_code_many(project, hits, code, coder.id).value:
                spans.append((seg.document_id, seg.code_id, seg.span))
    expected = {(a, b): 0 for a in codes for b in codes}
    for i, (d1, c1, s1) in enumerate(spans):
        for d2, c2, s2 in spans[i + 1:]:
            if d1 == d2 and c1 != c2 and s1.overlaps(s2):
                expected[c1, c2] += 1
                expected[c2, c1] += 1
    m = code_cooccurrence(project, mode="overlap")
    assert all(m.count(a, b) == expected[a, b] for a in codes for b in codes if a != b)
