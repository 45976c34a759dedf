"""Memos and the reflexive journal."""

from __future__ import annotations

from dataclasses import replace

from qualcode.core.changes import Changes, OpResult
from qualcode.core.memo import Memo, MemoTarget
from qualcode.services.operations.publish import publishes
from qualcode.services.snapshots import MemoSnapshot
from qualcode.storage.project import Project

MEMOS = Changes(memos=True)


@publishes
def add_memo(project: Project, target: MemoTarget, target_id: int | None, text: str,
             author_id: int | None, *, title: str = "", journal: bool = False,
             initiator: object | None = None) -> OpResult[Memo]:
    with project.unit_of_work() as uow:
        memo = uow.memos.add(target, target_id, text, author_id, title, journal)
        return OpResult(memo, _memo_changed(memo, initiator))


@publishes
def edit_memo(project: Project, memo_id: int, text: str, title: str | None = None, *,
              expected_version: int | None = None, initiator: object | None = None) -> OpResult[Memo]:
    """Returns the memo as it was before, at the version just written (so undo is checked too).

    ``expected_version``: the version the editor's copy was read at. On a shared project a
    memo someone else saved since raises ConcurrentEditError; nothing is overwritten.
    """
    with project.unit_of_work() as uow:
        old = uow.memos.get(memo_id)
        written = uow.memos.update_text(memo_id, text, title, expected_version=expected_version)
        return OpResult(replace(old, version=written.version), _memo_changed(old, initiator))


@publishes
def delete_memo(project: Project, memo_id: int, *, initiator: object | None = None) -> OpResult[MemoSnapshot]:
    with project.unit_of_work() as uow:
        memo = uow.memos.get(memo_id)
        uow.memos.delete(memo_id)
        return OpResult(MemoSnapshot(memo), _memo_changed(memo, initiator))


@publishes
def restore_memo(project: Project, snapshot: MemoSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.memos.restore(snapshot.memo)
    return OpResult(None, _memo_changed(snapshot.memo, initiator))


def find_memos(project: Project, *, target: MemoTarget | None = None, target_id: int | None = None,
               journal: bool | None = None, search: str | None = None) -> list[Memo]:
    with project.unit_of_work() as uow:
        return uow.memos.list(target, target_id, journal, search)


def _memo_changed(memo: Memo, initiator: object | None) -> Changes:
    """The memo, and the object it is about, named in the Changes."""
    about = frozenset({memo.target_id}) if memo.target_id is not None else frozenset()

    def when(target: MemoTarget) -> frozenset[int]:
        return about if memo.target is target else frozenset()

    return replace(MEMOS, memo_ids=frozenset({memo.id}), document_ids=when(MemoTarget.DOCUMENT),
                   code_ids=when(MemoTarget.CODE), theme_ids=when(MemoTarget.THEME), case_ids=when(MemoTarget.CASE),
                   initiator=initiator)
