"""The one-sweep co-occurrence count equals the brute-force definition (every pair checked)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.core.theme_review import cooccurrence_shares

segments = st.lists(
    st.tuples(st.integers(0, 2), st.integers(1, 4), st.integers(0, 60), st.integers(1, 25)),
    min_size=0, max_size=25,
)
CODE_SETS = {10: frozenset({1, 2}), 20: frozenset({2, 3}), 30: frozenset({4})}


def _brute(segs):
    totals, hits = {}, {}
    for s in segs:
        mine = {t for t, cs in CODE_SETS.items() if s[2] in cs}
        others = set()
        for o in segs:
            if o[1] == s[1] and o[3] < s[4] and s[3] < o[4]:
                others |= {t for t, cs in CODE_SETS.items() if o[2] in cs}
        for t in mine:
            totals[t] = totals.get(t, 0) + 1
            for u in others - {t}:
                hits.setdefault(t, {}).setdefault(u, 0)
                hits[t][u] += 1
    return totals, {t: {u: n / totals[t] for u, n in d.items()} for t, d in hits.items()}


@settings(max_examples=150, deadline=None)
@given(segments)
def test_sweep_matches_brute_force(raw):
    segs = [(i, doc, code, start, start + length) for i, (doc, code, start, length) in enumerate(raw)]
    assert cooccurrence_shares(segs, CODE_SETS) == _brute(segs)
