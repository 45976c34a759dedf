"""File › Merge copies…: merge two copies of one project coded apart, deciding each conflict.

Step one finds the conflicts without writing anything (a dry run); the table shows each
with both sides and a choice of what to do (the default rule preselected); step two
writes the merged project with those decisions. The two copies are only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualcode.services.team.merge import MergeReport, merge_projects
from qualcode.ui.texts import service_text
from qualcode.ui.texts.merge_texts import conflict_text, counts_text, option_text, side_text




class MergeDialog(QDialog):
    """Pick copy A, copy B and the new file; find the conflicts; decide them; merge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two copies of a project"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.a, self.b, self.out = QLineEdit(), QLineEdit(), QLineEdit()
        for label, edit, save in ((self.tr("Copy A"), self.a, False), (self.tr("Copy B"), self.b, False),
                                  (self.tr("Merged project"), self.out, True)):
            row = QHBoxLayout()
            row.addWidget(edit)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit, s=save: self._browse(e, s))
            row.addWidget(browse)
            form.addRow(label, row)
        layout.addLayout(form)
        self.find_button = QPushButton(self.tr("Find conflicts"))
        self.find_button.clicked.connect(self.find_conflicts)
        layout.addWidget(self.find_button)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Conflict"), "A", "B", self.tr("Decision")])
        layout.addWidget(self.table)
        self.status = QLabel(self.tr("The copies are only read; the merge writes a new project file."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        layout.addWidget(self.merge_button)
        self.report: MergeReport | None = None

    def _browse(self, edit: QLineEdit, save: bool) -> None:
        pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = pick(self, self.tr("Choose a project"), str(Path.home()),
                       self.tr("QualCode projects") + " (*.qcproj)")
        if path:
            edit.setText(path)

    def find_conflicts(self) -> bool:
        """Dry run: list every conflict with its options (nothing is written)."""
        try:
            preview = merge_projects(self.a.text(), self.b.text(), self.out.text(), dry_run=True)
        except Exception as exc:  # noqa: BLE001 - a bad input is shown, the dialog stays
            self.status.setText(service_text(str(exc)))
            return False
        self.table.setRowCount(len(preview.conflicts))
        for row, conflict in enumerate(preview.conflicts):
            item = QTableWidgetItem(conflict_text(conflict, service_text))
            item.setData(256, conflict["id"])  # Qt.UserRole
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(side_text(conflict["a"], service_text)))
            self.table.setItem(row, 2, QTableWidgetItem(side_text(conflict["b"], service_text)))
            choice = QComboBox()
            for option in conflict["options"]:  # shown in the interface language, kept as the service's option
                choice.addItem(option_text(option), option)
            choice.setCurrentIndex(max(0, choice.findData(conflict["decision"])))
            self.table.setCellWidget(row, 3, choice)
        self.status.setText(self.tr("%n conflict(s); choose what to keep, then Merge.", "", len(preview.conflicts))
                            + "".join("\n" + self.tr("Warning: {warning}").format(warning=service_text(w))
                                    for w in preview.warnings))
        self.merge_button.setEnabled(True)
        return True

    def decisions(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            item, combo = self.table.item(row, 0), self.table.cellWidget(row, 3)
            if item is not None and isinstance(combo, QComboBox):
                out[str(item.data(256))] = str(combo.currentData())
        return out

    def merge(self) -> bool:
        """Write the merged project with the decisions in the table."""
        try:
            self.report = merge_projects(self.a.text(), self.b.text(), self.out.text(), decisions=self.decisions())
        except Exception as exc:  # noqa: BLE001 - shown, the dialog stays
            self.status.setText(service_text(str(exc)))
            return False
        counts = counts_text(self.report.counts)
        self.status.setText(self.tr("Wrote {file}. {counts}.").format(file=self.report.output, counts=counts))
        self.merge_button.setEnabled(False)
        return True


def open_merge_dialog(window: Any) -> None:
    """Run the dialog; offer to open the merged project afterwards."""
    dialog = MergeDialog(window)
    dialog.exec()
    if dialog.report is not None:
        window.open_location(dialog.report.output)
