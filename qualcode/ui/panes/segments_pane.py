"""Retrieval: every coded segment of a code across documents, with context and filters."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import code_path
from qualcode.core.document import DocumentKind
from qualcode.services.codebook.codes import list_codes
from qualcode.services.projects import list_coders
from qualcode.services.coding.retrieval import RetrievedSegment, case_attribute_values, retrieve_segments
from qualcode.ui.models.segment_table_model import SegmentTableModel
from qualcode.ui.session import ProjectSession

CONTEXT = 200
_KIND_TITLES = {
    DocumentKind.INTERVIEW.value: QT_TRANSLATE_NOOP("SegmentsPane", "Interviews"),
    DocumentKind.FOCUS_GROUP.value: QT_TRANSLATE_NOOP("SegmentsPane", "Focus groups"),
    DocumentKind.FIELD_NOTES.value: QT_TRANSLATE_NOOP("SegmentsPane", "Field notes"),
    DocumentKind.OPEN_SURVEY_ANSWER.value: QT_TRANSLATE_NOOP("SegmentsPane", "Open survey answers"),
}


_SEP = "\x1f"


def attribute_key(name: str, value: str) -> str:
    """Item data of the case-attribute filter for ``name = value``."""
    return f"{name}{_SEP}{value}"


def context_html(seg: RetrievedSegment) -> str:
    """The segment in bold inside its context, for the preview."""
    who = " · ".join(x for x in (seg.document, seg.speaker or "", seg.case or "") if x)
    body = (f"…{escape(seg.before)}<b style='background:#fff3c4'>{escape(seg.text)}</b>{escape(seg.after)}…")
    return f"<p style='color:gray'>{escape(who)} · {escape(seg.code)} · {escape(seg.coder)}</p><p>{body.replace(chr(10), '<br>')}</p>"


class SegmentsPane(QWidget):
    """Double-click (or Enter on) a row to jump to the text: emits ``segment_activated``."""

    segment_activated = Signal(int, int, int)  # document_id, start, end

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._segment_ids: list[int] | None = None  # when showing a matrix cell instead of a code
        self._stale = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.code_box = QComboBox()
        self.code_box.setMinimumContentsLength(18)
        self.children_box = QCheckBox(self.tr("Include sub-codes"))
        self.children_box.setChecked(True)
        self.coder_box, self.kind_box, self.attribute_box = QComboBox(), QComboBox(), QComboBox()
        self.attribute_box.setToolTip(self.tr("Only segments of cases with this attribute value"))
        self.summary = QLabel(self.tr("Choose a code to see its coded segments."))
        self.model = SegmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = QTextBrowser()
        self.preview.setPlaceholderText(self.tr("Select a segment to read it in context."))
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Code")), self.code_box, self.children_box, self.coder_box, self.kind_box,
                       self.attribute_box):
            filters.addWidget(widget)
        filters.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._fill_choices()
        for box in (self.code_box, self.coder_box, self.kind_box, self.attribute_box):
            box.currentIndexChanged.connect(self._filters_changed)
        self.children_box.toggled.connect(self._filters_changed)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._show_preview)
        session.events.changed.connect(self._on_changed)

    # -- choices ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """(Re)fill the filter menus, keeping the current choices."""
        keep = [box.currentData() for box in (self.code_box, self.coder_box, self.kind_box, self.attribute_box)]
        boxes = (self.code_box, self.coder_box, self.kind_box, self.attribute_box)
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        codes = list_codes(self.session.project)
        self.code_box.addItem(self.tr("— choose a code —"), None)
        for path, code_id in sorted((code_path(codes, c), c) for c in codes):
            self.code_box.addItem(path, code_id)
        self.coder_box.addItem(self.tr("All coders"), None)
        for coder in list_coders(self.session.project):
            self.coder_box.addItem(coder.name, coder.id)
        self.kind_box.addItem(self.tr("All documents"), None)
        for kind, title in _KIND_TITLES.items():
            self.kind_box.addItem(self.tr(title), kind)
        self.attribute_box.addItem(self.tr("Any case"), None)
        for name, values in case_attribute_values(self.session.project).items():
            for value in values:
                # plain-string item data: QComboBox.findData cannot match Python tuples
                self.attribute_box.addItem(f"{name} = {value}", attribute_key(name, value))
        for box, value in zip(boxes, keep):
            index = box.findData(value)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.codes or changes.cases or changes.survey:
            self._fill_choices()
        if changes.segments or changes.codes or changes.documents or changes.cases:
            # Never inside the coding command itself: coding must stay instant. A hidden pane
            # refreshes when shown; a visible one once a burst of edits has settled.
            self._stale = True
            if self.isVisible():
                self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._debounce.start()

    # -- public API ------------------------------------------------------------------------
    def show_code(self, code_id: int) -> None:
        """Retrieve ``code_id`` (e.g. when it is clicked in the codebook)."""
        self._segment_ids = None
        index = self.code_box.findData(code_id)
        if index < 0:
            self._fill_choices()
            index = self.code_box.findData(code_id)
        if index == self.code_box.currentIndex():
            self.refresh()
        else:
            self.code_box.setCurrentIndex(max(index, 0))

    def show_segments(self, segment_ids: list[int], title: str) -> None:
        """Show exactly these segments (a matrix cell's), still narrowed by the filters."""
        self._segment_ids = list(segment_ids)
        self._title = title
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._debounce.stop()
        code_id = self.code_box.currentData()
        coder, kind, attribute = self.coder_box.currentData(), self.kind_box.currentData(), self.attribute_box.currentData()
        filters = {
            "coder_ids": [coder] if coder is not None else None,
            "kinds": [kind] if kind is not None else None,
            "case_attributes": dict([attribute.split(_SEP, 1)]) if attribute is not None else None,
            "context": CONTEXT,
        }
        if self._segment_ids is not None:
            rows = retrieve_segments(self.session.project, segment_ids=self._segment_ids, **filters)  # type: ignore[arg-type]
            title = self._title
        elif code_id is not None:
            rows = retrieve_segments(self.session.project, [code_id], with_children=self.children_box.isChecked(),
                                     **filters)  # type: ignore[arg-type]
            title = self.code_box.currentText()
        else:
            self.model.set_rows([])
            self.summary.setText(self.tr("Choose a code to see its coded segments."))
            self.preview.clear()
            return
        self.model.set_rows(rows)
        self.preview.clear()
        cases = len({r.case_id for r in rows if r.case_id is not None})
        documents = len({r.document_id for r in rows})
        self.summary.setText(self.tr("{title} · %Ln segment(s)", "", len(rows)).format(title=title) + " "
                             + self.tr("in %Ln document(s)", "", documents) + " "
                             + self.tr("and %Ln case(s)", "", cases))

    # -- slots -----------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        if self.sender() is self.code_box:
            self._segment_ids = None
        self.refresh()

    def _show_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        seg = self.model.data(current, Qt.ItemDataRole.UserRole)
        if seg is not None:
            self.preview.setHtml(context_html(seg))

    def _activated(self, index: QModelIndex) -> None:
        seg = self.model.data(index, Qt.ItemDataRole.UserRole)
        if seg is not None:
            self.segment_activated.emit(seg.document_id, seg.span.start, seg.span.end)
