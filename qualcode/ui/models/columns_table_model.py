"""Base for flat table models whose header is a fixed tuple of column titles.

The titles are English source texts marked with ``QT_TRANSLATE_NOOP(TR_CONTEXT, ...)`` in the
subclass's module and translated when the header is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ColumnsTableModel(QAbstractTableModel):
    """Subclasses set ``COLUMNS`` and implement ``rowCount`` and ``data``."""

    COLUMNS: tuple[str, ...] = ()
    TR_CONTEXT = "ColumnsTableModel"  # the translation context the COLUMNS were marked with

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.TR_CONTEXT, self.COLUMNS[section])
        return None
