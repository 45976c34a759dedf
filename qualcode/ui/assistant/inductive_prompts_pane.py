"""Prompts for inductive codes: the words and phrases distinctive of a group of cases
(split by a case attribute or linked survey variable, e.g. legal aid yes / no)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualcode.services.corpus.case_groups import case_attributes
from qualcode.ui.assistant import backend
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

if TYPE_CHECKING:  # the assistant's services load NumPy: imported when the prompts are asked for
    from qualcode.services.assistant.inductive_prompts import InductivePrompts


class InductivePromptsPane(QWidget):
    prompts_ready = Signal(int)  # groups listed (-1: failed or cancelled)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.runner: Callable[..., InductivePrompts] = backend.prompts
        self.attribute_box = QComboBox()
        self.attribute_box.setMinimumContentsLength(24)  # values can be long; never widen the window
        self.attribute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attribute_box.setToolTip(self.tr("A case attribute or linked survey variable with 2 to 12 values"))
        self.show_button = QPushButton(self.tr("Show distinctive words"))
        self.show_button.setToolTip(self.tr(
            "Words and phrases each group of cases uses more than the others (weighted log-odds), "
            "as prompts for inductive codes"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.status = QLabel(self.tr("Prompts, not codes: read the passages before coding."))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Split cases by:")))
        for widget in (self.attribute_box, self.show_button, self.cancel_button, self.progress):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.reload_attributes()

    def reload_attributes(self) -> None:
        current = self.attribute_box.currentText()
        self.attribute_box.clear()
        try:
            attributes = case_attributes(self.session.project)
        except Exception:  # noqa: BLE001 - a damaged attribute must not stop the pane
            attributes = {}
        for name, values in attributes.items():
            shown = " / ".join(values[:4]) + (" / …" if len(values) > 4 else "")
            self.attribute_box.addItem(f"{name} ({shown})", name)
            self.attribute_box.setItemData(self.attribute_box.count() - 1, " / ".join(values),
                                           Qt.ItemDataRole.ToolTipRole)
        if current:
            index = self.attribute_box.findText(current)
            if index >= 0:
                self.attribute_box.setCurrentIndex(index)
        self.show_button.setEnabled(bool(attributes))
        if not attributes:
            self.status.setText(self.tr("No case attribute splits the cases into groups yet."))

    def run(self) -> bool:
        attribute = self.attribute_box.currentData()
        if attribute is None:
            return False
        self.cancel()
        self.show_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        worker = FunctionWorker(self.runner, self.session.project, attribute)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.worker = start(worker, owner=self)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _mine(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _stop(self) -> None:
        self.worker = None
        self.show_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)

    def _progress(self, done: int, total: int) -> None:
        if self._mine():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _finished(self, result: InductivePrompts) -> None:
        if self._mine():
            self._stop()
            self.set_result(result)
            self.prompts_ready.emit(len(result.groups))

    def _failed(self, exc: object) -> None:
        if self._mine():
            self._stop()
            self.status.setText(self.tr("Could not list the words: %1").replace("%1", service_text(str(exc))))
            self.prompts_ready.emit(-1)

    def _cancelled(self) -> None:
        if self._mine():
            self._stop()
            self.status.setText(self.tr("Cancelled."))
            self.prompts_ready.emit(-1)

    def set_result(self, result: InductivePrompts) -> None:
        headers: list[str] = []
        columns: list[list[str]] = []
        for group in result.groups:
            title = self.tr("%1 = %2 (%n case(s))", "", group.cases).replace("%1", result.attribute).replace(
                "%2", group.value)
            headers += [self.tr("%1: words").replace("%1", title), self.tr("%1: phrases").replace("%1", title)]
            columns.append([f"{t.term}  ({t.count} : {t.other_count})" for t in group.lemmas])
            columns.append([f"{t.term}  ({t.count} : {t.other_count})" for t in group.phrases])
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(max((len(c) for c in columns), default=0))
        for col, cells in enumerate(columns):
            for row, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        note = (self.tr("phrases are noun chunks") if result.phrase_kind == "noun chunks" else
                self.tr("phrases are adjacent content words (no spaCy parser installed, so no noun chunks)"))
        self.status.setText(self.tr("Most distinctive first, with (uses in this group : in the others); %1.")
                            .replace("%1", note))
