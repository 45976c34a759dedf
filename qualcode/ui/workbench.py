"""The three-pane workbench: documents | text | codebook, with analysis tabs below.

Each pane is a dock the user can move or hide; the layout is restored on start.
This module only assembles panes; each pane lives in its own module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from qualcode.ui.panes.retrieval_tabs import RetrievalTabs
from qualcode.ui.panes.codebook_pane import CodebookPane
from qualcode.ui.panes.document_list_pane import DocumentListPane
from qualcode.ui.panes.document_viewer_pane import DocumentViewerPane
from qualcode.ui.session import ProjectSession


def _placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class Workbench:
    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        self.session = session
        self.viewer = DocumentViewerPane(session)
        self.documents = DocumentListPane(session)
        self.codebook = CodebookPane(session)
        self.documents.document_chosen.connect(self.viewer.show_document)
        window.setCentralWidget(self.viewer)
        translate = QCoreApplication.translate
        area = Qt.DockWidgetArea
        self.docks = [
            self._dock(window, translate("Workbench", "Documents"), "documents_dock", self.documents, area.LeftDockWidgetArea),
            self._dock(window, translate("Workbench", "Codebook"), "codebook_dock", self.codebook, area.RightDockWidgetArea),
        ]
        self.bottom_tabs = RetrievalTabs(session, self.viewer, self.codebook)
        self.docks.append(
            self._dock(window, translate("Workbench", "Analysis"), "analysis_dock", self.bottom_tabs, area.BottomDockWidgetArea)
        )


    def apply_default_layout(self, window: QMainWindow) -> None:
        """First-run proportions: the text gets most of the room; the user's own layout
        (saved on close) is restored over this."""
        width, height = max(window.width(), 1000), max(window.height(), 640)
        by_area: dict[Qt.DockWidgetArea, list[QDockWidget]] = {}
        for dock in self.docks:
            by_area.setdefault(window.dockWidgetArea(dock), []).append(dock)
        left = by_area.get(Qt.DockWidgetArea.LeftDockWidgetArea, [])
        right = by_area.get(Qt.DockWidgetArea.RightDockWidgetArea, [])
        bottom = by_area.get(Qt.DockWidgetArea.BottomDockWidgetArea, [])
        side = [d for d in (left[:1] + right[:1])]
        # the codebook needs room for names and four count columns
        sizes = [int(width * 0.2)] * len(left[:1]) + [max(340, int(width * 0.26))] * len(right[:1])
        if side:
            window.resizeDocks(side, sizes, Qt.Orientation.Horizontal)
        if bottom:
            window.resizeDocks(bottom[:1], [int(height * 0.3)], Qt.Orientation.Vertical)
        # stacked side docks: the list the user works in gets most of the column
        stacks = [d for d in right if d.objectName() == "codebook_dock"]
        others = [d for d in right if d not in stacks and not d.isFloating()]
        if stacks and others:
            window.resizeDocks([stacks[0], others[0]], [int(height * 0.42), int(height * 0.28)],
                               Qt.Orientation.Vertical)
        phases = [d for d in left if d.objectName() == "phases_dock"]
        documents = [d for d in left if d.objectName() == "documents_dock"]
        if phases and documents:
            window.resizeDocks([phases[0], documents[0]], [int(height * 0.18), int(height * 0.52)],
                               Qt.Orientation.Vertical)

    @staticmethod
    def _dock(window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, window)
        dock.setObjectName(name)  # needed for saveState/restoreState
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        return dock

    def teardown(self, window: QMainWindow) -> None:
        for dock in self.docks:
            window.removeDockWidget(dock)
            dock.deleteLater()
