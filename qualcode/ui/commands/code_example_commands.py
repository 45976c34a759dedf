"""Undoable codebook-structure edits of the Themes feature: choosing a code's typical or
atypical example segment, and importing a (deductive) codebook file."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.codebook import CodeOrigin
from qualcode.services.operations.code_example_ops import ImportCodebookOperation, SetCodeExampleOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class SetCodeExampleCommand(OperationCommand[SetCodeExampleOperation]):
    """``segment_id`` None clears the example of ``kind``."""

    def __init__(self, session: ProjectSession, code_id: int, segment_id: int | None, kind: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, SetCodeExampleOperation(session.project, code_id, segment_id, kind,
                                                          coder_id=session.coder.id), initiator=initiator)


class ImportCodebookCommand(OperationCommand[ImportCodebookOperation]):
    """Import a codebook file. The file is read once, so redo re-imports the same rows
    even if the file changed on disk meanwhile."""

    def __init__(self, session: ProjectSession, path: str | Path,
                 default_origin: CodeOrigin = CodeOrigin.DEDUCTIVE, *, initiator: object | None = None) -> None:
        super().__init__(session, ImportCodebookOperation(session.project, path, default_origin,
                                                          coder_id=session.coder.id), initiator=initiator)
