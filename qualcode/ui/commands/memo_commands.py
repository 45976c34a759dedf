"""Undoable memo and journal edits."""

from __future__ import annotations

from qualcode.core.memo import Memo, MemoTarget
from qualcode.services.operations.memo_ops import AddMemoOperation, DeleteMemoOperation, EditMemoOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class AddMemoCommand(OperationCommand[AddMemoOperation]):
    def __init__(self, session: ProjectSession, target: MemoTarget, target_id: int | None, text: str, *,
                 title: str = "", journal: bool = False, initiator: object | None = None) -> None:
        super().__init__(session, AddMemoOperation(session.project, target, target_id, text, session.coder.id,
                                                   title=title, journal=journal), initiator=initiator)

    @property
    def memo(self) -> Memo | None:
        return self.operation.memo


class EditMemoCommand(OperationCommand[EditMemoOperation]):
    def __init__(self, session: ProjectSession, memo_id: int, text: str, title: str | None = None, *,
                 read_version: int | None = None, initiator: object | None = None) -> None:
        super().__init__(session, EditMemoOperation(session.project, memo_id, text, title,
                                                    read_version=read_version), initiator=initiator)


class DeleteMemoCommand(OperationCommand[DeleteMemoOperation]):
    def __init__(self, session: ProjectSession, memo_id: int, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteMemoOperation(session.project, memo_id), initiator=initiator)
