"""File › Open server…: open (or create) a shared project on a PostgreSQL server.

The password, if typed, goes to the OS keyring (``keyring``) and never into the URL,
the recent-projects list or any file; the project is opened with a URL that names the
user only, and the connection takes the password from the keyring.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from qualcode.services.team.live import remember_password


def server_url(host: str, port: int, database: str, user: str, schema: str = "") -> str:
    """The project URL for a server login (no password in it).

    Examples
    --------
    >>> server_url("127.0.0.1", 5432, "study", "ana", "team_a")
    'postgresql+psycopg://ana@127.0.0.1:5432/study?options=-csearch_path%3Dteam_a'
    """
    url = f"postgresql+psycopg://{quote(user, safe='')}@{host}:{port}/{quote(database, safe='')}"
    return url + (f"?options=-csearch_path%3D{quote(schema, safe='')}" if schema else "")


class OpenServerDialog(QDialog):
    """Ask for host, port, database, project schema, user and (optionally) the password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shared project on a server"))
        form = QFormLayout(self)
        self.host = QLineEdit("127.0.0.1")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.schema = QLineEdit()
        self.schema.setPlaceholderText(self.tr("optional: the project's schema on the server"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty if already in the keyring"))
        self.create_new = QCheckBox(self.tr("Create a new shared project there"))
        for label, widget in ((self.tr("Server"), self.host), (self.tr("Port"), self.port),
                              (self.tr("Database"), self.database), (self.tr("Project schema"), self.schema),
                              (self.tr("User"), self.user), (self.tr("Password"), self.password)):
            form.addRow(label, widget)
        form.addRow(self.create_new)
        form.addRow(QLabel(self.tr("A password is kept in your system's keyring, never in a file.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def url(self) -> str:
        return server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip(), self.schema.text().strip())

    def store_password(self) -> None:
        """Put a typed password in the keyring (raises TeamError when there is no keyring)."""
        if self.password.text():
            remember_password(self.user.text().strip(), self.host.text().strip(), self.port.value(),
                              self.database.text().strip(), self.password.text())
            self.password.clear()


def open_server(window: object) -> bool:
    """Run the dialog for ``window`` (a MainWindow) and open or create the project it names."""
    dialog = OpenServerDialog(window)  # type: ignore[arg-type]
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    from qualcode.ui.error_dialog import show_error

    try:
        dialog.store_password()
    except Exception as exc:  # noqa: BLE001 - shown, app keeps running
        show_error(window, QCoreApplication.translate("OpenServerDialog", "Could not keep the password"), exc)  # type: ignore[arg-type]
        return False
    location = dialog.url()
    if dialog.create_new.isChecked():
        return bool(window.create_project(location))  # type: ignore[attr-defined]
    return bool(window.open_location(location))  # type: ignore[attr-defined]
