"""Install the regression panel in the main window: a dock, the Analyse menu, click-throughs.

``install_regression_panel(window, session)`` is the one hook in ``MainWindow._attach``.
A theme's term opens its segments in the Segments tab (or a dialog when there is no
such tab); a Cook's D point opens that participant's transcript in the viewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDockWidget, QFrame, QHeaderView, QLabel, QMainWindow, QMenu, QScrollArea,
    QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from qualcode.services.corpus.documents import documents_of_case
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.session import ProjectSession
from qualcode.ui.menus import find_menu

if TYPE_CHECKING:
    from qualcode.ui.analysis.regression_panel import RegressionPanel

__all__ = ["install_regression_panel", "RegressionDock", "theme_code_ids", "SegmentsDialog"]


def theme_code_ids(session: ProjectSession, theme_id: int) -> list[int]:
    """The codes of a theme and of its sub-themes (what its quantitized columns count)."""
    themes = list_themes(session.project)
    children: dict[int | None, list[int]] = {}
    for t in themes:
        children.setdefault(t.parent_id, []).append(t.id)
    by_id = {t.id: t for t in themes}
    codes: list[int] = []
    stack = [theme_id]
    while stack:
        theme = by_id.get(stack.pop())
        if theme is None:
            continue
        codes += [c for c in theme.code_ids if c not in codes]
        stack += children.get(theme.id, [])
    return codes


class SegmentsDialog(QDialog):
    """A plain list of segments (document, case, text), used when no Segments tab exists."""

    def __init__(self, title: str, rows: list[dict[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Case"), self.tr("Code"), self.tr("Text")])
        for r, row in enumerate(rows):
            for c, key in enumerate(("document", "case", "code", "text")):
                table.setItem(r, c, QTableWidgetItem(str(row.get(key) or "")))
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n coded segment(s)", "", len(rows))))
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 420)


class RegressionDock(QDockWidget):
    """The dock holding the panel, its actions and the click-through wiring."""

    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        super().__init__(QCoreApplication.translate("RegressionDock", "Regression"), window)
        self.setObjectName("regression_dock")
        self.window_, self.session = window, session
        # The panel (statsmodels, matplotlib: seconds to import) is built when the dock is
        # first shown or used, so a project opens without them.
        self._panel: RegressionPanel | None = None
        # Scrollable, so the panel's natural height never squeezes the document viewer.
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self._scroll)
        self._scroll.viewport().installEventFilter(self)
        self.visibilityChanged.connect(self._build_when_shown)
        self.show_action = QAction(self.tr("&Regression panel"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.show_action.triggered.connect(self.show_panel)
        self.show_action.setObjectName("regression_show_action")
        self.run_action = QAction(self.tr("&Run model"), self)
        self.run_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.run_action.triggered.connect(self.run_model)
        self.run_action.setObjectName("regression_run_action")
        for action in (self.show_action, self.run_action):
            window.addAction(action)
        self.dialogs: list[QDialog] = []

    @property
    def panel(self) -> RegressionPanel:
        """The regression panel, built on first use."""
        if self._panel is None:
            from qualcode.ui.analysis.regression_panel import RegressionPanel

            self._panel = RegressionPanel(self.session)
            self._scroll.setWidget(self._panel)
            self._panel.set_visible_height(self._scroll.viewport().height())
            self._panel.participant_chosen.connect(self.open_participant)
            self._panel.segments_requested.connect(self.open_segments)
        return self._panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The plots follow the height of the dock's visible area."""
        if event.type() == QEvent.Type.Resize and self._panel is not None and watched is self._scroll.viewport():
            self._panel.set_visible_height(self._scroll.viewport().height())
        return super().eventFilter(watched, event)

    def _build_when_shown(self, visible: bool) -> None:
        if visible and self._panel is None:
            # after the frame that shows the dock is painted: the window appears first
            QTimer.singleShot(0, self, self._build_if_visible)

    def _build_if_visible(self) -> None:
        if self._panel is None and self.isVisible():
            self.panel  # noqa: B018 - builds it

    def show_panel(self) -> None:
        self.show()
        self.raise_()
        if not self.isFloating():  # the panel needs room: give it most of the height
            self.window_.resizeDocks([self], [int(self.window_.height() * 0.62)], Qt.Orientation.Vertical)

    def run_model(self) -> None:
        self.show_panel()
        self.panel.run_model()

    def open_participant(self, case_key: str) -> None:
        """Open the first document in which this participant speaks."""
        documents = documents_of_case(self.session.project, case_key)
        workbench = getattr(self.window_, "workbench", None)
        if not documents or workbench is None:
            self.window_.statusBar().showMessage(self.tr("No transcript of {case} in this project.").format(case=case_key), 5000)
            return
        workbench.viewer.show_document(documents[0])
        self.window_.statusBar().showMessage(self.tr("Opened the transcript of {case}.").format(case=case_key), 5000)

    def open_segments(self, source: str, source_id: int, label: str) -> None:
        """A theme's or code's segments: in the Segments tab if there is one, else in a dialog."""
        code_ids = theme_code_ids(self.session, source_id) if source == "theme" else [source_id]
        tabs = getattr(getattr(self.window_, "workbench", None), "bottom_tabs", None)
        segments = getattr(tabs, "segments", None)
        if segments is not None and source == "code" and hasattr(segments, "show_code"):
            segments.show_code(source_id)
        elif segments is not None and hasattr(segments, "show_segments"):
            ids = [int(r["segment_id"]) for r in segment_rows(self.session.project, code_ids=code_ids)]
            segments.show_segments(ids, label)
        else:
            dialog = SegmentsDialog(label, segment_rows(self.session.project, code_ids=code_ids), self)
            self.dialogs.append(dialog)
            dialog.show()
            return
        tabs.setCurrentWidget(segments)
        parent_dock = tabs.parentWidget()
        if isinstance(parent_dock, QDockWidget):
            parent_dock.show()
            parent_dock.raise_()


def _analyse_menu(window: QMainWindow) -> QMenu | None:
    return find_menu(window, "analyse")  # by objectName: the title is translated


def install_regression_panel(window: QMainWindow, session: ProjectSession) -> RegressionDock:
    """Add the panel as a dock tabbed with the analysis tabs, and fill the Analyse menu."""
    dock = RegressionDock(window, session)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    workbench = getattr(window, "workbench", None)
    docks = getattr(workbench, "docks", None)
    if docks:
        analysis = next((d for d in docks if d.objectName() == "analysis_dock"), None)
        if analysis is not None:
            window.tabifyDockWidget(analysis, dock)
            analysis.raise_()  # the text-side tabs stay in front until the user asks for the panel
        docks.append(dock)  # torn down and listed in the View menu with the others
    menu = _analyse_menu(window)
    if menu is not None:
        for old in menu.actions():  # a closed project's dock may not be deleted yet
            if old.objectName() in ("regression_show_action", "regression_run_action"):
                menu.removeAction(old)
        menu.addAction(dock.show_action)
        menu.addAction(dock.run_action)
    window.regression_dock = dock  # type: ignore[attr-defined]
    return dock
