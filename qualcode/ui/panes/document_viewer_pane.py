"""Read-only document view (the coding workbench builds on this)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from qualcode.services.documents import get_document
from qualcode.ui.session import ProjectSession


class DocumentViewerPane(QPlainTextEdit):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: int | None = None
        self.setReadOnly(True)
        self.setPlaceholderText("Choose a document on the left to read and code it.")

    def show_document(self, document_id: int) -> None:
        doc = get_document(self.session.project, document_id)
        self.document_id = document_id
        self.setPlainText(doc.text)
