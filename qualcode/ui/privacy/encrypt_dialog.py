"""File ▸ Save encrypted copy…: a password-protected copy of the open project, for keeping or sending."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from qualcode.core.errors import QualCodeError
from qualcode.services.privacy.archive import encrypt_project_copy
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text

__all__ = ["EncryptCopyDialog"]


class EncryptCopyDialog(QDialog):
    """Where to write the copy, and the password twice. Errors show in the dialog, in one sentence."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Save encrypted copy"))
        location = str(session.project.location)
        self.is_file = "://" not in location
        self.path_edit = QLineEdit(str(Path(location).with_suffix(".qcenc")) if self.is_file else "")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_path)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self.tr("The copy can be opened only with this password; there is no way to recover it. "
                                      "The project you work in stays as it is."))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Encrypted copy:"), row)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        form.addRow(self.message)
        form.addRow(self.buttons)
        if not self.is_file:
            self.message.setText(self.tr("This project lives in PostgreSQL: encryption at rest is the database server's job."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save encrypted copy"), self.path_edit.text(),
                                              self.tr("Encrypted QualCode copy") + " (*.qcenc)")
        if path:
            self.path_edit.setText(path)

    def save(self) -> None:
        if not self.password.text():
            self.message.setText(self.tr("Give a password."))
            return
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ; nothing was written."))
            return
        try:
            encrypt_project_copy(self.session.project.location, self.path_edit.text().strip(), self.password.text())
        except (QualCodeError, OSError) as exc:
            self.message.setText(service_text(str(exc)))
            return
        self.password.clear()
        self.again.clear()
        self.accept()
