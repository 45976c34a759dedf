"""Undo for a bulk transcript import, and for correcting a document's language, as operations.

The import itself runs in a worker (it may take minutes, in one transaction), so the
first :meth:`~ImportTranscriptsOperation.do` does not call the service: the worker
already did. It only publishes what the import changed, from the caller's thread.
Undo removes the imported documents and the cases the import created; a later redo
restores them with the same ids, so operations done after the import (coding those
documents) stay valid.
"""

from __future__ import annotations

from qualcode.core.changes import Changes
from qualcode.services.corpus.document_language import (
    document_language,
    set_document_language,
)
from qualcode.services.corpus.documents import (
    DocumentsSnapshot,
    get_document,
    remove_documents,
    restore_documents,
)
from qualcode.services.operations.operation import Operation
from qualcode.storage.project import Project

__all__ = ["ImportTranscriptsOperation", "SetDocumentLanguageOperation"]


class ImportTranscriptsOperation(Operation):
    """Announce (first run), take back (undo) and restore (redo) an import done elsewhere."""

    def __init__(self, project: Project, document_ids: tuple[int, ...], created_case_ids: tuple[int, ...],
                 changes: Changes) -> None:
        n = len(document_ids)
        super().__init__(project, f"Import {n} transcript{'s' if n != 1 else ''}")
        self.document_ids, self.created_case_ids, self.changes = document_ids, created_case_ids, changes
        self.snapshot: DocumentsSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:  # first run: the worker has stored everything already
            self.project.hub.publish(self.changes | Changes(document_ids=frozenset(self.document_ids),
                                                            case_ids=frozenset(self.created_case_ids),
                                                            initiator=self.initiator))
            return
        restore_documents(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        self.snapshot = remove_documents(self.project, self.document_ids, case_ids=self.created_case_ids,
                                         initiator=self.initiator).value


class SetDocumentLanguageOperation(Operation):
    """Correct one document's language (``ru``, ``uz``, ``en`` ...); undo restores the one it had.

    Named after the document ("Set language of P07"), so the Undo menu says which one changed.
    """

    def __init__(self, project: Project, document_id: int, language: str) -> None:
        super().__init__(project, f"Set language of {get_document(project, document_id).name}")
        self.document_id, self.language = document_id, language
        self.old: str | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = document_language(self.project, self.document_id)
        set_document_language(self.project, self.document_id, self.language, initiator=self.initiator)

    def revert(self) -> None:
        if self.old is not None:
            set_document_language(self.project, self.document_id, self.old, initiator=self.initiator)
