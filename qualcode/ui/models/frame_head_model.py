"""The first rows of a survey (a pandas DataFrame) for a read-only preview."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20
MAX_CELL = 80  # characters; open answers can be paragraphs


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 24.0 in a column with gaps is 24 to the user
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


class FrameHeadModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.cells: list[list[str]] = []
        self.row_labels: list[str] = []

    def set_frame(self, frame: pd.DataFrame | None, row_numbers: tuple[int, ...] = ()) -> None:
        """Show the first :data:`PREVIEW_ROWS` rows; rows are labelled with their file row numbers."""
        self.beginResetModel()
        if frame is None:
            self.columns, self.cells, self.row_labels = [], [], []
        else:
            head = frame.head(PREVIEW_ROWS)
            self.columns = [str(c) for c in head.columns]
            self.cells = [[_cell_text(v) for v in row] for row in head.itertuples(index=False, name=None)]
            numbers = row_numbers or tuple(range(1, len(frame) + 1))
            self.row_labels = [str(n) for n in numbers[: len(self.cells)]]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.row_labels):
            return self.row_labels[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cells) or not 0 <= index.column() < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        return None
