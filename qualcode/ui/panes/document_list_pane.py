"""Documents grouped by kind; choosing one opens it in the viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from qualcode.core.changes import Changes
from qualcode.services.documents import list_documents
from qualcode.ui.session import ProjectSession

_KIND_TITLES = {
    "interview": "Interviews", "focus-group": "Focus groups", "field-notes": "Field notes",
    "open-survey-answer": "Open survey answers",
}


class DocumentListPane(QWidget):
    document_chosen = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.empty = QLabel("No documents yet.\nImport transcripts (Ctrl+Shift+I) or open the demo.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        session.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents:
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        documents = list_documents(self.session.project)
        for doc_id, name, kind, _case in documents:
            group = groups.get(kind)
            if group is None:
                group = QTreeWidgetItem([_KIND_TITLES.get(kind, kind)])
                groups[kind] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([name])
            item.setData(0, Qt.ItemDataRole.UserRole, doc_id)
            group.addChild(item)
        for kind, group in groups.items():
            group.setText(0, f"{_KIND_TITLES.get(kind, kind)} ({group.childCount()})")
            group.setExpanded(True)
        self.tree.setVisible(bool(documents))
        self.empty.setVisible(not documents)

    def _activated(self, item: QTreeWidgetItem) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.document_chosen.emit(int(doc_id))
