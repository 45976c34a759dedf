"""Wires the offline coding assistant into the main window (one hook in MainWindow._attach).

``install_assistant(window, session)`` adds:

* "Find more like these" and "Inductive prompts" tabs beside Segments/Search under the text;
  the first follows the codebook's current code and shows each suggestion in the viewer;
* a "Candidate themes" sub-tab in the Themes tab (Braun & Clarke phase 3);
* Code menu: Find more like these (Ctrl+Shift+L), Search by meaning (Ctrl+Shift+M),
  Prompts for inductive codes (Ctrl+Shift+W); Themes menu: Propose candidate themes (Ctrl+Shift+T).

Search by meaning itself is a mode of the Search tab (qualcode/ui/panes/search_pane.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from qualcode.ui.assistant.candidate_themes_view import CandidateThemesView
from qualcode.ui.assistant.find_more_pane import FindMorePane
from qualcode.ui.assistant.inductive_prompts_pane import InductivePromptsPane
from qualcode.ui.models.codebook_model import CODE_ID_ROLE
from qualcode.ui.panes.search_pane import MEANING
from qualcode.ui.session import ProjectSession


class AssistantUi(QObject):
    """The assistant's panes and menu entries for one open project."""

    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.find_more = FindMorePane(session)
        self.prompts = InductivePromptsPane(session)
        self.candidates = CandidateThemesView(session)
        workbench = getattr(window, "workbench", None)
        self.tabs = getattr(workbench, "bottom_tabs", None)
        if self.tabs is not None:
            self.tabs.addTab(self.find_more, self.tr("Find more like these"))
            self.tabs.addTab(self.prompts, self.tr("Inductive prompts"))
        themes_ui = getattr(window, "themes_ui", None)
        self.themes_tab = getattr(themes_ui, "tab", None)
        if self.themes_tab is not None:
            self.themes_tab.addTab(self.candidates, self.tr("Candidate themes"))
        self.find_more.suggestion_activated.connect(self.jump)
        self.candidates.quote_activated.connect(self.jump)
        codebook = getattr(workbench, "codebook", None)
        if codebook is not None:
            codebook.tree.selectionModel().currentChanged.connect(
                lambda current, _previous: self.find_more.set_code(
                    int(current.data(CODE_ID_ROLE)) if current.data(CODE_ID_ROLE) is not None else None))
        self.actions: list[QAction] = []
        owner = self.find_more  # the actions die with the panes when the project closes
        code_actions = [
            self._action(owner, self.tr("Find &more like these"), "Ctrl+Shift+L", self.show_find_more,
                         self.tr("Uncoded passages that resemble the current code's segments")),
            self._action(owner, self.tr("Search by &meaning…"), "Ctrl+Shift+M", self.show_meaning_search,
                         self.tr("Find passages that say the same thing in other words")),
            self._action(owner, self.tr("Prompts for &inductive codes"), "Ctrl+Shift+W", self.show_prompts,
                         self.tr("Words distinctive of groups of cases, e.g. with and without legal aid")),
        ]
        theme_actions = [
            self._action(owner, self.tr("Propose &candidate themes…"), "Ctrl+Shift+T", self.show_candidates,
                         self.tr("Group codes by the meaning of their segments (phase 3)")),
        ]
        for title, actions in (("Code", code_actions), ("Themes", theme_actions)):
            menu = _menu(window, title)
            if menu is not None:
                menu.addSeparator()
                for action in actions:
                    menu.addAction(action)

    def _action(self, owner: QWidget, text: str, shortcut: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions.append(action)
        return action

    # -- gestures ------------------------------------------------------------------
    def _show_document_tab(self) -> None:
        themes_ui = getattr(self.window, "themes_ui", None)
        centre = getattr(themes_ui, "centre", None)
        if centre is not None:
            centre.setCurrentIndex(0)

    def jump(self, document_id: int, start: int, end: int) -> None:
        """Show a suggestion or quote in the document viewer, selected."""
        self._show_document_tab()
        if self.tabs is not None:
            self.tabs.jump_to_text(document_id, start, end)

    def _raise_bottom(self, page: QWidget) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentWidget(page)
            dock = self.tabs.parentWidget()
            while dock is not None and not hasattr(dock, "toggleViewAction"):
                dock = dock.parentWidget()
            if dock is not None:
                dock.show()
                dock.raise_()

    def show_find_more(self) -> None:
        self._raise_bottom(self.find_more)
        self.find_more.find_button.setFocus()

    def show_prompts(self) -> None:
        self._raise_bottom(self.prompts)

    def show_meaning_search(self) -> None:
        search = getattr(self.tabs, "search", None)
        if search is None:
            return
        search.mode_box.setCurrentIndex(search.mode_box.findData(MEANING))
        self._raise_bottom(search)
        search.query.setFocus()
        search.query.selectAll()

    def show_candidates(self) -> None:
        themes_ui = getattr(self.window, "themes_ui", None)
        if themes_ui is not None:
            themes_ui.show_themes(self.candidates)


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title and action.menu() is not None:
            return action.menu()  # type: ignore[return-value]
    return None


def install_assistant(window: QMainWindow, session: ProjectSession) -> AssistantUi:
    """Add the assistant's panes and menu entries for ``session`` (replacing a previous project's)."""
    old = getattr(window, "assistant_ui", None)
    if isinstance(old, AssistantUi):
        for action in old.actions:
            try:
                window.removeAction(action)
            except RuntimeError:  # already deleted with its pane
                pass
        old.deleteLater()
    ui = AssistantUi(window, session)
    window.assistant_ui = ui  # type: ignore[attr-defined]
    return ui
