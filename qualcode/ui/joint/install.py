"""Install the joint-display view: a "Joint displays" dock tabbed with the regression dock
(or the analysis tabs), an Analyse menu action, and the jump from a quote to its text.

``install_joint_displays(window, session)`` is the one hook in ``MainWindow._attach``.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from qualcode.core.span import Span
from qualcode.ui.joint.joint_display_view import JointDisplayView
from qualcode.ui.session import ProjectSession
from qualcode.ui.menus import find_menu

__all__ = ["install_joint_displays", "JointDisplayDock"]

_ACTION_NAME = "joint_displays_show_action"


class JointDisplayDock(QDockWidget):
    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        super().__init__(QCoreApplication.translate("JointDisplayDock", "Joint displays"), window)
        self.setObjectName("joint_displays_dock")
        self.window_ = window
        self.view = JointDisplayView(session)
        self.setWidget(self.view)
        self.view.quote_activated.connect(self.jump_to_text)
        self.show_action = QAction(self.tr("&Joint displays"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.show_action.setObjectName(_ACTION_NAME)
        self.show_action.triggered.connect(self.show_view)
        window.addAction(self.show_action)

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
