"""Search hits as keyword-in-context rows: document | before | match | after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from qualcode.services.coding.search import Hit
from qualcode.ui.models.columns_table_model import ColumnsTableModel

COLUMNS = (QT_TRANSLATE_NOOP("KwicModel", "Document"), QT_TRANSLATE_NOOP("KwicModel", "Before"),
           QT_TRANSLATE_NOOP("KwicModel", "Match"), QT_TRANSLATE_NOOP("KwicModel", "After"))
Index = QModelIndex | QPersistentModelIndex


def _flat(text: str) -> str:
    return text.replace("\n", " ⏎ ")


class KwicModel(ColumnsTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "KwicModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.names: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: list[Hit], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.hits, self.names = list(hits), dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (self.names.get(hit.document_id, str(hit.document_id)), _flat(hit.before),
                      _flat(hit.match), _flat(hit.after))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            # right-aligned "before" lines the matches up in one column, as a concordance does
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 2:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None
