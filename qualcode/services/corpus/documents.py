"""Adding and listing documents (the import service builds on this)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.core.case import Case, SpeakerMapping
from qualcode.core.changes import Changes, OpResult
from qualcode.core.document import Document, DocumentKind, Turn, validate_turns
from qualcode.core.segment import Segment
from qualcode.core.text import normalise_text
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project
from qualcode.storage.repositories.documents import DocumentHeader

DOCUMENTS = Changes(documents=True)


@publishes
def add_document(project: Project, name: str, text: str, *, kind: DocumentKind = DocumentKind.INTERVIEW,
                 turns: tuple[Turn, ...] = (), language: str = "en", source_name: str = "",
                 source_hash: str = "", case_id: int | None = None,
                 initiator: object | None = None) -> OpResult[Document]:
    """Store a document. ``text`` must already be normalised if ``turns`` refer to it."""
    normalised = normalise_text(text)
    if turns and normalised != text:
        raise ValueError("Turns must refer to normalised text; normalise before detecting turns.")
    validate_turns(len(normalised), list(turns))
    with project.unit_of_work() as uow:
        doc = uow.documents.add(name, normalised, kind, language=language, source_name=source_name,
                                source_hash=source_hash, case_id=case_id, turns=turns)
        return OpResult(doc, Changes(documents=True, document_ids=frozenset({doc.id}), initiator=initiator))


def get_document(project: Project, document_id: int) -> Document:
    with project.unit_of_work() as uow:
        return uow.documents.get(document_id)


def document_turns(project: Project, document_id: int) -> list[Turn]:
    with project.unit_of_work() as uow:
        return uow.documents.turns(document_id)


def list_documents(project: Project) -> list[DocumentHeader]:
    """Every document's ``(id, name, kind, case_id)``, by id, without its text."""
    with project.unit_of_work() as uow:
        return uow.documents.list_headers()


def list_cases(project: Project) -> list[Case]:
    """Every case (participant), in creation order."""
    with project.unit_of_work() as uow:
        return uow.cases.all()


def speaker_mappings(project: Project, document_id: int | None = None) -> list[SpeakerMapping]:
    """Speaker-to-case mappings of one document, or of all documents."""
    with project.unit_of_work() as uow:
        return uow.cases.speaker_mappings(document_id)


def documents_of_case(project: Project, case_key: str) -> list[int]:
    """Ids of the documents in which the case (participant) speaks.

    A document counts when it belongs to the case (``case_id``) or when one of its
    speakers is mapped to the case (a focus group). Own documents come first, each
    group in id order; an unknown key gives an empty list.
    """
    with project.unit_of_work() as uow:
        case_ids = [c.id for c in uow.cases.all() if c.key == case_key]
        if not case_ids:
            return []
        own = [d.id for d in uow.documents.list_headers() if d.case_id == case_ids[0]]
        spoken = {m.document_id for m in uow.cases.speaker_mappings() if m.case_id == case_ids[0]}
    return sorted(own) + sorted(spoken - set(own))


@dataclass(frozen=True)
class DocumentsSnapshot:
    """Removed documents with everything that hung on them, to restore the same ids.

    ``cases`` are cases removed together with the documents (e.g. the ones an
    import created); they are restored first.
    """

    documents: tuple[Document, ...]
    turns: tuple[tuple[Turn, ...], ...]  # parallel to ``documents``
    mappings: tuple[SpeakerMapping, ...]
    segments: tuple[Segment, ...]
    cases: tuple[Case, ...] = ()


@publishes
def remove_documents(project: Project, document_ids: Sequence[int], *,
                     case_ids: Sequence[int] = (), initiator: object | None = None) -> OpResult[DocumentsSnapshot]:
    """Delete documents (their turns, speaker mappings and segments go with them) and,
    optionally, cases; in one transaction.

    Parameters
    ----------
    document_ids:
        The documents to delete.
    case_ids:
        Cases to delete as well, e.g. those a bulk import created. Other
        references to them (documents, survey rows) are cleared by the database.

    Returns
    -------
    OpResult[DocumentsSnapshot]
        What :func:`restore_documents` needs to put everything back with the same ids.
    """
    with project.unit_of_work() as uow:
        documents = tuple(uow.documents.get(i) for i in document_ids)
        turns = tuple(tuple(uow.documents.turns(d.id)) for d in documents)
        mappings = tuple(m for d in documents for m in uow.cases.speaker_mappings(d.id))
        segments = tuple(s for d in documents for s in uow.segments.for_document(d.id))
        cases = tuple(uow.cases.get(i) for i in case_ids)
        for doc in documents:
            uow.documents.delete(doc.id)  # turns, mappings, segments cascade
        for case in cases:
            uow.cases.delete(case.id)
    snapshot = DocumentsSnapshot(documents, turns, mappings, segments, cases)
    return OpResult(snapshot, _removed(snapshot, initiator))


@publishes
def restore_documents(project: Project, snapshot: DocumentsSnapshot, *,
                      initiator: object | None = None) -> OpResult[None]:
    """Undo :func:`remove_documents`: the same documents, turns, mappings, segments and cases, same ids."""
    with project.unit_of_work() as uow:
        for case in snapshot.cases:
            uow.cases.restore(case)
        for doc, turns in zip(snapshot.documents, snapshot.turns):
            uow.documents.restore(doc, turns)
        for mapping in snapshot.mappings:
            uow.cases.set_speaker_mapping(mapping)
        uow.segments.restore(snapshot.segments)
    return OpResult(None, _removed(snapshot, initiator))


def _removed(snapshot: DocumentsSnapshot, initiator: object | None) -> Changes:
    """What removing (or restoring) documents touches: them, their segments and the cases."""
    return Changes(documents=True, segments=bool(snapshot.segments), cases=bool(snapshot.cases),
                   document_ids=frozenset(d.id for d in snapshot.documents),
                   segment_ids=frozenset(s.id for s in snapshot.segments),
                   code_ids=frozenset(s.code_id for s in snapshot.segments),
                   case_ids=frozenset(c.id for c in snapshot.cases), initiator=initiator)
