"""Undo and redo a REFI-QDA import with the same ids (so later undo steps stay valid)."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.case import Case, SpeakerMapping
from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code
from qualcode.core.document import Document, Turn
from qualcode.core.memo import Memo
from qualcode.core.segment import Segment
from qualcode.core.theme import Theme
from qualcode.services.exchange.report import ImportedIds
from qualcode.services.operations.operation import Operation
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project


@dataclass(frozen=True)
class ImportSnapshot:
    """Everything an import created, as it was when the import was undone."""

    ids: ImportedIds
    codes: tuple[Code, ...]
    documents: tuple[Document, ...]
    turns: tuple[tuple[Turn, ...], ...]
    mappings: tuple[SpeakerMapping, ...]
    segments: tuple[Segment, ...]
    cases: tuple[Case, ...]
    memos: tuple[Memo, ...]
    themes: tuple[Theme, ...]
    meta_after: tuple[tuple[str, str | None], ...]


def _changes(ids: ImportedIds, initiator: object | None) -> Changes:
    return Changes(documents=True, segments=True, codes=True, cases=True, memos=True, themes=True,
                   document_ids=frozenset(ids.documents), code_ids=frozenset(ids.codes),
                   case_ids=frozenset(ids.cases), memo_ids=frozenset(ids.memos), theme_ids=frozenset(ids.themes),
                   initiator=initiator)


@publishes
def remove_refi_import(project: Project, ids: ImportedIds, *,
                       initiator: object | None = None) -> OpResult[ImportSnapshot]:
    """Delete what an import created, in one transaction; returns what restoring needs."""
    with project.unit_of_work() as uow:
        documents = tuple(uow.documents.get(i) for i in ids.documents)
        snapshot = ImportSnapshot(
            ids=ids, codes=tuple(uow.codes.get(i) for i in ids.codes), documents=documents,
            turns=tuple(tuple(uow.documents.turns(d.id)) for d in documents),
            mappings=tuple(m for d in documents for m in uow.cases.speaker_mappings(d.id)),
            segments=tuple(s for d in documents for s in uow.segments.for_document(d.id)),
            cases=tuple(uow.cases.get(i) for i in ids.cases), memos=tuple(uow.memos.get(i) for i in ids.memos),
            themes=tuple(uow.themes.get(i) for i in ids.themes), meta_after=tuple((k, uow.meta.get(k)) for k, _v in ids.meta_before))
        for memo_id in ids.memos:
            uow.memos.delete(memo_id)
        for theme_id in reversed(ids.themes):
            uow.themes.delete(theme_id)
        for doc in documents:
            uow.documents.delete(doc.id)  # turns, mappings, segments cascade
        for case_id in ids.cases:
            uow.cases.delete(case_id)
        for code_id in reversed(ids.codes):  # children were created after their parents
            uow.codes.delete(code_id)
        for key, value in ids.meta_before:
            uow.meta.set(key, value if value is not None else "")
    return OpResult(snapshot, _changes(ids, initiator))


@publishes
def restore_refi_import(project: Project, snapshot: ImportSnapshot, *,
                        initiator: object | None = None) -> OpResult[None]:
    """Undo :func:`remove_refi_import`: the same objects with the same ids."""
    with project.unit_of_work() as uow:
        for code in snapshot.codes:
            uow.codes.add(code, keep_id=True)
        for case in snapshot.cases:
            uow.cases.restore(case)
        for doc, turns in zip(snapshot.documents, snapshot.turns):
            uow.documents.restore(doc, turns)
        for mapping in snapshot.mappings:
            uow.cases.set_speaker_mapping(mapping)
        uow.segments.restore(snapshot.segments)
        for theme in snapshot.themes:
            uow.themes.add(theme, keep_id=True)
        for memo in snapshot.memos:
            uow.memos.restore(memo)
        for key, value in snapshot.meta_after:
            uow.meta.set(key, value if value is not None else "")
    return OpResult(None, _changes(snapshot.ids, initiator))


class RefiImportOperation(Operation):
    """An import done already (first run announces nothing more), undone and redone with the same ids."""

    def __init__(self, project: Project, ids: ImportedIds, file: str) -> None:
        super().__init__(project, f"Import {file}")
        self.ids = ids
        self.snapshot: ImportSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            restore_refi_import(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        self.snapshot = remove_refi_import(self.project, self.ids, initiator=self.initiator).value
