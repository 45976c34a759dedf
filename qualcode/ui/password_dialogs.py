"""Password dialogs for encrypted projects: a new project's "Encrypt" box, and opening one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["NewProjectChoice", "NewProjectDialog", "ask_new_project", "ask_project_password"]


@dataclass(frozen=True)
class NewProjectChoice:
    """What the new-project dialog decided: ``password`` is None for a plain project."""

    password: str | None


class NewProjectDialog(QDialog):
    """An "Encrypt this project (password)" box with the password typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.encrypt_box = QCheckBox(self.tr("Encrypt this project (password)"))
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        self.problem_label = QLabel("")
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Again"), self.again_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(QLabel(self.tr("Without the password nobody (you included) can open an encrypted project.")))
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.encrypt_box.toggled.connect(self.password_edit.setEnabled)
        self.encrypt_box.toggled.connect(self.again_edit.setEnabled)
        for signal in (self.encrypt_box.toggled, self.password_edit.textChanged, self.again_edit.textChanged):
            signal.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check()

    def problem(self) -> str:
        """Why OK is disabled ('' when the choice is complete)."""
        if not self.encrypt_box.isChecked():
            return ""
        if not self.password_edit.text():
            return self.tr("Type a password.")
        if self.password_edit.text() != self.again_edit.text():
            return self.tr("The two passwords differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> NewProjectChoice:
        return NewProjectChoice(self.password_edit.text() if self.encrypt_box.isChecked() else None)


def ask_new_project(parent: QWidget) -> NewProjectChoice | None:
    """Plain or encrypted (and its password); None if cancelled."""
    dialog = NewProjectDialog(parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_project_password(parent: QWidget, location: str, problem: str) -> str | None:
    """The password of the encrypted project ``location``; None if cancelled."""
    translate = QCoreApplication.translate
    text = translate("PasswordDialogs", "{location} is encrypted. Its password:").format(location=location)
    if problem:
        text = f"{problem}\n\n{text}"
    password, ok = QInputDialog.getText(parent, translate("PasswordDialogs", "Encrypted project"), text,
                                        QLineEdit.EchoMode.Password)
    return password if ok and password else None
