"""Everything the viewer needs to open one document, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.document import Document, Turn
from qualcode.core.segment import Segment
from qualcode.storage.project import Project


@dataclass(frozen=True)
class DocumentView:
    document: Document
    turns: list[Turn]
    segments: list[Segment]
    coders: dict[int, str]


def open_document_view(project: Project, document_id: int) -> DocumentView:
    """The document with its turns, its segments (by start) and coder names."""
    with project.unit_of_work() as uow:
        return DocumentView(
            document=uow.documents.get(document_id),
            turns=uow.documents.turns(document_id),
            segments=uow.segments.for_document(document_id),
            coders={c.id: c.name for c in uow.coders.all()},
        )
