"""The theme board (phases 3-5): candidate / reviewed / defined columns of theme cards.

Drop codes from the codebook onto a card to add them to the theme; drop codes on a
column's empty space to start a new theme from them; drag a card to another column to
move it between candidate / reviewed / defined, or onto another card to make it a
sub-theme. Every edit is an undo command (ui.commands.theme_commands).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import Code
from qualcode.core.theme import Theme, ThemeStatus
from qualcode.core.theme_review import ThemeCoverage
from qualcode.services.codebook.codes import list_codes
from qualcode.services.themes.theme_review import themes_overview
from qualcode.services.themes.theme_edits import get_theme, list_themes
from qualcode.ui.commands.base import ServiceCommand, push_command
from qualcode.ui.commands.theme_commands import (
    AddCodesToThemeCommand,
    CreateThemeCommand,
    DeleteThemeCommand,
    RemoveCodesFromThemeCommand,
    UpdateThemeCommand,
)
from qualcode.ui.error_dialog import show_error
from qualcode.ui.models.codebook_model import CODE_MIME
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.theme_card import THEME_MIME, ThemeCard, decode_ids
from qualcode.ui.themes.theme_status_titles import column_title



def ask_theme_name(parent: QWidget, title: str, current: str = "") -> str | None:
    name, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("ThemesBoard", "Theme name:"), text=current)
    return name.strip() if ok and name.strip() else None


def board_order(themes: list[Theme]) -> list[tuple[Theme, int]]:
    """Themes depth-first (a sub-theme right under its parent) with their depth."""
    ids = {t.id for t in themes}
    children: dict[int | None, list[Theme]] = defaultdict(list)
    for theme in themes:
        children[theme.parent_id if theme.parent_id in ids else None].append(theme)
    out: list[tuple[Theme, int]] = []
    stack = [(t, 0) for t in reversed(children[None])]
    while stack:
        theme, depth = stack.pop()
        out.append((theme, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(theme.id, [])))
    return out


class ThemeColumn(QFrame):
    """One status column; accepts theme cards (status change) and codes (new theme)."""

    theme_dropped = Signal(int, object)  # theme id, ThemeStatus
    codes_dropped = Signal(list, object)  # code ids, ThemeStatus

    def __init__(self, status: ThemeStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column_{status.value}")
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel()
        outer.addWidget(self.header)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.cards_layout = QVBoxLayout(body)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area)
        self.cards: list[ThemeCard] = []

    def set_cards(self, cards: list[ThemeCard]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = cards
        for i, card in enumerate(cards):
            self.cards_layout.insertWidget(i, card)
        self.header.setText(f"<b>{column_title(self.status).upper()}</b> ({len(cards)})")

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(THEME_MIME) or event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        data = event.mimeData()
        themes = decode_ids(data, THEME_MIME)
        codes = decode_ids(data, CODE_MIME)
        if themes:
            self.theme_dropped.emit(themes[0], self.status)
        elif codes:
            self.codes_dropped.emit(codes, self.status)
        else:
            return
        event.acceptProposedAction()


class ThemesBoard(QWidget):
    """Emits ``review_requested(theme_id)`` and ``define_requested(theme_id)`` for the tab."""

    review_requested = Signal(int)
    define_requested = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ask_name: Callable[[QWidget, str, str], str | None] = ask_theme_name
        self.themes: dict[int, Theme] = {}
        self.codes: dict[int, Code] = {}
        self.coverage: dict[int, ThemeCoverage] = {}
        self._dirty = True
        self._filled = False  # read when first shown (or used), not when the window is built
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New theme…"))
        self.new_button.clicked.connect(lambda: self.new_theme())
        bar.addWidget(self.new_button)
        self.hint = QLabel(self.tr("Drag codes from the codebook onto a theme; drag a theme to another column "
                                   "or onto a theme to make it a sub-theme. Double-click to define and name it."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        bar.addWidget(self.hint, 1)
        layout.addLayout(bar)
        row = QHBoxLayout()
        self.columns = {s: ThemeColumn(s) for s in ThemeStatus}
        for column in self.columns.values():
            column.theme_dropped.connect(self._theme_dropped)
            column.codes_dropped.connect(self._codes_dropped_on_column)
            row.addWidget(column, 1)
        layout.addLayout(row, 1)
        session.events.changed.connect(self._on_changed)

    # -- data ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.themes or changes.codes or changes.segments or changes.cases or changes.documents:
            self._dirty = True
            if self.isVisible():
                self._timer.start()  # coalesce a burst of changes into one refresh

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._filled:
            self.refresh()  # first shown: filled before the frame that shows it
        elif self._dirty:
            self._timer.start()

    def ensure_filled(self) -> None:
        """Read the project now if this was never shown (it is filled when first shown, so a
        window opens without reading what its hidden tabs would show)."""
        if not self._filled:
            self.refresh()

    def refresh(self) -> None:
        """Re-read themes, codes and coverage (a few bulk queries) and rebuild the cards."""
        project = self.session.project
        themes = list_themes(project)
        self.themes = {t.id: t for t in themes}
        self.codes = list_codes(project)
        self.coverage = themes_overview(project) if themes else {}
        names = {t.id: t.name for t in themes}
        per_column: dict[ThemeStatus, list[ThemeCard]] = {s: [] for s in ThemeStatus}
        for theme, depth in board_order(themes):
            card = ThemeCard(theme, self.codes, self.coverage.get(theme.id), names, depth)
            card.codes_dropped.connect(self.add_codes)
            card.theme_dropped.connect(lambda parent, child: self.set_parent(child, parent))
            card.activated.connect(self.define_requested)
            card.menu_requested.connect(self._card_menu)
            per_column[theme.status].append(card)
        for status, column in self.columns.items():
            column.set_cards(per_column[status])
        self._dirty = False
        self._filled = True

    def card(self, theme_id: int) -> ThemeCard | None:
        self.ensure_filled()
        for column in self.columns.values():
            for card in column.cards:
                if card.theme.id == theme_id:
                    return card
        return None

    # -- commands ------------------------------------------------------------------
    def _push(self, command: ServiceCommand, what: str) -> bool:
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown; nothing changed
            show_error(self, what, exc)
            return False
        return True

    def new_theme(self, parent_id: int | None = None, code_ids: list[int] | None = None,
                  name: str | None = None) -> int | None:
        name = name or self.ask_name(self, self.tr("New sub-theme") if parent_id else self.tr("New theme"), "")
        if not name:
            return None
        command = CreateThemeCommand(self.session, name, parent_id=parent_id, code_ids=code_ids or [])
        ok = self._push(command, self.tr("Could not create the theme"))
        return command.theme.id if ok and command.theme else None

    def add_codes(self, theme_id: int, code_ids: list[int]) -> bool:
        self.ensure_filled()
        theme = self.themes.get(theme_id) or get_theme(self.session.project, theme_id)
        names = ", ".join(self.codes[c].name for c in code_ids if c in self.codes) or "codes"
        return self._push(AddCodesToThemeCommand(self.session, theme_id, code_ids,
                                                 f"Add {names} to {theme.name}"),
                          self.tr("Could not add the codes to the theme"))

    def remove_code(self, theme_id: int, code_id: int) -> bool:
        self.ensure_filled()
        name = self.codes[code_id].name if code_id in self.codes else "code"
        return self._push(RemoveCodesFromThemeCommand(self.session, theme_id, [code_id],
                                                      f"Take {name} off {self.themes[theme_id].name}"),
                          self.tr("Could not take the code off the theme"))

    def set_status(self, theme_id: int, status: ThemeStatus) -> bool:
        self.ensure_filled()
        theme = self.themes[theme_id]
        if theme.status is status:
            return False
        return self._push(UpdateThemeCommand(self.session, replace(theme, status=status),
                                             f"Move {theme.name} to {status.value}"),
                          self.tr("Could not move the theme"))

    def set_parent(self, theme_id: int, parent_id: int | None) -> bool:
        self.ensure_filled()
        theme = self.themes[theme_id]
        if theme.parent_id == parent_id or theme_id == parent_id:
            return False
        return self._push(UpdateThemeCommand(self.session, replace(theme, parent_id=parent_id),
                                             f"Move {theme.name}"),
                          self.tr("Could not move the theme"))

    def rename(self, theme_id: int, name: str | None = None) -> bool:
        self.ensure_filled()
        theme = self.themes[theme_id]
        name = name or self.ask_name(self, self.tr("Rename theme"), theme.name)
        if not name or name == theme.name:
            return False
        return self._push(UpdateThemeCommand(self.session, replace(theme, name=name), f"Rename {theme.name}"),
                          self.tr("Could not rename the theme"))

    def delete(self, theme_id: int) -> bool:
        self.ensure_filled()
        return self._push(DeleteThemeCommand(self.session, self.themes[theme_id]), self.tr("Could not delete the theme"))

    # -- drops ---------------------------------------------------------------------
    def _theme_dropped(self, theme_id: int, status: ThemeStatus) -> None:
        self.ensure_filled()
        if theme_id in self.themes:
            self.set_status(theme_id, status)

    def _codes_dropped_on_column(self, code_ids: list[int], status: ThemeStatus) -> None:
        self.ensure_filled()
        known = [c for c in code_ids if c in self.codes]
        if known:
            self.new_theme(code_ids=known, name=self.ask_name(self, self.tr("New theme from codes"), self.codes[known[0]].name))

    # -- context menu --------------------------------------------------------------
    def _card_menu(self, theme_id: int, pos: QPoint) -> None:
        menu = self.build_card_menu(theme_id)
        menu.exec(pos)
        menu.deleteLater()

    def build_card_menu(self, theme_id: int) -> QMenu:
        self.ensure_filled()
        theme = self.themes[theme_id]
        menu = QMenu(self)
        menu.addAction(self.tr("Define and name…"), lambda: self.define_requested.emit(theme_id))
        menu.addAction(self.tr("Review segments…"), lambda: self.review_requested.emit(theme_id))
        menu.addAction(self.tr("Rename…"), lambda: self.rename(theme_id))
        menu.addAction(self.tr("New sub-theme…"), lambda: self.new_theme(parent_id=theme_id))
        move = menu.addMenu(self.tr("Move to"))
        for status in ThemeStatus:
            action = move.addAction(column_title(status), lambda s=status: self.set_status(theme_id, s))
            action.setEnabled(status is not theme.status)
        under = menu.addMenu(self.tr("Sub-theme of"))
        top = under.addAction(self.tr("(top level)"), lambda: self.set_parent(theme_id, None))
        top.setEnabled(theme.parent_id is not None)
        for other in self.themes.values():
            if other.id != theme_id:
                under.addAction(other.name, lambda o=other.id: self.set_parent(theme_id, o))
        if theme.code_ids:
            remove = menu.addMenu(self.tr("Take code off"))
            for code_id in theme.code_ids:
                if code_id in self.codes:
                    remove.addAction(self.codes[code_id].name, lambda c=code_id: self.remove_code(theme_id, c))
        menu.addSeparator()
        menu.addAction(self.tr("Delete theme"), lambda: self.delete(theme_id))
        return menu

