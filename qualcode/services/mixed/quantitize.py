"""Quantitizing qualitative coding: per case (or document), for each code and theme,
presence (0/1), number of segments and coverage (% of that unit's words).

Words count for a case through the speaker->case mapping, so in a focus group
each participant's turns count for that participant only; an interviewer's
turns count for no one. A document without detected turns counts whole for
its document case.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from qualcode.core.codebook import Code, code_path, descendants
from qualcode.core.document import Document, Turn
from qualcode.core.span import Span, merge_spans
from qualcode.core.theme import Theme
from qualcode.services.coding.attribution import DocumentAttributor

_WORD = re.compile(r"\S+")
_SLUG = re.compile(r"[^0-9a-zA-Z]+")

Unit = str  # "case" or "document"


@dataclass(frozen=True)
class QuantVariable:
    """One quantitized column: which code/theme and which measure."""

    column: str
    label: str
    source: str  # "code" or "theme"
    source_id: int
    measure: str  # "presence", "count" or "coverage"

    @property
    def type(self) -> str:
        return {"presence": "binary", "count": "count", "coverage": "continuous"}[self.measure]


def slug(prefix: str, name: str, taken: set[str]) -> str:
    """A formula-safe column stem such as ``theme_legal_empowerment``; unique within ``taken``."""
    base = f"{prefix}_{_SLUG.sub('_', name).strip('_').lower() or 'x'}"
    stem, n = base, 2
    while stem in taken:
        stem, n = f"{base}_{n}", n + 1
    taken.add(stem)
    return stem


def unit_regions(doc: Document, turns: list[Turn], attributor: DocumentAttributor,
                 unit: Unit) -> list[tuple[Span, object]]:
    """The parts of a document that count for each unit key (case id or document id)."""
    if unit == "document":
        return [(Span(0, len(doc.text)), doc.id)] if doc.text else []
    if not turns:
        return [(Span(0, len(doc.text)), doc.case_id)] if doc.case_id is not None and doc.text else []
    regions: list[tuple[Span, object]] = []
    for turn in turns:
        case_id = attributor.case_for(turn.speaker)
        if case_id is not None:
            regions.append((turn.span, case_id))
    return regions


def _words_in(word_starts: list[int], spans: Iterable[Span]) -> int:
    return sum(bisect_left(word_starts, s.end) - bisect_left(word_starts, s.start) for s in spans)


@dataclass
class Tally:
    """Running totals over documents, keyed by unit (case id or document id)."""

    words: dict[object, int] = field(default_factory=lambda: defaultdict(int))
    count: dict[tuple[int, object], int] = field(default_factory=lambda: defaultdict(int))
    covered_words: dict[tuple[int, object], int] = field(default_factory=lambda: defaultdict(int))


def tally_document(doc: Document, regions: list[tuple[Span, object]], segments_by_group: dict[int, list[Span]],
                   tally: Tally) -> None:
    """Add one document's words, segment counts and coded words per (group, unit)."""
    word_starts = [m.start() for m in _WORD.finditer(doc.text)]
    regions = sorted(regions, key=lambda r: r[0].start)
    region_ends = [r[0].end for r in regions]
    for span, key in regions:
        tally.words[key] += _words_in(word_starts, [span])
    for group, spans in segments_by_group.items():
        parts_by_key: dict[object, list[Span]] = defaultdict(list)
        for span in spans:
            hit: set[object] = set()
            # regions do not overlap: start at the first one ending after the segment starts
            for region, key in regions[bisect_right(region_ends, span.start):]:
                if region.start >= span.end:
                    break
                parts_by_key[key].append(Span(max(region.start, span.start), min(region.end, span.end)))
                hit.add(key)
            for key in hit:
                tally.count[(group, key)] += 1
        for key, parts in parts_by_key.items():
            tally.covered_words[(group, key)] += _words_in(word_starts, merge_spans(parts))


def groups_for(codes: dict[int, Code], themes: list[Theme]) -> tuple[dict[int, set[int]], list[QuantVariable]]:
    """Code groups (a code with its sub-codes; a theme with its codes and sub-themes) and their columns."""
    groups: dict[int, set[int]] = {}
    variables: list[QuantVariable] = []
    taken: set[str] = set()
    gid = 0
    for code in codes.values():
        groups[gid] = {code.id, *descendants(codes, code.id)}
        stem = slug("code", code_path(codes, code.id), taken)
        variables += _columns(stem, code_path(codes, code.id), "code", code.id, gid)
        gid += 1
    children: dict[int | None, list[Theme]] = defaultdict(list)
    for theme in themes:
        children[theme.parent_id].append(theme)
    for theme in themes:
        members: set[int] = set()
        stack = [theme]
        while stack:
            t = stack.pop()
            for cid in t.code_ids:
                members |= {cid, *descendants(codes, cid)}
            stack.extend(children.get(t.id, []))
        groups[gid] = members
        stem = slug("theme", theme.name, taken)
        variables += _columns(stem, theme.name, "theme", theme.id, gid)
        gid += 1
    return groups, variables


def _columns(stem: str, label: str, source: str, source_id: int, gid: int) -> list[QuantVariable]:
    return [
        QuantVariable(f"{stem}_any", f"{label} (present)", source, source_id, "presence"),
        QuantVariable(f"{stem}_n", f"{label} (segments)", source, source_id, "count"),
        QuantVariable(f"{stem}_cov", f"{label} (% of words)", source, source_id, "coverage"),
    ]
