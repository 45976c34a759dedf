"""The predictors list of the regression panel: blocks of predictors, drop target.

Rows are either block headers ("Model 1", "Model 2 adds") or predictors (a case-table
column, shown by its label). New predictors go into the last block; several blocks
make a nested comparison. Variables dragged from the variables tree are dropped here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from qualcode.ui.analysis.variables_model import MIME_TYPE

__all__ = ["PredictorsList", "COLUMN", "IS_BLOCK"]

COLUMN = Qt.ItemDataRole.UserRole + 1
IS_BLOCK = Qt.ItemDataRole.UserRole + 2


class PredictorsList(QListWidget):
    """Predictors in blocks; ``predictors_changed`` after every add/remove/block change."""

    predictors_changed = Signal()
    columns_dropped = Signal(list)  # column names dropped from the variables tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setToolTip(self.tr("Drag variables here, or select them on the left and press Add."))
        self._add_header()

    # -- content -----------------------------------------------------------------------------
    def blocks(self) -> tuple[tuple[str, ...], ...]:
        """Predictor columns per block, empty blocks left out."""
        out: list[list[str]] = []
        for i in range(self.count()):
            item = self.item(i)
            if item.data(IS_BLOCK):
                out.append([])
            else:
                out[-1].append(str(item.data(COLUMN)))
        return tuple(tuple(b) for b in out if b)

    def columns(self) -> list[str]:
        return [c for block in self.blocks() for c in block]

    def add_predictor(self, column: str, label: str) -> bool:
        """Append to the last block (False if already a predictor)."""
        if column in self.columns():
            return False
        item = QListWidgetItem(f"   {label}")
        item.setData(COLUMN, column)
        item.setData(IS_BLOCK, False)
        item.setToolTip(column)
        self.addItem(item)
        self.predictors_changed.emit()
        return True

    def add_block(self) -> None:
        """Start a new block: later predictors enter in Model n+1 (nested comparison)."""
        self._add_header()
        self.predictors_changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected predictors; a selected block header (not the first) merges into the one above."""
        for item in self.selectedItems():
            row = self.row(item)
            if item.data(IS_BLOCK) and row == 0:
                continue
            self.takeItem(row)
        self._renumber()
        self.predictors_changed.emit()

    def clear_predictors(self) -> None:
        self.clear()
        self._add_header()
        self.predictors_changed.emit()

    def set_blocks(self, blocks: list[list[tuple[str, str]]]) -> None:
        """Replace everything: a list of blocks of (column, label)."""
        self.blockSignals(True)
        self.clear()
        for i, block in enumerate(blocks or [[]]):
            if i or not self.count():
                self._add_header()
            for column, label in block:
                self.add_predictor(column, label)
        self.blockSignals(False)
        self.predictors_changed.emit()

    def _add_header(self) -> None:
        item = QListWidgetItem("")
        item.setData(IS_BLOCK, True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)
        self._renumber()

    def _renumber(self) -> None:
        headers = [self.item(i) for i in range(self.count()) if self.item(i).data(IS_BLOCK)]
        for n, item in enumerate(headers, start=1):
            item.setText(self.tr("Model 1") if n == 1 else self.tr("Model {number} adds").format(number=n))

    # -- drops -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        columns = bytes(event.mimeData().data(MIME_TYPE).data()).decode("utf-8").split("\n")
        self.columns_dropped.emit([c for c in columns if c])
        event.acceptProposedAction()
