"""The document viewer pane: the text view with its margins, floating bar and controller."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from qualcode.ui.session import ProjectSession
from qualcode.ui.viewer.coding_controller import CodingController
from qualcode.ui.viewer.selection_bar import SelectionBar
from qualcode.ui.viewer.viewer_view import TextView


class DocumentViewerPane(QWidget):
    """Read-only transcript with coded segments; select text to code it."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = TextView(self)
        self.view.setPlaceholderText(self.tr("Choose a document on the left to read and code it."))
        self.bar = SelectionBar(self.view)
        self.controller = CodingController(session, self.view, self.bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    @property
    def document_id(self) -> int | None:
        return self.view.document_id

    def show_document(self, document_id: int) -> None:
        self.controller.open_document(document_id)
