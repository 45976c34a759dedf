"""The audit log: every analytic step and pseudonymisation, filterable, exportable to CSV or Word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.errors import QualCodeError
from qualcode.services.privacy.audit import (
    audit_entries,
    write_audit_csv,
    write_audit_docx,
)
from qualcode.ui.privacy.audit_model import AuditModel, action_name
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text

__all__ = ["AuditDialog"]


class AuditDialog(QDialog):
    """Filter by text (any column) and by action; export what is shown."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("filter: coder, code, theme…"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.action_combo = QComboBox()
        self.action_combo.currentIndexChanged.connect(self.refresh)
        export_csv, export_word = QPushButton(self.tr("Export &CSV…")), QPushButton(self.tr("Export &Word appendix…"))
        export_csv.clicked.connect(lambda: self.choose_export(".csv"))
        export_word.clicked.connect(lambda: self.choose_export(".docx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Action:")))
        top.addWidget(self.action_combo)
        top.addWidget(self.filter_edit, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_csv)
        bottom.addWidget(export_word)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        actions = sorted({e.action for e in audit_entries(session.project)})
        self.action_combo.addItem(self.tr("All"), None)  # the item data is the stored action
        for stored in actions:
            self.action_combo.addItem(action_name(stored), stored)
        self.refresh()
        self.resize(900, 500)

    def refresh(self) -> None:
        action = self.action_combo.currentData()
        self.model.set_entries(audit_entries(self.session.project, action=action or None))
        self.table.resizeColumnsToContents()

    def shown(self) -> list:
        """The entries passing both filters, in the order shown."""
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        return [self.model.entries[r] for r in rows]

    def export(self, path: str) -> None:
        if Path(path).suffix.lower() == ".docx":
            write_audit_docx(self.shown(), path, title=Path(str(self.session.project.location)).stem)
        else:
            write_audit_csv(self.shown(), path)

    def choose_export(self, suffix: str) -> None:
        kind = self.tr("Word documents") + " (*.docx)" if suffix == ".docx" else self.tr("CSV files") + " (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), f"audit{suffix}", kind)
        if not path:
            return
        try:
            self.export(path)
        except (QualCodeError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Audit log not exported"), service_text(str(exc)))
