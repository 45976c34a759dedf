"""Memos and journal entries as a list: title (or first line), what it is about, when."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.memo import Memo, MemoTarget

Index = QModelIndex | QPersistentModelIndex
_TARGETS = {
    MemoTarget.PROJECT: QT_TRANSLATE_NOOP("MemoListModel", "Project"),
    MemoTarget.DOCUMENT: QT_TRANSLATE_NOOP("MemoListModel", "Document"),
    MemoTarget.CODE: QT_TRANSLATE_NOOP("MemoListModel", "Code"),
    MemoTarget.THEME: QT_TRANSLATE_NOOP("MemoListModel", "Theme"),
    MemoTarget.CASE: QT_TRANSLATE_NOOP("MemoListModel", "Case"),
}


def local_time(stamp: datetime) -> str:
    """Stored times are naive UTC; show them in the user's time zone."""
    return stamp.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def headline(memo: Memo) -> str:
    if memo.title.strip():
        return memo.title.strip()
    first = memo.text.strip().splitlines()[0] if memo.text.strip() else QCoreApplication.translate("MemoListModel", "(empty)")
    return first if len(first) <= 80 else first[:79] + "…"


def about(memo: Memo, names: dict[tuple[MemoTarget, int], str]) -> str:
    if memo.is_journal:
        return QCoreApplication.translate("MemoListModel", "Journal")
    target = _TARGETS.get(memo.target)
    label = QCoreApplication.translate("MemoListModel", target) if target else memo.target.value
    if memo.target_id is None:
        return label
    return f"{label}: {names.get((memo.target, memo.target_id), f'#{memo.target_id}')}"


class MemoListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.memos: list[Memo] = []
        self.names: dict[tuple[MemoTarget, int], str] = {}

    def set_memos(self, memos: list[Memo], names: dict[tuple[MemoTarget, int], str]) -> None:
        self.beginResetModel()
        # newest first: a journal is read from today backwards
        self.memos = sorted(memos, key=lambda m: (m.created, m.id), reverse=True)
        self.names = dict(names)
        self.endResetModel()

    def row_of(self, memo_id: int) -> int:
        return next((i for i, m in enumerate(self.memos) if m.id == memo_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.memos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.memos):
            return None
        memo = self.memos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{headline(memo)}\n{about(memo, self.names)} · {local_time(memo.created)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Created {created} · last edited {edited}").format(
                created=local_time(memo.created), edited=local_time(memo.updated))
        if role == Qt.ItemDataRole.UserRole:
            return memo
        return None
