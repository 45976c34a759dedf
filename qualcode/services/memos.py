"""Memos and the reflexive journal."""

from __future__ import annotations

from qualcode.core.changes import Changes, OpResult
from qualcode.core.memo import Memo, MemoTarget
from qualcode.services.snapshots import MemoSnapshot
from qualcode.storage.project import Project

MEMOS = Changes(memos=True)


def add_memo(project: Project, target: MemoTarget, target_id: int | None, text: str,
             author_id: int | None, *, title: str = "", journal: bool = False) -> OpResult[Memo]:
    with project.unit_of_work() as uow:
        return OpResult(uow.memos.add(target, target_id, text, author_id, title, journal), MEMOS)


def edit_memo(project: Project, memo_id: int, text: str, title: str | None = None) -> OpResult[Memo]:
    """Returns the memo as it was before, for undo."""
    with project.unit_of_work() as uow:
        old = uow.memos.get(memo_id)
        uow.memos.update_text(memo_id, text, title)
        return OpResult(old, MEMOS)


def delete_memo(project: Project, memo_id: int) -> OpResult[MemoSnapshot]:
    with project.unit_of_work() as uow:
        memo = uow.memos.get(memo_id)
        uow.memos.delete(memo_id)
        return OpResult(MemoSnapshot(memo), MEMOS)


def restore_memo(project: Project, snapshot: MemoSnapshot) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.memos.restore(snapshot.memo)
    return OpResult(None, MEMOS)


def find_memos(project: Project, *, target: MemoTarget | None = None, target_id: int | None = None,
               journal: bool | None = None, search: str | None = None) -> list[Memo]:
    with project.unit_of_work() as uow:
        return uow.memos.list(target, target_id, journal, search)
