from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.clock import utcnow

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualcode.core.errors import NotFoundError
from qualcode.core.memo import Memo, MemoTarget
from qualcode.storage.tables import MemoRow


def _to_memo(r: MemoRow) -> Memo:
    return Memo(r.id, MemoTarget(r.target), r.target_id, r.text, r.author_id, r.created, r.updated,
                r.title, r.is_journal, version=r.version or 0)


class MemoRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, target: MemoTarget, target_id: int | None, text: str, author_id: int | None,
            title: str = "", is_journal: bool = False) -> Memo:
        now = utcnow()
        row = MemoRow(target=target.value, target_id=target_id, text=text, author_id=author_id,
                      title=title, is_journal=is_journal, created=now, updated=now)
        self.s.add(row)
        self.s.flush()
        return _to_memo(row)

    def restore(self, memo: Memo) -> None:
        self.s.add(MemoRow(id=memo.id, target=memo.target.value, target_id=memo.target_id,
                           text=memo.text, author_id=memo.author_id, title=memo.title,
                           is_journal=memo.is_journal, created=memo.created, updated=memo.updated))
        self.s.flush()

    def get(self, memo_id: int) -> Memo:
        row = self.s.get(MemoRow, memo_id)
        if row is None:
            raise NotFoundError(f"There is no memo {memo_id}.")
        return _to_memo(row)

    def update_text(self, memo_id: int, text: str, title: str | None = None, *,
                    expected_version: int | None = None) -> Memo:
        """With ``expected_version`` (the version the user's copy was read at), a memo saved by
        someone else since raises StaleDataError instead of being overwritten."""
        row = self.s.get(MemoRow, memo_id)
        if row is None:
            raise NotFoundError(f"There is no memo {memo_id}.")
        if expected_version and expected_version != row.version:
            raise StaleDataError(f"memo {memo_id} is at version {row.version}, not {expected_version}")
        row.text = text
        if title is not None:
            row.title = title
        row.updated = utcnow()
        self.s.flush()
        return _to_memo(row)

    def list(self, target: MemoTarget | None = None, target_id: int | None = None,
             journal: bool | None = None, search: str | None = None) -> list[Memo]:
        query = select(MemoRow)
        if target is not None:
            query = query.where(MemoRow.target == target.value)
        if target_id is not None:
            query = query.where(MemoRow.target_id == target_id)
        if journal is not None:
            query = query.where(MemoRow.is_journal == journal)
        if search:
            like = f"%{search}%"
            query = query.where(or_(MemoRow.text.ilike(like), MemoRow.title.ilike(like)))
        return [_to_memo(r) for r in self.s.scalars(query.order_by(MemoRow.created, MemoRow.id))]

    def delete(self, memo_id: int) -> None:
        self.s.execute(delete(MemoRow).where(MemoRow.id == memo_id))

    def set_editor(self, memo_ids: Sequence[int], coder_id: int | None) -> None:
        """Record who last changed these memos (ids that no longer exist are skipped)."""
        if memo_ids:
            self.s.execute(update(MemoRow).where(MemoRow.id.in_(memo_ids)).values(editor_id=coder_id))

    def editors(self) -> dict[int, int | None]:
        """memo id -> the coder who last changed it."""
        return {r[0]: r[1] for r in self.s.execute(select(MemoRow.id, MemoRow.editor_id))}
