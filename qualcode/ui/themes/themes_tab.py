"""The Themes tab: board, thematic map and review, side by side as sub-tabs.

It also owns the gestures that span them: "Define and name…" from any of them opens
the definition dialog; "Review segments…" on a card opens the review sub-tab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.theme import Theme, ThemeStatus
from qualcode.services.themes.theme_edits import get_theme
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.theme_commands import AutoLayoutCommand, UpdateThemeCommand
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.thematic_map_view import ThematicMapView
from qualcode.ui.themes.theme_definition_dialog import ThemeDefinitionDialog
from qualcode.ui.themes.theme_review_view import ThemeReviewView
from qualcode.ui.themes.themes_board import ThemesBoard


def ask_definition(parent: QWidget, theme: Theme) -> Theme | None:
    dialog = ThemeDefinitionDialog(theme, parent)
    try:
        return dialog.edited_theme() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_export_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


class ThematicMapPanel(QWidget):
    """The map canvas with its toolbar: auto-layout, draw link, fit, export."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = ThematicMapView(session)
        self.ask_path: Callable[[QWidget, str, str, str], str | None] = ask_export_path
        self.layout_button = QPushButton(self.tr("Auto-layout"))
        self.layout_button.setToolTip(self.tr("Place every theme on a circle with its codes around it (undoable)"))
        self.layout_button.clicked.connect(self.auto_layout)
        self.link_button = QPushButton(self.tr("Draw link"))
        self.link_button.setCheckable(True)
        self.link_button.setToolTip(self.tr("Drag from one box to another to draw an arrow (or hold Shift while dragging)"))
        self.link_button.toggled.connect(self._link_mode)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        hint = QLabel(self.tr("Drop codes or theme cards here · double-click an arrow to label it · Del removes"))
        hint.setEnabled(False)
        hint.setWordWrap(True)  # a long one-line hint would set the window's minimum width
        bar = QHBoxLayout()
        for button in (self.layout_button, self.link_button, self.fit_button, self.export_button):
            bar.addWidget(button)
        bar.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _link_mode(self, on: bool) -> None:
        self.view.link_mode = on
        self.view.setDragMode(self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag)

    def auto_layout(self) -> None:
        try:
            push_command(self.session, AutoLayoutCommand(self.session))
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Could not lay out the map"), exc)
            return
        self.view.refresh()
        self.view.fit()

    def export(self, path: str | None = None) -> str | None:
        path = path or self.ask_path(self, self.tr("Export thematic map"), str(Path.home() / "thematic_map.png"),
                                     self.tr("PNG picture") + " (*.png);;" + self.tr("SVG drawing") + " (*.svg)")
        if not path:
            return None
        if Path(path).suffix.casefold() not in (".png", ".svg"):
            path += ".png"
        try:
            self.view.export(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Could not export the map to {path}").format(path=path), exc)
            return None
        return path


class ThemesTab(QTabWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ask_definition: Callable[[QWidget, Theme], Theme | None] = ask_definition
        self.board = ThemesBoard(session)
        self.map_panel = ThematicMapPanel(session)
        self.review = ThemeReviewView(session)
        self.addTab(self.board, self.tr("Board"))
        self.addTab(self.map_panel, self.tr("Thematic map"))
        self.addTab(self.review, self.tr("Review"))
        self.board.define_requested.connect(self.define)
        self.board.review_requested.connect(self.show_review)
        self.review.define_requested.connect(self.define)
        self.review.mark_reviewed_requested.connect(
            lambda theme_id: self.board.set_status(theme_id, ThemeStatus.REVIEWED))

    @property
    def map_view(self) -> ThematicMapView:
        return self.map_panel.view

    def show_review(self, theme_id: int | None = None) -> None:
        self.setCurrentWidget(self.review)
        if theme_id is not None:
            self.review.show_theme(theme_id)

    def define(self, theme_id: int) -> bool:
        theme = get_theme(self.session.project, theme_id)
        edited = self.ask_definition(self, theme)
        if edited is None or edited == theme:
            return False
        try:
            push_command(self.session, UpdateThemeCommand(self.session, edited, f"Define {edited.name}"))
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Could not save the theme"), exc)
            return False
        return True
