"""Adding and listing documents (the import service builds on this)."""

from __future__ import annotations

from qualcode.core.changes import Changes, OpResult
from qualcode.core.document import Document, DocumentKind, Turn, validate_turns
from qualcode.core.text import normalise_text
from qualcode.storage.project import Project

DOCUMENTS = Changes(documents=True)


def add_document(project: Project, name: str, text: str, *, kind: DocumentKind = DocumentKind.INTERVIEW,
                 turns: tuple[Turn, ...] = (), language: str = "en", source_name: str = "",
                 source_hash: str = "", case_id: int | None = None) -> OpResult[Document]:
    """Store a document. ``text`` must already be normalised if ``turns`` refer to it."""
    normalised = normalise_text(text)
    if turns and normalised != text:
        raise ValueError("Turns must refer to normalised text; normalise before detecting turns.")
    validate_turns(len(normalised), list(turns))
    with project.unit_of_work() as uow:
        doc = uow.documents.add(name, normalised, kind, language=language, source_name=source_name,
                                source_hash=source_hash, case_id=case_id, turns=turns)
        return OpResult(doc, DOCUMENTS)


def get_document(project: Project, document_id: int) -> Document:
    with project.unit_of_work() as uow:
        return uow.documents.get(document_id)


def document_turns(project: Project, document_id: int) -> list[Turn]:
    with project.unit_of_work() as uow:
        return uow.documents.turns(document_id)


def list_documents(project: Project) -> list[tuple[int, str, str, int | None]]:
    """(id, name, kind, case_id) for every document."""
    with project.unit_of_work() as uow:
        return uow.documents.list_headers()
