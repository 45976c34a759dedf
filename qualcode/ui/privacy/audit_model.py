"""A table model over the audit log (core values only; no SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.services.privacy.audit import AuditEntry

__all__ = ["AuditModel", "action_name"]

Index = QModelIndex | QPersistentModelIndex
_HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "When (UTC)"), QT_TRANSLATE_NOOP("AuditModel", "Who"),
            QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "What"))
#: the actions the app records (``record_action``); others are shown as stored
_ACTIONS = {
    "edit": QT_TRANSLATE_NOOP("AuditModel", "edit"),
    "undo": QT_TRANSLATE_NOOP("AuditModel", "undo"),
    "model run": QT_TRANSLATE_NOOP("AuditModel", "model run"),
    "pseudonymise": QT_TRANSLATE_NOOP("AuditModel", "pseudonymise"),
    "pseudonymise (undo)": QT_TRANSLATE_NOOP("AuditModel", "pseudonymise (undo)"),
    "pseudonymise (redo)": QT_TRANSLATE_NOOP("AuditModel", "pseudonymise (redo)"),
}


def action_name(action: str) -> str:
    """An audited action (``"model run"``) in the reader's language; the stored value is data."""
    return QCoreApplication.translate("AuditModel", _ACTIONS[action]) if action in _ACTIONS else action


class AuditModel(QAbstractTableModel):
    """One row per audited action, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        return (e.at.strftime("%Y-%m-%d %H:%M:%S"), e.who, action_name(e.action), e.summary)[index.column()]
