"""A count matrix as a heat-map table (cells shaded by count)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

if TYPE_CHECKING:  # numpy loads with the matrices, when one is computed
    from qualcode.services.coding.matrices import Matrix

Index = QModelIndex | QPersistentModelIndex
_LOW, _HIGH = QColor("#ffffff"), QColor("#0072B2")  # Okabe-Ito blue: colour-blind safe


def _blend(fraction: float) -> QColor:
    f = max(0.0, min(1.0, fraction))
    return QColor(
        round(_LOW.red() + (_HIGH.red() - _LOW.red()) * f),
        round(_LOW.green() + (_HIGH.green() - _LOW.green()) * f),
        round(_LOW.blue() + (_HIGH.blue() - _LOW.blue()) * f),
    )


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self._max = 1

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._max = 1
        if matrix is not None:
            # the diagonal (a code with itself) would wash out every other shade
            square = matrix.kind != "case"
            values = [v for r, row in enumerate(matrix.counts) for c, v in enumerate(row) if not (square and r == c)]
            self._max = max(values, default=1) or 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.row_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.column_ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.matrix is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = self.matrix.column_labels if orientation == Qt.Orientation.Horizontal else self.matrix.row_labels
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.matrix
        if m is None or not index.isValid() or not (0 <= index.row() < len(m.row_ids) and 0 <= index.column() < len(m.column_ids)):
            return None
        value = m.counts[index.row()][index.column()]
        diagonal = m.kind != "case" and index.row() == index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#eeeeee") if diagonal else _blend(value / self._max)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ffffff") if not diagonal and value / self._max > 0.55 else QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{m.row_labels[index.row()]} × {m.column_labels[index.column()]}: {value}"
        if role == Qt.ItemDataRole.UserRole:
            return (m.row_ids[index.row()], m.column_ids[index.column()])
        return None
