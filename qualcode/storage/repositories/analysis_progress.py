"""Documents marked as read (phase 1) and segments chosen as code examples (migration 0002)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from qualcode.storage.tables import (
    CodeExampleRow,
    DocumentReadRow,
    DocumentRow,
    MemoRow,
    SegmentRow,
)


class CodeExample(NamedTuple):
    """A segment chosen as a code's typical or atypical example."""

    code_id: int
    segment_id: int
    kind: str


class ProgressRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def mark_read(self, document_id: int, coder_id: int | None, at: datetime) -> bool:
        """Mark a document as read; ``False`` when it already was (the first mark is kept)."""
        if self.s.get(DocumentReadRow, document_id) is not None:
            return False
        self.s.add(DocumentReadRow(document_id=document_id, coder_id=coder_id, at=at))
        self.s.flush()
        return True

    def unmark_read(self, document_id: int) -> None:
        self.s.execute(delete(DocumentReadRow).where(DocumentReadRow.document_id == document_id))

    def read_document_ids(self) -> set[int]:
        return set(self.s.scalars(select(DocumentReadRow.document_id)))

    def memoed_document_ids(self) -> set[int]:
        rows = self.s.scalars(select(MemoRow.target_id).where(
            MemoRow.target == "document", MemoRow.target_id.is_not(None), MemoRow.text != ""))
        return {int(r) for r in rows if r is not None}

    def document_lengths(self) -> dict[int, int]:
        """Document id -> length in code points, computed in SQL (no texts loaded)."""
        rows = self.s.execute(select(DocumentRow.id, func.length(DocumentRow.text)))
        return {int(r[0]): int(r[1] or 0) for r in rows}

    def segment_spans(self) -> list[tuple[int, int, int]]:
        """(document_id, start, end) of every segment."""
        rows = self.s.execute(select(SegmentRow.document_id, SegmentRow.start, SegmentRow.end))
        return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]

    def set_example(self, code_id: int, segment_id: int, kind: str) -> None:
        self.s.merge(CodeExampleRow(code_id=code_id, segment_id=segment_id, kind=kind))
        self.s.flush()

    def clear_example(self, code_id: int, segment_id: int) -> None:
        self.s.execute(delete(CodeExampleRow).where(
            CodeExampleRow.code_id == code_id, CodeExampleRow.segment_id == segment_id))

    def examples(self) -> list[CodeExample]:
        """Every chosen example, by code then segment."""
        rows = self.s.execute(select(CodeExampleRow.code_id, CodeExampleRow.segment_id, CodeExampleRow.kind)
                              .order_by(CodeExampleRow.code_id, CodeExampleRow.segment_id))
        return [CodeExample(int(r[0]), int(r[1]), str(r[2])) for r in rows]
