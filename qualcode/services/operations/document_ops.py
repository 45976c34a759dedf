"""Undo for a bulk transcript import, as an operation.

The import itself runs in a worker (it may take minutes, in one transaction), so the
first :meth:`~ImportTranscriptsOperation.do` does not call the service: the worker
already did. It only publishes what the import changed, from the caller's thread.
Undo removes the imported documents and the cases the import created; a later redo
restores them with the same ids, so operations done after the import (coding those
documents) stay valid.
"""

from __future__ import annotations

from qualcode.core.changes import Changes
from qualcode.services.corpus.documents import DocumentsSnapshot, remove_documents, restore_documents
from qualcode.services.operations.operation import Operation
from qualcode.storage.project import Project

__all__ = ["ImportTranscriptsOperation"]


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
