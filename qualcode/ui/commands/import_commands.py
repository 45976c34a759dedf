"""Undo for a bulk transcript import.

The import itself runs in a worker with a progress dialog (it may take minutes),
so unlike other commands the first ``redo()`` does not call the service: the
worker already did, in one transaction. The command is pushed afterwards and
only announces the change. ``undo()`` removes the imported documents and the
cases the import created; a later ``redo()`` restores them with the same ids,
so commands pushed after the import (coding those documents) stay valid.
"""

from __future__ import annotations

from qualcode.core.changes import Changes
from qualcode.services.documents import DocumentsSnapshot, remove_documents, restore_documents
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class ImportTranscriptsCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, document_ids: tuple[int, ...], created_case_ids: tuple[int, ...],
                 changes: Changes) -> None:
        n = len(document_ids)
        super().__init__(session, f"Import {n} transcript{'s' if n != 1 else ''}")
        self.document_ids = document_ids
        self.created_case_ids = created_case_ids
        self.changes = changes
        self.snapshot: DocumentsSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:  # first push: the worker has stored everything already
            self.notify(self.changes)
            return
        self.notify(restore_documents(self.session.project, self.snapshot).changes)

    def undo(self) -> None:
        result = remove_documents(self.session.project, self.document_ids, case_ids=self.created_case_ids)
        self.snapshot = result.value
        self.notify(result.changes)
