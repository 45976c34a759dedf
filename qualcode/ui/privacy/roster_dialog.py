"""Editing the project's roster: names, kinds and replacements in a table; import from CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.errors import QualCodeError
from qualcode.services.privacy import (
    ROSTER_KINDS,
    RosterName,
    get_roster,
    read_roster_csv,
    set_roster,
)
from qualcode.ui.privacy.kind_names import kind_name
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text

__all__ = ["RosterDialog"]


class RosterDialog(QDialog):
    """The names to pseudonymise. Saved to the project on OK (not undoable: it changes no text)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Roster of names"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Replacement")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add, remove, load = QPushButton(self.tr("&Add name")), QPushButton(self.tr("&Remove")), QPushButton(self.tr("&Import CSV…"))
        add.clicked.connect(lambda: self.add_row(RosterName("", "participant", "")))
        remove.clicked.connect(self.remove_selected)
        load.clicked.connect(self.choose_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (add, remove, load):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Participants, staff, places and organisations to find in every transcript. "
                               "A replacement such as P07 or [Shelter A] is used everywhere for that name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for entry in get_roster(session.project):
            self.add_row(entry)
        self.resize(640, 420)

    def add_row(self, entry: RosterName) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(entry.name))
        kind = QComboBox()
        for key in ROSTER_KINDS:
            kind.addItem(kind_name(key), key)  # the item data is the stored kind
        kind.setCurrentIndex(kind.findData(entry.kind if entry.kind in ROSTER_KINDS else "person"))
        self.table.setCellWidget(r, 1, kind)
        self.table.setItem(r, 2, QTableWidgetItem(entry.replacement))

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def entries(self) -> list[RosterName]:
        out = []
        for r in range(self.table.rowCount()):
            name_item, repl_item = self.table.item(r, 0), self.table.item(r, 2)
            name = " ".join((name_item.text() if name_item is not None else "").split())
            kind = self.table.cellWidget(r, 1)
            repl = repl_item.text().strip() if repl_item is not None else ""
            if name:
                out.append(RosterName(name, str(kind.currentData()) if isinstance(kind, QComboBox) else "person", repl))
        return out

    def load_csv(self, path: str) -> None:
        entries = read_roster_csv(path)
        self.table.setRowCount(0)
        for entry in entries:
            self.add_row(entry)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import roster"), "", self.tr("CSV files") + " (*.csv)")
        if path:
            try:
                self.load_csv(path)
            except QualCodeError as exc:
                QMessageBox.warning(self, self.tr("Roster not imported"), service_text(str(exc)))

    def save(self) -> None:
        set_roster(self.session.project, self.entries(), initiator=self)
        self.accept()
