"""Phase 4, reviewing themes: every segment of a theme grouped by case, the cases it
covers (n/N), and the thin / overlap warnings (rules in :mod:`qualcode.core.theme_review`).

Cost: one bulk query of (id, document, code, start, end) for all segments, one of the
turns and speaker mappings; attribution is a binary search per segment. Texts are read
only for the segments of the reviewed theme.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from qualcode.core.case import Case
from qualcode.core.theme import Theme
from qualcode.core.theme_review import (
    SegmentTuple,
    ThemeCoverage,
    cooccurrence_shares,
    family_pairs,
    theme_code_sets,
)
from qualcode.services.coding.attribution import DocumentAttributor
from qualcode.services.coding.retrieval import segment_rows
from qualcode.storage.project import Project
from qualcode.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CaseGroup:
    """The segments of a theme that count for one case (``case_id`` None: no case)."""

    case_id: int | None
    case_key: str | None
    segments: tuple[dict[str, Any], ...]  # rows as from services.retrieval.segment_rows


@dataclass(frozen=True)
class ThemeReview:
    theme: Theme
    coverage: ThemeCoverage
    code_ids: frozenset[int]  # the theme's codes with sub-codes and sub-themes' codes
    groups: tuple[CaseGroup, ...]  # by case key; segments with no case last
    overlap_names: dict[int, str]  # other theme id -> name, for the warning chip


def attribute_segments(uow: UnitOfWork, segments: list[SegmentTuple]) -> dict[int, int | None]:
    """Segment id -> case id (or None), by the attribution rule of services.attribution."""
    doc_ids = {s[1] for s in segments}
    doc_case = {h.id: h.case_id for h in uow.documents.list_headers() if h.id in doc_ids}
    turns = uow.documents.all_turns()
    mappings: dict[int, list[Any]] = defaultdict(list)
    for m in uow.cases.speaker_mappings():
        mappings[m.document_id].append(m)
    attributors = {d: DocumentAttributor(turns.get(d, []), mappings.get(d, []), doc_case.get(d)) for d in doc_ids}
    return {s[0]: attributors[s[1]].at(s[3]).case_id for s in segments}


def coverages_in(uow: UnitOfWork) -> tuple[list[Theme], dict[int, frozenset[int]], dict[int, ThemeCoverage],
                                        list[SegmentTuple], dict[int, int | None], list[Case]]:
    """Themes, their code sets, coverages, the themed segments and each one's case, and the
    cases: everything the board, the review view and the report need, in one transaction."""
    themes = uow.themes.all()
    codes = uow.codes.all()
    cases = uow.cases.all()
    code_sets = theme_code_sets(themes, codes)
    wanted = set().union(*code_sets.values()) if code_sets else set()
    segments: list[SegmentTuple] = [
        (s[0], s[1], s[2], s[3], s[4]) for s in uow.segments.spans() if s[2] in wanted
    ]
    seg_case = attribute_segments(uow, segments)
    totals, shares = cooccurrence_shares(segments, code_sets, family_pairs(themes))
    out: dict[int, ThemeCoverage] = {}
    for theme in themes:
        mine = [s for s in segments if s[2] in code_sets[theme.id]]
        covered = {seg_case[s[0]] for s in mine} - {None}
        out[theme.id] = ThemeCoverage(
            theme_id=theme.id, segments=totals.get(theme.id, 0), documents=len({s[1] for s in mine}),
            cases_covered=len(covered), cases_total=len(cases), overlaps=shares.get(theme.id, {}),
        )
    return themes, code_sets, out, segments, seg_case, cases


def themes_overview(project: Project) -> dict[int, ThemeCoverage]:
    """Coverage and warnings of every theme at once (the theme board's cards)."""
    with project.unit_of_work() as uow:
        return coverages_in(uow)[2]


def theme_review(project: Project, theme_id: int) -> ThemeReview:
    """Every segment of a theme across the data set, grouped per case, with warnings."""
    with project.unit_of_work() as uow:
        theme = uow.themes.get(theme_id)
        themes, code_sets, coverages, segments, seg_case, cases = coverages_in(uow)
    mine = [s[0] for s in segments if s[2] in code_sets[theme_id]]
    rows = segment_rows(project, segment_ids=mine) if mine else []
    keys = {c.id: c.key for c in cases}
    grouped: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[seg_case[row["segment_id"]]].append(row)
    order = sorted((k for k in grouped if k is not None), key=lambda k: keys.get(k, ""))
    if None in grouped:
        order.append(None)  # type: ignore[arg-type]
    groups = tuple(CaseGroup(k, keys.get(k) if k is not None else None, tuple(grouped[k])) for k in order)
    names = {t.id: t.name for t in themes}
    coverage = coverages[theme_id]
    return ThemeReview(theme, coverage, code_sets[theme_id], groups,
                       {t: names[t] for t in coverage.overlapping})
