"""Every segment of a theme grouped by case, as a two-level Qt item model.

Top-level rows are cases ("P07 · 3 segments"; segments with no case come last), their
children the segments (extract, code, document). Internal id 0 marks a case row; a
segment row carries its case row + 1, so ``parent()`` needs no lookup table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from qualcode.services.themes.theme_review import CaseGroup

COLUMNS = (QT_TRANSLATE_NOOP("ThemeReviewModel", "Case / extract"), QT_TRANSLATE_NOOP("ThemeReviewModel", "Code"),
           QT_TRANSLATE_NOOP("ThemeReviewModel", "Document"), QT_TRANSLATE_NOOP("ThemeReviewModel", "Speaker"))
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the segment's row dict (document_id, start, end...)
_Index = QModelIndex | QPersistentModelIndex


class ThemeReviewModel(QAbstractItemModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.groups: tuple[CaseGroup, ...] = ()

    def set_groups(self, groups: tuple[CaseGroup, ...]) -> None:
        self.beginResetModel()
        self.groups = tuple(groups)
        self.endResetModel()

    # -- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].segments)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data ----------------------------------------------------------------------
    def segment(self, index: _Index) -> dict[str, Any] | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].segments[index.row()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                n = len(group.segments)
                case = group.case_key or self.tr("(no case)")
                return f"{case} · " + self.tr("%n segment(s)", "", n)
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self.segment(index)
        assert row is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return " ".join(str(row["text"]).split())
            return row.get(("", "code", "document", "speaker")[index.column()]) or ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return str(row["text"])
        if role == SEGMENT_ROLE:
            return row
        return None
