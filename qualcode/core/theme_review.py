"""Reviewing themes (phase 4): which codes a theme gathers, how many cases it covers,
and how much it overlaps other themes. Pure functions over plain tuples, so the service
can feed them from one bulk query.

Rules (stated once, used by the board, the review view and the report):

* A theme gathers its own codes, every sub-code of those codes, and the codes of its
  sub-themes (a parent theme speaks for its sub-themes).
* A theme is **thin** when it is found in fewer than :data:`THIN_SHARE` (20 %) of the cases.
* Two themes **co-occur** on a segment of theme A when a segment of theme B overlaps it in
  the same document (the same segment counts when its code sits in both themes).
  Theme A is flagged as **overlapping** B when at least :data:`OVERLAP_SHARE` (50 %) of A's
  segments co-occur with B. A theme's own ancestors and sub-themes are never counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from qualcode.core.codebook import Code
from qualcode.core.theme import Theme

#: A theme found in fewer than this share of the cases is "thin" (UX.md: < 20 %).
THIN_SHARE = 0.20
#: A theme whose segments co-occur with another theme's at least this often "overlaps" it.
OVERLAP_SHARE = 0.50

#: (segment_id, document_id, code_id, start, end)
SegmentTuple = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class ThemeCoverage:
    """Prevalence and warnings for one theme."""

    theme_id: int
    segments: int
    documents: int
    cases_covered: int
    cases_total: int
    overlaps: dict[int, float] = field(default_factory=dict, compare=False, hash=False)

    @property
    def case_share(self) -> float | None:
        return self.cases_covered / self.cases_total if self.cases_total else None

    @property
    def thin(self) -> bool:
        """Fewer than 20 % of the cases; never flagged in a project without cases."""
        share = self.case_share
        return share is not None and share < THIN_SHARE

    @property
    def overlapping(self) -> dict[int, float]:
        """Other themes this one overlaps (share at or above :data:`OVERLAP_SHARE`)."""
        return {t: s for t, s in self.overlaps.items() if s >= OVERLAP_SHARE}

    @property
    def cases_label(self) -> str:
        """``"19/27"`` as on the theme card."""
        return f"{self.cases_covered}/{self.cases_total}"


def sub_themes(themes: Iterable[Theme], theme_id: int) -> list[int]:
    """Ids of every theme below ``theme_id`` (not including it)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for theme in themes:
        children[theme.parent_id].append(theme.id)
    out: list[int] = []
    stack = list(children.get(theme_id, []))
    while stack:
        tid = stack.pop()
        out.append(tid)
        stack.extend(children.get(tid, []))
    return out


def ancestors(themes: dict[int, Theme], theme_id: int) -> list[int]:
    out: list[int] = []
    current = themes[theme_id].parent_id if theme_id in themes else None
    while current is not None and current not in out and current in themes:
        out.append(current)
        current = themes[current].parent_id
    return out


def theme_code_sets(themes: list[Theme], codes: dict[int, Code]) -> dict[int, frozenset[int]]:
    """Theme id -> every code id whose segments belong to the theme (see module rules)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for code in codes.values():
        children[code.parent_id].append(code.id)

    def subtree(code_id: int) -> set[int]:
        out, stack = set(), [code_id]
        while stack:
            cid = stack.pop()
            if cid not in out:
                out.add(cid)
                stack.extend(children.get(cid, []))
        return out

    own: dict[int, set[int]] = {}
    for theme in themes:
        ids: set[int] = set()
        for code_id in theme.code_ids:
            if code_id in codes:
                ids |= subtree(code_id)
        own[theme.id] = ids
    out: dict[int, frozenset[int]] = {}
    for theme in themes:
        ids = set(own[theme.id])
        for sub in sub_themes(themes, theme.id):
            ids |= own.get(sub, set())
        out[theme.id] = frozenset(ids)
    return out


def segment_themes(code_sets: dict[int, frozenset[int]]) -> dict[int, frozenset[int]]:
    """Invert :func:`theme_code_sets`: code id -> the themes it belongs to."""
    inverse: dict[int, set[int]] = defaultdict(set)
    for theme_id, code_ids in code_sets.items():
        for code_id in code_ids:
            inverse[code_id].add(theme_id)
    return {k: frozenset(v) for k, v in inverse.items()}


def cooccurrence_shares(
    segments: list[SegmentTuple], code_sets: dict[int, frozenset[int]],
    excluded_pairs: set[tuple[int, int]] | None = None,
) -> tuple[dict[int, int], dict[int, dict[int, float]]]:
    """Per theme: its number of segments, and the share of them co-occurring with each other theme.

    One sweep per document over segments sorted by start, so the cost is
    O(n log n + overlapping pairs), not O(n^2).
    """
    by_code = segment_themes(code_sets)
    excluded = excluded_pairs or set()
    per_doc: dict[int, list[tuple[int, int, int, frozenset[int]]]] = defaultdict(list)
    for seg_id, doc_id, code_id, start, end in segments:
        themes = by_code.get(code_id)
        if themes:
            per_doc[doc_id].append((start, end, seg_id, themes))
    totals: dict[int, int] = defaultdict(int)
    hits: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for items in per_doc.values():
        items.sort()
        seen_with: dict[int, set[int]] = {}  # segment id -> themes overlapping it
        active: list[tuple[int, int, frozenset[int]]] = []  # (end, seg_id, themes)
        for start, end, seg_id, themes in items:
            active = [a for a in active if a[0] > start]
            mine = seen_with.setdefault(seg_id, set(themes))
            for _a_end, a_id, a_themes in active:
                mine |= a_themes
                seen_with[a_id] |= themes
            active.append((end, seg_id, themes))
        for start, end, seg_id, themes in items:
            for theme_id in themes:
                totals[theme_id] += 1
                for other in seen_with[seg_id]:
                    if other != theme_id and (theme_id, other) not in excluded:
                        hits[theme_id][other] += 1
    shares = {t: {o: n / totals[t] for o, n in others.items()} for t, others in hits.items()}
    return dict(totals), shares


def family_pairs(themes: list[Theme]) -> set[tuple[int, int]]:
    """(theme, relative) pairs that must not count as overlap: ancestors and sub-themes."""
    by_id = {t.id: t for t in themes}
    pairs: set[tuple[int, int]] = set()
    for theme in themes:
        for rel in ancestors(by_id, theme.id) + sub_themes(themes, theme.id):
            pairs.add((theme.id, rel))
    return pairs
