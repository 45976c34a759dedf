"""The Team menu: disagreements dock, blind coding, whose codings the viewer shows, reference coder.

``install_team(window, session)`` is the one hook in ``MainWindow._attach``. Blind coding is a
per-machine setting (QSettings ``team/blind``): while on, the viewer shows only your own codings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from qualcode.core.changes import Changes
from qualcode.services.projects import list_coders
from qualcode.services.team.authorship import attribute_changes
from qualcode.core.team import CONSENSUS_CODER
from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.session import ProjectSession
from qualcode.ui.menus import find_menu

__all__ = ["TeamMenu", "install_team", "teardown_team"]


class TeamMenu(QMenu):
    """Team actions for one open project."""

    def __init__(self, window: QMainWindow, session: ProjectSession, settings: QSettings) -> None:
        super().__init__(QCoreApplication.translate("TeamMenu", "&Team"), window)
        self.setObjectName("team_menu")
        self.window_, self.session, self.settings = window, session, settings
        self.dock: QDockWidget | None = None
        self.disagreements_action = self.addAction(self.tr("&Disagreements and agreement…"))
        self.disagreements_action.triggered.connect(self.show_disagreements)
        self.blind_action = self.addAction(self.tr("&Blind coding (hide other coders' codings)"))
        self.blind_action.setCheckable(True)
        self.blind_action.setChecked(bool(settings.value("team/blind", False, type=bool)))
        self.blind_action.toggled.connect(self.set_blind)
        self.show_menu = self.addMenu(self.tr("&Show codings of"))
        self.reference_menu = self.addMenu(self.tr("&Reference coder"))
        self.shown: int | None = None  # None: all coders
        self._fill()
        session.events.changed.connect(self._on_changed)
        self.apply_filter()

    def _fill(self) -> None:
        coders = [c for c in list_coders(self.session.project)]
        self.show_menu.clear()
        self.reference_menu.clear()
        shown, reference = QActionGroup(self.show_menu), QActionGroup(self.reference_menu)
        choices: list[tuple[str, int | None]] = [(self.tr("All coders"), None)] + [(c.name, c.id) for c in coders]
        for name, cid in choices:
            action = self.show_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(cid == self.shown)
            action.setData(cid)
            shown.addAction(action)
            action.triggered.connect(lambda _=False, c=cid: self.show_coder(c))
        for name, cid in [(self.tr("None"), None)] + [(c.name, c.id) for c in coders if c.name != CONSENSUS_CODER]:
            action = self.reference_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(any(c.id == cid and c.is_reference for c in coders) if cid is not None
                              else not any(c.is_reference for c in coders))
            action.setData(cid)
            reference.addAction(action)
            action.triggered.connect(lambda _=False, c=cid: self.mark_reference(c))

    def _controller(self) -> Any:
        viewer = getattr(getattr(self.window_, "workbench", None), "viewer", None)
        return getattr(viewer, "controller", None)

    def apply_filter(self) -> None:
        """Viewer and codebook counts show the chosen coder's codings; blind mode wins: only one's own."""
        if self.blind_action.isChecked():
            coders: frozenset[int] | None = frozenset({self.session.coder.id})
        else:
            coders = None if self.shown is None else frozenset({self.shown})
        controller = self._controller()
        if controller is not None:
            controller.show_coders(coders)
        counts = getattr(getattr(getattr(self.window_, "workbench", None), "codebook", None), "counts", None)
        if counts is not None and counts.coder_ids != coders:
            counts.coder_ids = coders
            counts.request()
        self._segments_pane_follows(coders)

    def _segments_pane_follows(self, coders: frozenset[int] | None) -> None:
        """The Segments tab's coder filter follows too; locked to one's own codings while blind."""
        tabs = getattr(getattr(self.window_, "workbench", None), "bottom_tabs", None)
        box = getattr(getattr(tabs, "segments", None), "coder_box", None)
        if box is None:
            return
        wanted = None if coders is None else next(iter(coders))
        index = box.findData(wanted) if wanted is not None else 0
        if index >= 0:
            box.setCurrentIndex(index)
        box.setEnabled(not self.blind_action.isChecked())

    def set_blind(self, on: bool) -> None:
        self.settings.setValue("team/blind", on)
        self.show_menu.setEnabled(not on)
        self.apply_filter()

    def show_coder(self, coder_id: int | None) -> None:
        self.shown = coder_id
        self.apply_filter()

    def mark_reference(self, coder_id: int | None) -> None:
        from qualcode.services.team.disagreements import SetReferenceCoderOperation  # numpy: when used

        push_command(self.session, OperationCommand(self.session, SetReferenceCoderOperation(self.session.project,
                                                                                              coder_id)))
        self._fill()

    def show_disagreements(self) -> None:
        if self.dock is None:
            self.dock = QDockWidget(self.tr("Disagreements"), self.window_)
            self.dock.setObjectName("team_disagreements_dock")
            from qualcode.ui.team.disagreement_view import DisagreementPanel  # agreement statistics: when asked

            self.dock.setWidget(DisagreementPanel(self.session))
            self.window_.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()

    def _on_changed(self, changes: Changes) -> None:
        # every theme and memo change belongs to this session's coder
        attribute_changes(self.session.project, changes, self.session.coder.id)
        if changes.segments or changes.codes:
            self._fill()  # a first coding may have added a coder


def teardown_team(window: QMainWindow) -> None:
    """Remove the Team menu and its dock (the project is closing)."""
    old = getattr(window, "team_menu", None)
    if isinstance(old, TeamMenu):
        if old.dock is not None:
            window.removeDockWidget(old.dock)
            old.dock.deleteLater()
        window.menuBar().removeAction(old.menuAction())
        old.deleteLater()
    window.team_menu = None  # type: ignore[attr-defined]


def install_team(window: QMainWindow, session: ProjectSession) -> TeamMenu:
    """Add the Team menu before Help; returns it (tests drive it directly)."""
    teardown_team(window)
    settings = getattr(window, "settings", None) or QSettings()
    menu = TeamMenu(window, session, settings)
    bar = window.menuBar()
    help_menu = find_menu(window, "help")  # by objectName: the title is translated
    help_action = help_menu.menuAction() if help_menu is not None else None
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    window.team_menu = menu  # type: ignore[attr-defined]
    return menu
