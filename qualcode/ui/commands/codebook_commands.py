from __future__ import annotations

from qualcode.core.codebook import Code, CodeOrigin
from qualcode.services.operations.codebook_ops import (
    AddCodeOperation,
    DeleteCodeOperation,
    MergeCodesOperation,
    UpdateCodeOperation,
)
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class AddCodeCommand(OperationCommand[AddCodeOperation]):
    def __init__(self, session: ProjectSession, name: str, parent_id: int | None = None,
                 origin: CodeOrigin = CodeOrigin.INDUCTIVE, *, initiator: object | None = None) -> None:
        super().__init__(session, AddCodeOperation(session.project, name, parent_id, origin,
                                                   coder_id=session.coder.id), initiator=initiator)

    @property
    def code(self) -> Code | None:
        return self.operation.code


class UpdateCodeCommand(OperationCommand[UpdateCodeOperation]):
    """Rename, recolour, move, edit definition...: writes a whole new Code value."""

    def __init__(self, session: ProjectSession, new: Code, text: str, *, initiator: object | None = None) -> None:
        super().__init__(session, UpdateCodeOperation(session.project, new, text, coder_id=session.coder.id),
                        initiator=initiator)


class DeleteCodeCommand(OperationCommand[DeleteCodeOperation]):
    def __init__(self, session: ProjectSession, code: Code, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteCodeOperation(session.project, code), initiator=initiator)


class MergeCodesCommand(OperationCommand[MergeCodesOperation]):
    def __init__(self, session: ProjectSession, source: Code, target: Code, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, MergeCodesOperation(session.project, source, target), initiator=initiator)
