"""Undo for a bulk transcript import: an adapter over
:class:`~qualcode.services.operations.document_ops.ImportTranscriptsOperation`.

The import itself runs in a worker with a progress dialog (it may take minutes),
so unlike other commands the first ``redo()`` does not call the service: the
worker already did, in one transaction. The command is pushed afterwards and
only announces the change. ``undo()`` removes the imported documents and the
cases the import created; a later ``redo()`` restores them with the same ids,
so commands pushed after the import (coding those documents) stay valid.
"""

from __future__ import annotations

from qualcode.core.changes import Changes
from qualcode.services.operations.document_ops import ImportTranscriptsOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class ImportTranscriptsCommand(OperationCommand[ImportTranscriptsOperation]):
    def __init__(self, session: ProjectSession, document_ids: tuple[int, ...], created_case_ids: tuple[int, ...],
                 changes: Changes, *, initiator: object | None = None) -> None:
        super().__init__(session, ImportTranscriptsOperation(session.project, document_ids, created_case_ids, changes),
                         initiator=initiator)
