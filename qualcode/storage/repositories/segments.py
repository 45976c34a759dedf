from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple
from qualcode.core.clock import utcnow

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from qualcode.core.errors import NotFoundError
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.storage.results import affected_rows, inserted_id
from qualcode.storage.tables import SegmentRow

_T = SegmentRow.__table__


class SegmentSpan(NamedTuple):
    """Where one segment sits and which code it carries (no coder, memo or stamps)."""

    id: int
    document_id: int
    code_id: int
    start: int
    end: int

_COLS = (_T.c.id, _T.c.document_id, _T.c.code_id, _T.c.start, _T.c.end, _T.c.coder_id,
         _T.c.created, _T.c.updated, _T.c.memo)


def _to_segment(r: Sequence) -> Segment:  # type: ignore[type-arg]
    return Segment(
        id=r[0], document_id=r[1], code_id=r[2], span=Span(r[3], r[4]), coder_id=r[5],
        created=r[6], updated=r[7], memo=r[8],
    )


def _values(seg: Segment) -> dict[str, object]:
    return {
        "id": seg.id, "document_id": seg.document_id, "code_id": seg.code_id,
        "start": seg.span.start, "end": seg.span.end, "coder_id": seg.coder_id,
        "created": seg.created, "updated": seg.updated, "memo": seg.memo,
    }


class SegmentRepository:
    """Segments are the hot path (200k rows): Core selects, no ORM identity map."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, document_id: int, code_id: int, span: Span, coder_id: int, memo: str = "") -> Segment:
        now = utcnow()
        result = self.s.execute(
            insert(_T).values(
                document_id=document_id, code_id=code_id, start=span.start, end=span.end,
                coder_id=coder_id, created=now, updated=now, memo=memo,
            )
        )
        new_id = inserted_id(result)
        return Segment(new_id, document_id, code_id, span, coder_id, now, now, memo)

    def add_rows(self, rows: Sequence[tuple[int, int, Span, int, str]]) -> int:
        """Insert new segments ``(document, code, span, coder, memo)`` in one executemany
        (the REFI-QDA import's 200,000 codings); returns how many."""
        now = utcnow()
        if rows:
            self.s.execute(insert(_T), [
                {"document_id": d, "code_id": c, "start": span.start, "end": span.end, "coder_id": coder,
                 "created": now, "updated": now, "memo": memo} for d, c, span, coder, memo in rows])
        return len(rows)

    def add_many(self, rows: list[tuple[int, int, Span, int]]) -> list[Segment]:
        return [self.add(d, c, span, coder) for d, c, span, coder in rows]

    def restore(self, segments: Iterable[Segment]) -> None:
        """Re-insert segments with their original ids (undo of a delete)."""
        values = [_values(s) for s in segments]
        if values:
            self.s.execute(insert(_T), values)

    def get(self, segment_id: int) -> Segment:
        row = self.s.execute(select(*_COLS).where(_T.c.id == segment_id)).first()
        if row is None:
            raise NotFoundError(f"There is no coded segment {segment_id}.")
        return _to_segment(row)

    def get_many(self, ids: Sequence[int]) -> list[Segment]:
        out: list[Segment] = []
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            out.extend(_to_segment(r) for r in self.s.execute(select(*_COLS).where(_T.c.id.in_(chunk))))
        return out

    def for_document(self, document_id: int) -> list[Segment]:
        rows = self.s.execute(select(*_COLS).where(_T.c.document_id == document_id).order_by(_T.c.start))
        return [_to_segment(r) for r in rows]

    def find_same(self, document_id: int, code_id: int, span: Span, coder_id: int) -> list[Segment]:
        """Segments identical in document, code, span and coder (the duplicate check)."""
        rows = self.s.execute(select(*_COLS).where(
            _T.c.document_id == document_id, _T.c.code_id == code_id, _T.c.start == span.start,
            _T.c.end == span.end, _T.c.coder_id == coder_id,
        ))
        return [_to_segment(r) for r in rows]

    def for_codes(self, code_ids: Sequence[int]) -> list[Segment]:
        if not code_ids:
            return []
        rows = self.s.execute(
            select(*_COLS).where(_T.c.code_id.in_(list(code_ids))).order_by(_T.c.document_id, _T.c.start)
        )
        return [_to_segment(r) for r in rows]

    def all(self) -> list[Segment]:
        return [_to_segment(r) for r in self.s.execute(select(*_COLS).order_by(_T.c.id))]

    def spans(self) -> list[SegmentSpan]:
        """Every segment's span: a cheap bulk view for matrices and coverage."""
        rows = self.s.execute(select(_T.c.id, _T.c.document_id, _T.c.code_id, _T.c.start, _T.c.end))
        return [SegmentSpan(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def update_span(self, segment_id: int, span: Span) -> None:
        self._update(segment_id, start=span.start, end=span.end)

    def update_memo(self, segment_id: int, memo: str) -> None:
        self._update(segment_id, memo=memo)

    def _update(self, segment_id: int, **values: object) -> None:
        now = utcnow()
        result = self.s.execute(update(_T).where(_T.c.id == segment_id).values(
            updated=now, version=_T.c.version + 1, **values))
        if affected_rows(result) == 0:
            raise NotFoundError(f"There is no coded segment {segment_id}.")

    def reassign(self, segment_ids: Sequence[int], code_id: int) -> None:
        if segment_ids:
            self.s.execute(update(_T).where(_T.c.id.in_(list(segment_ids))).values(code_id=code_id))

    def delete(self, segment_ids: Sequence[int]) -> None:
        if segment_ids:
            self.s.execute(delete(_T).where(_T.c.id.in_(list(segment_ids))))
