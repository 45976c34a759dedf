"""Undoable memo and journal edits."""

from __future__ import annotations

from qualcode.core.memo import Memo, MemoTarget
from qualcode.services import memos
from qualcode.services.snapshots import MemoSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class AddMemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, target: MemoTarget, target_id: int | None, text: str, *,
                 title: str = "", journal: bool = False) -> None:
        super().__init__(session, "New journal entry" if journal else "New memo")
        self.target, self.target_id, self.text, self.title, self.journal = target, target_id, text, title, journal
        self.memo: Memo | None = None

    def do(self) -> None:
        if self.memo is None:
            result = memos.add_memo(self.session.project, self.target, self.target_id, self.text,
                                    self.session.coder.id, title=self.title, journal=self.journal)
            self.memo = result.value
            self.notify(result.changes)
        else:  # same id and timestamps back
            self.notify(memos.restore_memo(self.session.project, MemoSnapshot(self.memo)).changes)

    def undo(self) -> None:
        if self.memo is not None:
            self.notify(memos.delete_memo(self.session.project, self.memo.id).changes)


class EditMemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, memo_id: int, text: str, title: str | None = None) -> None:
        super().__init__(session, "Edit memo")
        self.memo_id, self.text, self.title = memo_id, text, title
        self.old: Memo | None = None

    def do(self) -> None:
        result = memos.edit_memo(self.session.project, self.memo_id, self.text, self.title)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(memos.edit_memo(self.session.project, self.memo_id, self.old.text, self.old.title).changes)


class DeleteMemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, memo_id: int) -> None:
        super().__init__(session, "Delete memo")
        self.memo_id = memo_id
        self.snapshot: MemoSnapshot | None = None

    def do(self) -> None:
        result = memos.delete_memo(self.session.project, self.memo_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(memos.restore_memo(self.session.project, self.snapshot).changes)
