"""Matrices: code x code co-occurrence and code x case, as heat maps; click a cell for its segments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.ui.models.matrix_model import MatrixModel
from qualcode.ui.models.segment_table_model import SegmentTableModel
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

if TYPE_CHECKING:  # numpy loads with the matrices, when one is computed
    from qualcode.services.coding.matrices import Matrix

KINDS = (
    (QT_TRANSLATE_NOOP("MatrixPane", "Code × code (overlapping segments)"), "overlap"),
    (QT_TRANSLATE_NOOP("MatrixPane", "Code × code (same speaker turn)"), "turn"),
    (QT_TRANSLATE_NOOP("MatrixPane", "Code × case (segments)"), "case"),
)
EXPLAIN = {
    "overlap": QT_TRANSLATE_NOOP(
        "MatrixPane", "Each cell counts pairs of overlapping segments; the grey diagonal is each code's segments."),
    "turn": QT_TRANSLATE_NOOP(
        "MatrixPane", "Each cell counts speaker turns holding both codes; the grey diagonal is turns with the code."),
    "case": QT_TRANSLATE_NOOP(
        "MatrixPane", "Each cell counts a code's segments attributed to a case (focus-group speakers map to cases)."),
}


def compute_matrix(project: object, kind: str, *, cancel: object = None, progress: object = None) -> Matrix:
    """The worker's job (module level, pure): no widget or session inside."""
    if kind == "case":
        from qualcode.services.coding.matrices import code_by_case

        return code_by_case(project, cancel=cancel, progress=progress)  # type: ignore[arg-type]
    from qualcode.services.coding.matrices import code_cooccurrence

    return code_cooccurrence(project, mode=kind, cancel=cancel, progress=progress)  # type: ignore[arg-type]


class MatrixPane(QWidget):
    segment_activated = Signal(int, int, int)  # document_id, start, end
    matrix_ready = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.kind_box = QComboBox()
        for title, kind in KINDS:
            self.kind_box.addItem(self.tr(title), kind)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.status = QLabel(self.tr("Choose a matrix and press Compute."))
        self.status.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultSectionSize(48)
        self.cell_label = QLabel(self.tr("Click a cell to see the segments behind it."))
        self.cell_label.setWordWrap(True)  # the translated hint must not widen the segment list
        self.segments = SegmentTableModel(self)
        self.segment_table = QTableView()
        self.segment_table.setModel(self.segments)
        self.segment_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.segment_table.verticalHeader().hide()
        self.segment_table.horizontalHeader().setStretchLastSection(True)
        self.segment_table.setWordWrap(False)
        bar = QHBoxLayout()
        for widget in (self.kind_box, self.compute_button, self.cancel_button, self.progress):
            bar.addWidget(widget)
        bar.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cell_label)
        lower_layout.addWidget(self.segment_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.clicked.connect(self.show_cell)
        self.segment_table.doubleClicked.connect(self._segment_activated)
        self.segment_table.activated.connect(self._segment_activated)
        session.events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if self.model.matrix is not None and (changes.segments or changes.codes or changes.cases):
            self.status.setText(self.tr("The codings changed: press Compute to update the matrix."))

    def compute(self) -> None:
        self.cancel()
        kind = self.kind_box.currentData()
        worker = FunctionWorker(compute_matrix, self.session.project, kind)
        # bound methods, not lambdas: Qt drops these connections if the pane is deleted meanwhile
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self._running(True)
        self.status.setText(self.tr("Computing…"))
        self.worker = start(worker, owner=self)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _running(self, running: bool) -> None:
        self.compute_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        if not self._current():
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _current(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _failed(self, exc: object) -> None:
        self._ended(self.tr("Could not compute the matrix: {error}").format(error=service_text(str(exc))))

    def _cancelled(self) -> None:
        self._ended(self.tr("Cancelled."))

    def _finished(self, matrix: Matrix) -> None:
        if not self._current():
            return
        self.worker = None
        self._running(False)
        self.model.set_matrix(matrix)
        self.segments.set_rows([])
        self.status.setText(self.tr(EXPLAIN[matrix.kind]))
        self.matrix_ready.emit()

    def _ended(self, message: str) -> None:
        if self._current():
            self.worker = None
            self._running(False)
            self.status.setText(message)
            self.matrix_ready.emit()

    def show_cell(self, index: QModelIndex) -> None:
        """Click-through: list the segments behind a cell."""
        m = self.model.matrix
        ids = self.model.data(index, Qt.ItemDataRole.UserRole)
        if m is None or ids is None:
            return
        from qualcode.services.coding.matrices import cell_segments

        rows = cell_segments(self.session.project, m.kind, ids[0], ids[1], context=120)
        self.segments.set_rows(rows)
        label = f"{m.row_labels[index.row()]} × {m.column_labels[index.column()]}"
        self.cell_label.setText(
            self.tr("{cell}: %Ln segment(s) (double-click one to read it in the text)", "", len(rows)).format(cell=label))

    def _segment_activated(self, index: QModelIndex) -> None:
        seg = self.segments.data(index, Qt.ItemDataRole.UserRole)
        if seg is not None:
            self.segment_activated.emit(seg.document_id, seg.span.start, seg.span.end)
