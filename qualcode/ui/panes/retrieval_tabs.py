"""The retrieval tabs under the text: segments, search, memos & journal, matrices.

Every tab can jump back to the text: its signal carries (document, start, end) and
:meth:`RetrievalTabs.jump_to_text` opens the document and selects that span.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from qualcode.core.span import Span
from qualcode.services.coding.retrieval import warm_caches
from qualcode.ui.panes.matrix_pane import MatrixPane
from qualcode.ui.panes.memos_pane import MemosPane
from qualcode.ui.panes.search_pane import SearchPane
from qualcode.ui.panes.segments_pane import SegmentsPane
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start


class RetrievalTabs(QTabWidget):
    def __init__(self, session: ProjectSession, viewer: QWidget, codebook: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.segments = SegmentsPane(session)
        self.search = SearchPane(session)
        self.memos = MemosPane(session)
        self.matrices = MatrixPane(session)
        self.addTab(self.segments, self.tr("Segments"))
        self.addTab(self.search, self.tr("Search"))
        self.addTab(self.memos, self.tr("Memos && journal"))
        self.addTab(self.matrices, self.tr("Matrices"))
        for signal in (self.segments.segment_activated, self.search.hit_activated, self.matrices.segment_activated):
            signal.connect(self.jump_to_text)
        clicked = getattr(codebook, "code_clicked", None)
        if clicked is not None:  # clicking a code in the codebook retrieves its segments
            clicked.connect(self.segments.show_code)
        # Fill the text and turn caches in the background so the first retrieval is instant too.
        self.warmer = start(FunctionWorker(warm_caches, session.project), owner=self)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+F"), self.window() if parent else self)
        shortcut.activated.connect(self.focus_search)
        self._search_shortcut = shortcut

    def focus_search(self) -> None:
        self.setCurrentWidget(self.search)
        self.search.query.setFocus()
        self.search.query.selectAll()

    def jump_to_text(self, document_id: int, start: int, end: int) -> None:
        """Open the document in the viewer and select the span there."""
        show = getattr(self.viewer, "show_document", None)
        if show is None:
            return
        show(document_id)
        view = getattr(self.viewer, "view", self.viewer)
        select = getattr(view, "select_span", None)
        if select is not None and end > start:
            select(Span(start, end))
