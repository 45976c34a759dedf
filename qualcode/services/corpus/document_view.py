"""Everything the viewer needs to open one document, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.document import Document, Turn
from qualcode.storage.project import Project
from qualcode.storage.workbench_queries import SegmentTuple

__all__ = ["DocumentView", "SegmentTuple", "document_segments", "open_document_view"]


@dataclass(frozen=True)
class DocumentView:
    document: Document
    turns: list[Turn]
    segments: list[SegmentTuple]
    coders: dict[int, str]


def open_document_view(project: Project, document_id: int) -> DocumentView:
    """The document with its turns, its segments (by start, as plain tuples: a
    transcript may carry thousands) and coder names."""
    with project.unit_of_work() as uow:
        return DocumentView(
            document=uow.documents.get(document_id),
            turns=uow.documents.turns(document_id),
            segments=uow.workbench.segment_tuples(document_id),
            coders={c.id: c.name for c in uow.coders.all()},
        )


def document_segments(project: Project, document_id: int) -> list[SegmentTuple]:
    """Just the segments (the viewer re-reads them after undo, redo or merges)."""
    with project.unit_of_work() as uow:
        return uow.workbench.segment_tuples(document_id)
