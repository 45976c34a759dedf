"""Lean queries for the coding workbench: plain tuples, no per-row dataclasses.

The viewer opens a document with 5,000 segments and the codebook recounts 200,000;
building a validated ``Segment`` per row costs more than the query itself there.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qualcode.storage.tables import DocumentRow, SegmentRow

_S = SegmentRow.__table__
_D = DocumentRow.__table__


def segment_tuples(session: Session, document_id: int) -> list[tuple[int, int, int, int, int, str]]:
    """``(id, code_id, start, end, coder_id, memo)`` of a document's segments, by start."""
    rows = session.execute(
        select(_S.c.id, _S.c.code_id, _S.c.start, _S.c.end, _S.c.coder_id, _S.c.memo)
        .where(_S.c.document_id == document_id).order_by(_S.c.start, _S.c.id)
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def code_frequencies(session: Session, skip_documents: Sequence[int] = ()) -> dict[int, tuple[int, int, int]]:
    """``code_id -> (segments, documents, distinct document cases)``; the case count
    leaves out ``skip_documents`` (documents whose speakers map to their own cases)."""
    out: dict[int, list[int]] = {}
    rows = session.execute(
        select(_S.c.code_id, func.count(), func.count(func.distinct(_S.c.document_id))).group_by(_S.c.code_id)
    )
    for code_id, n, docs in rows:
        out[code_id] = [int(n), int(docs), 0]
    query = (select(_S.c.code_id, func.count(func.distinct(_D.c.case_id)))
             .join(_D, _D.c.id == _S.c.document_id).where(_D.c.case_id.is_not(None)).group_by(_S.c.code_id))
    if skip_documents:
        query = query.where(_S.c.document_id.not_in(list(skip_documents)))
    for code_id, cases in session.execute(query):
        out[code_id][2] = int(cases)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def code_case_pairs(session: Session, code_ids: Sequence[int],
                    skip_documents: Sequence[int] = ()) -> set[tuple[int, int]]:
    """Distinct ``(code_id, document case)`` for these codes outside ``skip_documents``."""
    if not code_ids:
        return set()
    query = (select(_S.c.code_id, _D.c.case_id).distinct().join(_D, _D.c.id == _S.c.document_id)
             .where(_D.c.case_id.is_not(None), _S.c.code_id.in_(list(code_ids))))
    if skip_documents:
        query = query.where(_S.c.document_id.not_in(list(skip_documents)))
    return {(r[0], r[1]) for r in session.execute(query)}


def segment_starts_in(session: Session, document_ids: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(document_id, code_id, start)`` of the segments in these documents."""
    if not document_ids:
        return []
    rows = session.execute(select(_S.c.document_id, _S.c.code_id, _S.c.start)
                           .where(_S.c.document_id.in_(list(document_ids))))
    return [tuple(r) for r in rows]  # type: ignore[misc]
