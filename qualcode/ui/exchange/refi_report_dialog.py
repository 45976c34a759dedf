"""The report of a REFI-QDA import or export: counts, adaptations, elements not kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qualcode.ui.texts import refi_report_lines

if TYPE_CHECKING:  # the REFI readers and writers load when an exchange runs
    from qualcode.services.exchange import ExchangeReport


class RefiReportDialog(QDialog):
    """Shows the report's lines (:meth:`ExchangeReport.lines`, in the interface language) in a
    read-only, copyable text box."""

    def __init__(self, report: ExchangeReport, title: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(title)
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        if note:
            layout.addWidget(QLabel(note))
        self.text = QPlainTextEdit("\n".join(refi_report_lines(report)))
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
