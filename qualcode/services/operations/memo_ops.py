"""Memo and journal edits as operations; undo restores the same memo id and timestamps."""

from __future__ import annotations

from qualcode.core.memo import Memo, MemoTarget
from qualcode.services.coding import memos
from qualcode.services.operations.operation import Operation
from qualcode.services.snapshots import MemoSnapshot
from qualcode.storage.project import Project

__all__ = ["AddMemoOperation", "DeleteMemoOperation", "EditMemoOperation"]


class AddMemoOperation(Operation):
    """Write a new memo (or journal entry); :attr:`memo` is the new memo."""

    def __init__(self, project: Project, target: MemoTarget, target_id: int | None, text: str,
                 author_id: int | None, *, title: str = "", journal: bool = False) -> None:
        super().__init__(project, "New journal entry" if journal else "New memo")
        self.target, self.target_id, self.text, self.author_id = target, target_id, text, author_id
        self.title, self.journal = title, journal
        self.memo: Memo | None = None

    def apply(self) -> None:
        if self.memo is None:
            self.memo = memos.add_memo(self.project, self.target, self.target_id, self.text, self.author_id,
                                       title=self.title, journal=self.journal, initiator=self.initiator).value
        else:  # same id and timestamps back
            memos.restore_memo(self.project, MemoSnapshot(self.memo), initiator=self.initiator)

    def revert(self) -> None:
        if self.memo is not None:
            memos.delete_memo(self.project, self.memo.id, initiator=self.initiator)


class EditMemoOperation(Operation):
    """Change a memo's text (and title); undo writes the old ones back."""

    def __init__(self, project: Project, memo_id: int, text: str, title: str | None = None, *,
                 read_version: int | None = None) -> None:
        super().__init__(project, "Edit memo")
        self.memo_id, self.text, self.title = memo_id, text, title
        self.read_version = read_version  # the version the editor showed (None: not checked)
        self.old: Memo | None = None
        self.written_version: int | None = None

    def apply(self) -> None:
        # the first run checks the version the user saw; a redo checks the version undo left
        expected = self.read_version if self.old is None else self.written_version
        self.old = memos.edit_memo(self.project, self.memo_id, self.text, self.title,
                                   expected_version=expected, initiator=self.initiator).value
        self.written_version = self.old.version

    def revert(self) -> None:
        if self.old is not None:
            back = memos.edit_memo(self.project, self.memo_id, self.old.text, self.old.title,
                                   expected_version=self.written_version, initiator=self.initiator).value
            self.written_version = back.version


class DeleteMemoOperation(Operation):
    """Delete a memo; undo restores it with its id."""

    def __init__(self, project: Project, memo_id: int) -> None:
        super().__init__(project, "Delete memo")
        self.memo_id = memo_id
        self.snapshot: MemoSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = memos.delete_memo(self.project, self.memo_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            memos.restore_memo(self.project, self.snapshot, initiator=self.initiator)
