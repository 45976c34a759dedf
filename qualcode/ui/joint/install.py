"""Install the joint-display view: a "Joint displays" dock tabbed with the regression dock
(or the analysis tabs), an Analyse menu action, and the jump from a quote to its text.

``install_joint_displays(window, session)`` is the one hook in ``MainWindow._attach``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from qualcode.core.span import Span
from qualcode.ui.session import ProjectSession
from qualcode.ui.menus import find_menu

if TYPE_CHECKING:
    from qualcode.ui.joint.joint_display_view import JointDisplayView

__all__ = ["install_joint_displays", "JointDisplayDock"]

_ACTION_NAME = "joint_displays_show_action"


class JointDisplayDock(QDockWidget):
    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        super().__init__(QCoreApplication.translate("JointDisplayDock", "Joint displays"), window)
        self.setObjectName("joint_displays_dock")
        self.window_, self.session = window, session
        # The view (saved analyses, pandas) is built when the dock is first shown or used,
        # so a project opens without it.
        self._view: JointDisplayView | None = None
        self.visibilityChanged.connect(self._build_when_shown)
        self.show_action = QAction(self.tr("&Joint displays"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.show_action.setObjectName(_ACTION_NAME)
        self.show_action.triggered.connect(self.show_view)
        window.addAction(self.show_action)

    @property
    def view(self) -> JointDisplayView:
        """The joint-display view, built on first use."""
        if self._view is None:
            from qualcode.ui.joint.joint_display_view import JointDisplayView

            self._view = JointDisplayView(self.session)
            self.setWidget(self._view)
            self._view.quote_activated.connect(self.jump_to_text)
        return self._view

    def _build_when_shown(self, visible: bool) -> None:
        if visible and self._view is None:
            # after the frame that shows the dock is painted: the window appears first
            QTimer.singleShot(0, self, self._build_if_visible)

    def _build_if_visible(self) -> None:
        if self._view is None and self.isVisible():
            self.view  # noqa: B018 - builds it

    def show_view(self) -> None:
        self.show()
        self.raise_()
        if not self.isFloating():  # a table of quotes needs room
            self.window_.resizeDocks([self], [int(self.window_.height() * 0.6)], Qt.Orientation.Vertical)

    def jump_to_text(self, document_id: int, start: int, end: int) -> None:
        """Open the quote's document in the viewer and select the quote."""
        viewer = getattr(getattr(self.window_, "workbench", None), "viewer", None)
        show = getattr(viewer, "show_document", None)
        if show is None:
            return
        show(document_id)
        view = getattr(viewer, "view", viewer)
        select = getattr(view, "select_span", None)
        if select is not None and end > start:
            select(Span(start, end))


def _analyse_menu(window: QMainWindow) -> QMenu | None:
    return find_menu(window, "analyse")  # by objectName: the title is translated


def install_joint_displays(window: QMainWindow, session: ProjectSession) -> JointDisplayDock:
    """Add the dock (tabbed with the regression or analysis dock) and the Analyse menu action."""
    dock = JointDisplayDock(window, session)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    workbench = getattr(window, "workbench", None)
    docks = getattr(workbench, "docks", None)
    if docks is not None:
        names = {d.objectName(): d for d in docks}
        neighbour = names.get("regression_dock") or names.get("analysis_dock")
        if neighbour is not None:
            window.tabifyDockWidget(neighbour, dock)
            front = names.get("analysis_dock")
            if front is not None:
                front.raise_()  # the text-side tabs stay in front until the user asks
        docks.append(dock)  # torn down and listed in the View menu with the others
    menu = _analyse_menu(window)
    if menu is not None:
        for old in menu.actions():  # a closed project's dock may not be deleted yet
            if old.objectName() == _ACTION_NAME:
                menu.removeAction(old)
        menu.addAction(dock.show_action)
    window.joint_dock = dock  # type: ignore[attr-defined]
    return dock
