"""The codebook tree (colour, name, segment count)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from qualcode.core.changes import Changes
from qualcode.services.codebook import list_codes
from qualcode.ui.session import ProjectSession


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CodebookPane(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Code", "Segments"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        session.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.codes or changes.segments:
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        codes = list_codes(self.session.project)
        items: dict[int, QTreeWidgetItem] = {}
        for code in codes.values():
            items[code.id] = QTreeWidgetItem([code.name, ""])
            items[code.id].setIcon(0, swatch(code.colour))
            items[code.id].setData(0, Qt.ItemDataRole.UserRole, code.id)
        for code in codes.values():
            parent = items.get(code.parent_id) if code.parent_id is not None else None
            if parent is not None:
                parent.addChild(items[code.id])
            else:
                self.tree.addTopLevelItem(items[code.id])
        self.tree.expandAll()
