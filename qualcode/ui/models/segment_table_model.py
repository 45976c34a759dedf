"""Retrieved coded segments as a table: document, speaker, case, code, coder, text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.services.coding.retrieval import RetrievedSegment
from qualcode.ui.models.columns_table_model import ColumnsTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("SegmentTableModel", "Document"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Speaker"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Case"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Code"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Coder"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Text"),
)
Index = QModelIndex | QPersistentModelIndex


def plural(n: int, word: str) -> str:
    """``"1 segment"``, ``"3 segments"`` (thousands separated)."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def one_line(text: str) -> str:
    return " ".join(text.split())


class SegmentTableModel(ColumnsTableModel):
    """Holds :class:`RetrievedSegment` values; the full segment is under ``Qt.UserRole``."""

    COLUMNS = COLUMNS
    TR_CONTEXT = "SegmentTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RetrievedSegment] = []

    def set_rows(self, rows: list[RetrievedSegment]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        seg = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (seg.document, seg.speaker or "", seg.case or "", seg.code, seg.coder, one_line(seg.text))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == len(COLUMNS) - 1:
            return f"…{one_line(seg.before)} [{one_line(seg.text)}] {one_line(seg.after)}…"
        if role == Qt.ItemDataRole.UserRole:
            return seg
        return None
