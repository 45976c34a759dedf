"""Code x code co-occurrence and code x case matrices, with the segments behind each cell.

Co-occurrence is computed with a sweep over segments sorted by (document, start):
after sorting, the segments overlapping segment *i* from the right are exactly the
next ones whose start lies before *i*'s end, so one binary search per segment
finds them all. No all-pairs loop: 200,000 segments take well under a second.

Definitions (what a cell counts):

* ``mode="overlap"``: cell (A, B) = number of pairs of segments, one coded A and
  one coded B, whose spans overlap (share at least one character). The diagonal
  holds the number of segments of the code.
* ``mode="turn"``: cell (A, B) = number of speaker turns in which both A and B
  occur (a segment counts for the turn it starts in, as in attribution). The
  diagonal holds the number of turns in which the code occurs. Documents without
  turns (field notes) take no part.
* :func:`code_by_case`: cell (code, case) = number of segments of the code
  attributed to the case (focus-group speakers map to their cases; interviewer
  turns count for no case).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from qualcode.core.errors import ValidationError
from qualcode.services.codebook.code_tree import CodeTree
from qualcode.services.coding.retrieval import RetrievedSegment, retrieve_segments
from qualcode.services.corpus.turn_index import CaseResolver, TurnTable, turn_tables
from qualcode.storage.project import Project

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

MODES = ("overlap", "turn")


class Cancelled(Exception):
    """The user cancelled a long computation."""


@dataclass(frozen=True)
class Matrix:
    """A labelled count table. ``counts[r][c]`` belongs to ``row_ids[r]``, ``column_ids[c]``."""

    kind: str  # "overlap", "turn" or "case"
    row_ids: tuple[int, ...]
    row_labels: tuple[str, ...]
    column_ids: tuple[int, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, row_id: int, column_id: int) -> int:
        return self.counts[self.row_ids.index(row_id)][self.column_ids.index(column_id)]


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Cancelled.")


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _codes(tree: CodeTree, code_ids: Sequence[int] | None) -> list[int]:
    ids = list(tree.names) if code_ids is None else [c for c in code_ids if c in tree.names]
    return sorted(ids, key=lambda c: (tree.path(c).casefold(), c))


def _pairs_before(group_end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) with i < j < group_end[i], as two index arrays (vectorised)."""
    n = len(group_end)
    counts = np.maximum(group_end - np.arange(n) - 1, 0)
    total = int(counts.sum())
    first = np.repeat(np.arange(n), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return first, first + 1 + offsets


def _symmetric(a: np.ndarray, b: np.ndarray, k: int) -> np.ndarray:
    cells = np.bincount(a * k + b, minlength=k * k).reshape(k, k)
    return cells + cells.T


def _span_arrays(project: Project, code_ids: list[int], *, stamps: bool = False,
                 ids: bool = True) -> tuple[np.ndarray, dict[int, object]]:
    """Columns: id, document, code, start, end, coder (id and coder are 0 unless ``ids``)."""
    # For more than a few codes one sequential scan beats an index look-up per segment.
    scan_all = len(code_ids) > 20
    with project.unit_of_work() as uow:
        spans = uow.retrieval.span_table(None if scan_all else code_ids, compact=not ids)
        created = {d: v.stamp for d, v in uow.retrieval.document_stamps().items()} if stamps else {}
    if ids:
        table = np.array(spans, dtype=np.int64).reshape(-1, 6)
    else:
        table = np.zeros((len(spans), 6), dtype=np.int64)
        if spans:
            table[:, 1:5] = np.array(spans, dtype=np.int64)
    if scan_all:
        table = table[np.isin(table[:, 2], np.array(code_ids, dtype=np.int64))]
    return table, created  # type: ignore[return-value]


def code_cooccurrence(
    project: Project, code_ids: Sequence[int] | None = None, mode: str = "overlap", *,
    cancel: Cancel | None = None, progress: Progress | None = None,
) -> Matrix:
    """Code x code co-occurrence (see the module docstring for what a cell counts).

    Parameters
    ----------
    project:
        The open project.
    code_ids:
        Codes to show (rows and columns); ``None`` for every code.
    mode:
        ``"overlap"`` (overlapping segments) or ``"turn"`` (same speaker turn).
    cancel, progress:
        Called between steps by a worker: ``cancel()`` returning true stops with
        :class:`Cancelled`; ``progress(done, total)`` reports steps.

    Returns
    -------
    Matrix
        Symmetric; rows and columns are the codes in path order.
    """
    if mode not in MODES:
        raise ValidationError(f"Unknown co-occurrence mode {mode!r}; use 'overlap' or 'turn'.")
    with project.unit_of_work() as uow:
        tree = CodeTree(uow.retrieval.code_tree())
    ids = _codes(tree, code_ids)
    _step(progress, 0, 3)
    table, stamps = _span_arrays(project, ids, stamps=mode == "turn", ids=False)
    _check(cancel)
    _step(progress, 1, 3)
    k = len(ids)
    index = np.full(max(ids, default=0) + 1, -1, dtype=np.int64)
    index[np.array(ids, dtype=np.int64)] = np.arange(k)
    if mode == "overlap":
        cells = _overlap_cells(table, index, k)
    else:
        tables = turn_tables_for(project, stamps)
        _check(cancel)
        cells = _turn_cells(table, index, k, tables)
    _step(progress, 3, 3)
    return Matrix(mode, tuple(ids), tuple(tree.path(c) for c in ids), tuple(ids),
                  tuple(tree.path(c) for c in ids), tuple(tuple(int(v) for v in row) for row in cells))


def turn_tables_for(project: Project, stamps: dict[int, object]) -> dict[int, TurnTable]:
    with project.unit_of_work() as uow:
        return turn_tables(project, uow, stamps)


def _overlap_cells(table: np.ndarray, index: np.ndarray, k: int) -> np.ndarray:
    if len(table) == 0:
        return np.zeros((k, k), dtype=np.int64)
    doc, code, start, end = table[:, 1], index[table[:, 2]], table[:, 3], table[:, 4]
    width = int(end.max()) + 1
    order = np.lexsort((start, doc))
    doc, code, start, end = doc[order], code[order], start[order], end[order]
    keys = doc * width + start
    # the segments overlapping i from the right start before i's end, in i's document
    group_end = np.searchsorted(keys, doc * width + end, side="left")
    first, second = _pairs_before(group_end)
    a, b = code[first], code[second]
    distinct = a != b
    cells = _symmetric(a[distinct], b[distinct], k)
    cells[np.diag_indices(k)] = np.bincount(code, minlength=k)
    return cells


def _turn_ids(table: np.ndarray, tables: dict[int, TurnTable]) -> np.ndarray:
    """A project-wide turn number for each row of ``table`` (``-1``: in no turn)."""
    docs = sorted(d for d, t in tables.items() if t.starts)
    if not docs or len(table) == 0:
        return np.full(len(table), -1, dtype=np.int64)
    width = int(max(max(table[:, 4], default=0), max(tables[d].ends[-1] for d in docs))) + 1
    t_doc = np.concatenate([np.full(len(tables[d].starts), d, dtype=np.int64) for d in docs])
    t_start = np.concatenate([np.array(tables[d].starts, dtype=np.int64) for d in docs])
    t_end = np.concatenate([np.array(tables[d].ends, dtype=np.int64) for d in docs])
    doc, start = table[:, 1], table[:, 3]
    i = np.searchsorted(t_doc * width + t_start, doc * width + start, side="right") - 1
    n = len(t_doc)
    safe = np.clip(i, 0, n - 1)
    inside = (i >= 0) & (t_doc[safe] == doc) & (start < t_end[safe])
    nxt = np.clip(i + 1, 0, n - 1)
    # between turns, or before the first one: the segment counts for the next turn (attribution rule)
    following = (~inside) & (i + 1 < n) & (t_doc[nxt] == doc)
    return np.where(inside, i, np.where(following, i + 1, -1))


def _turn_cells(table: np.ndarray, index: np.ndarray, k: int, tables: dict[int, TurnTable]) -> np.ndarray:
    turn = _turn_ids(table, tables)
    keep = turn >= 0
    code = index[table[keep, 2]]
    pairs = np.unique(turn[keep] * k + code)  # each code once per turn, sorted by turn
    turn_of, code_of = pairs // max(k, 1), pairs % max(k, 1)
    group_end = np.searchsorted(turn_of, turn_of, side="right")
    first, second = _pairs_before(group_end)
    cells = _symmetric(code_of[first], code_of[second], k)
    cells[np.diag_indices(k)] = np.bincount(code_of, minlength=k)
    return cells


def _segment_cases(project: Project, table: np.ndarray) -> np.ndarray:
    """The case id of each row of ``table`` (``-1``: no case)."""
    with project.unit_of_work() as uow:
        headers = uow.retrieval.document_stamps()
        resolver = CaseResolver(uow.retrieval.speaker_mappings_of(), {d: v.case_id for d, v in headers.items()})
        mapped = [d for d in headers if resolver.has_mappings(d)]
        tables = turn_tables(project, uow, {d: headers[d].stamp for d in mapped})
    doc_case = np.full(max(headers, default=0) + 1, -1, dtype=np.int64)
    for d, header in headers.items():
        if header.case_id is not None:
            doc_case[d] = header.case_id
    cases = doc_case[table[:, 1]] if len(table) else np.zeros(0, dtype=np.int64)
    if mapped:
        # only focus groups (documents with speaker mappings) need a per-segment look-up
        for row in np.nonzero(np.isin(table[:, 1], mapped))[0]:
            d, start = int(table[row, 1]), int(table[row, 3])
            case_id = resolver.case_for(d, tables[d].speaker_at(start))
            cases[row] = -1 if case_id is None else case_id
    return cases


def code_by_case(project: Project, code_ids: Sequence[int] | None = None, *,
                 cancel: Cancel | None = None, progress: Progress | None = None) -> Matrix:
    """Segments per code (rows) per case (columns), cases in key order.

    Segments attributed to no case (interviewer turns, documents without a case)
    are not counted.
    """
    with project.unit_of_work() as uow:
        tree = CodeTree(uow.retrieval.code_tree())
        case_keys = uow.retrieval.case_keys()
    ids = _codes(tree, code_ids)
    _step(progress, 0, 3)
    table, _ = _span_arrays(project, ids, ids=False)
    _check(cancel)
    _step(progress, 1, 3)
    cases = _segment_cases(project, table)
    _check(cancel)
    case_ids = sorted(case_keys, key=lambda c: (case_keys[c].casefold(), c))
    k, m = len(ids), len(case_ids)
    code_index = np.full(max(ids, default=0) + 1, -1, dtype=np.int64)
    code_index[np.array(ids, dtype=np.int64)] = np.arange(k)
    case_index = np.full(max(max(case_ids, default=0), int(cases.max(initial=0))) + 1, -1, dtype=np.int64)
    case_index[np.array(case_ids, dtype=np.int64)] = np.arange(m)
    keep = cases >= 0
    rows, cols = code_index[table[keep, 2]], case_index[cases[keep]]
    valid = cols >= 0
    cells = np.bincount(rows[valid] * m + cols[valid], minlength=k * m).reshape(k, m) if m else np.zeros((k, 0))
    _step(progress, 3, 3)
    return Matrix("case", tuple(ids), tuple(tree.path(c) for c in ids), tuple(case_ids),
                  tuple(case_keys[c] for c in case_ids), tuple(tuple(int(v) for v in row) for row in cells))


def cell_segment_ids(project: Project, kind: str, row_id: int, column_id: int) -> list[int]:
    """Ids of the segments behind one cell of a matrix of ``kind`` ("overlap", "turn", "case").

    For co-occurrence: the segments of either code that take part in a counted
    co-occurrence. For code x case: the code's segments attributed to the case.
    """
    if kind == "case":
        table, _ = _span_arrays(project, [row_id])
        cases = _segment_cases(project, table)
        return sorted(int(i) for i in table[cases == column_id, 0])
    if kind not in MODES:
        raise ValidationError(f"Unknown matrix kind {kind!r}.")
    codes = [row_id] if row_id == column_id else [row_id, column_id]
    table, stamps = _span_arrays(project, codes, stamps=kind == "turn")
    if row_id == column_id:
        return sorted(int(i) for i in table[:, 0])
    if kind == "overlap":
        return _overlapping_ids(table, row_id, column_id)
    turn = _turn_ids(table, turn_tables_for(project, stamps))
    with_a = set(turn[(table[:, 2] == row_id) & (turn >= 0)].tolist())
    with_b = set(turn[(table[:, 2] == column_id) & (turn >= 0)].tolist())
    shared = np.array(sorted(with_a & with_b), dtype=np.int64)
    return sorted(int(i) for i in table[np.isin(turn, shared), 0])


def _overlapping_ids(table: np.ndarray, a: int, b: int) -> list[int]:
    if len(table) == 0:
        return []
    width = int(table[:, 4].max()) + 1
    order = np.lexsort((table[:, 3], table[:, 1]))
    t = table[order]
    keys = t[:, 1] * width + t[:, 3]
    first, second = _pairs_before(np.searchsorted(keys, t[:, 1] * width + t[:, 4], side="left"))
    mixed = t[first, 2] != t[second, 2]
    return sorted({int(i) for i in t[first[mixed], 0]} | {int(i) for i in t[second[mixed], 0]})


def cell_segments(project: Project, kind: str, row_id: int, column_id: int, *,
                  context: int = 60) -> list[RetrievedSegment]:
    """The segments behind a cell, ready for the retrieval view (click-through)."""
    ids = cell_segment_ids(project, kind, row_id, column_id)
    return retrieve_segments(project, segment_ids=ids, context=context) if ids else []
