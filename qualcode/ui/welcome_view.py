"""The start page: new project (name, folder, your coder name), open, the demo, recent projects.

Shown by ``qualcode gui`` without a project and whenever a project is closed.
The coder name is asked here once and kept in the app settings (QSettings); it
is never taken from the login, which is often a lab account shared by several
coders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DEFAULT_FOLDER = Path.home() / "QualCode"
ERROR_STYLE = "color: rgb(200, 30, 30);"


class WelcomeView(QWidget):
    """Signals: ``create_requested(location)`` (coder name already stored by the window),
    ``open_requested``, ``demo_requested``, ``recent_chosen(location)``, ``new_requested``
    (File › New project… dialog)."""

    new_requested = Signal()
    create_requested = Signal(str)
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)
    coder_changed = Signal(str)

    def __init__(self, coder_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addStretch(1)
        title = QLabel(self.tr("<h1>QualCode</h1><p>Code transcripts, build themes, link them to survey data.</p>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        holder = QWidget()
        holder.setLayout(grid)
        holder.setMaximumWidth(1000)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        # -- who codes (asked once) + new project ------------------------------------
        new_box = QFrame()
        new_box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(new_box)
        form.addRow(QLabel(self.tr("<b>New project</b>")))
        self.coder_edit = QLineEdit(coder_name)
        self.coder_edit.setPlaceholderText(self.tr("e.g. Dilnoza"))
        self.coder_edit.setToolTip(self.tr("Your name as it appears on your coding and in reports. "
                                   "Asked once; change it here any time."))
        self.coder_edit.editingFinished.connect(lambda: self.coder_changed.emit(self.coder_name()))
        self.name_edit = QLineEdit(self.tr("My study"))
        self.folder_edit = QLineEdit(str(DEFAULT_FOLDER))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.create_button = QPushButton(self.tr("&Create project"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.request_create)
        self.error_label = QLabel("")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        form.addRow(self.tr("Your &name (coder):"), self.coder_edit)
        form.addRow(self.tr("Project &name:"), self.name_edit)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.create_button)
        form.addRow(self.error_label)
        new_box.setMinimumWidth(420)
        grid.addWidget(new_box, 0, 0)

        # -- open, demo, recent -------------------------------------------------------
        right = QVBoxLayout()
        open_button = QPushButton(self.tr("&Open project…") + "  ("
                                  + QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
                                  + ")")
        demo_button = QPushButton(self.tr("Open the &demo project (synthetic data)"))
        demo_button.setToolTip(self.tr("A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, "
                               "codes, themes, analyses and joint displays. All data are invented."))
        open_button.clicked.connect(lambda: self._if_coder(self.open_requested.emit))
        demo_button.clicked.connect(lambda: self._if_coder(self.demo_requested.emit))
        self.open_button, self.demo_button = open_button, demo_button
        right.addWidget(open_button)
        right.addWidget(demo_button)
        self.recent_label = QLabel(self.tr("<b>Recent projects</b>"))
        self.recent_list = QListWidget()
        self.recent_list.setMinimumWidth(360)
        self.recent_list.setMaximumHeight(220)
        self.recent_list.itemActivated.connect(
            lambda item: self._if_coder(lambda: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))))
        right.addWidget(self.recent_label)
        right.addWidget(self.recent_list, 1)
        right.addStretch(1)
        grid.addLayout(right, 0, 1)
        grid.setAlignment(right, Qt.AlignmentFlag.AlignTop)

    # -- our API ---------------------------------------------------------------------
    def coder_name(self) -> str:
        return " ".join(self.coder_edit.text().split())

    def location(self) -> Path:
        """Where the new project goes: ``folder / name.qcproj``."""
        name = self.name_edit.text().strip()
        name = name.removesuffix(".qcproj")
        return Path(self.folder_edit.text().strip()).expanduser() / f"{name}.qcproj"

    def set_recent(self, locations: list[str]) -> None:
        self.recent_list.clear()
        for location in locations:
            item = QListWidgetItem(Path(location).name)
            item.setToolTip(location)
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(locations))
        self.recent_list.setVisible(bool(locations))

    def request_create(self) -> None:
        """Check the form; emit ``create_requested`` or say in one sentence what is missing."""
        name = self.name_edit.text().strip()
        folder = self.folder_edit.text().strip()
        if not self._if_coder(lambda: None):
            return
        if not name or any(c in name for c in '/\\:*?"<>|'):
            self._error(self.tr("Give the project a name without / \\ : * ? \" < > | (got {name}).").format(name=repr(name)),
                        self.name_edit)
            return
        if not folder:
            self._error(self.tr("Choose the folder the project goes in."), self.folder_edit)
            return
        location = self.location()
        if location.exists():
            self._error(self.tr("{location} exists already; choose another name or open it.").format(location=location),
                        self.name_edit)
            return
        self.error_label.setText("")
        self.create_requested.emit(str(location))

    # -- helpers ---------------------------------------------------------------------
    def _if_coder(self, then: object) -> bool:
        """Run ``then`` once the coder name is given; otherwise ask for it."""
        if not self.coder_name():
            self._error(self.tr("Type your name first: it marks your coding (asked once)."), self.coder_edit)
            return False
        self.error_label.setText("")
        self.coder_changed.emit(self.coder_name())
        then()  # type: ignore[operator]
        return True

    def _error(self, text: str, widget: QWidget) -> None:
        self.error_label.setText(text)
        widget.setFocus()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the project"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
