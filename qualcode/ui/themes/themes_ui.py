"""Wires the thematic-analysis feature into the main window (one hook in MainWindow._attach).

``install_themes_ui(window, session)`` adds:

* a "Themes" tab beside the document viewer in the centre (board, thematic map, review);
* the phase navigator dock (top left, above the documents) and the code editor dock
  (right, under the codebook), appended to ``workbench.docks`` so the View menu lists
  them, the layout is saved and restored, and teardown removes them;
* the Themes menu: new theme, review, define, export codebook / thematic report to
  Word, import a codebook (CSV, XLSX, Word table) or the seed-study codebook;
* "a document was opened" -> mark it read (phase 1; reading is not an undoable edit).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMenu, QTabWidget, QWidget

from qualcode.core.changes import Changes
from qualcode.services.themes.phases import mark_document_read
from qualcode.ui.codebook.code_editor_pane import CodeEditorPane
from qualcode.ui.commands.base import push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.models.codebook_model import CODE_ID_ROLE
from qualcode.ui.phases.phase_navigator_pane import PhaseNavigatorPane
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.themes_tab import ThemesTab
from qualcode.ui.menus import find_menu

translate = QCoreApplication.translate  # lupdate reads translate("ThemesUi", "...") calls


def word_filter() -> str:
    return translate("ThemesUi", "Word documents") + " (*.docx)"


def codebook_filter() -> str:
    return ";;".join((translate("ThemesUi", "Codebooks") + " (*.csv *.xlsx *.docx)", "CSV (*.csv)",
                      "Excel (*.xlsx)", translate("ThemesUi", "Word table") + " (*.docx)"))


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path or None


class ThemesUi:
    """The Themes feature for one open project."""

    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        self.window, self.session = window, session
        self.ask_save: Callable[[QWidget, str, str, str], str | None] = ask_save_path
        self.ask_open: Callable[[QWidget, str, str], str | None] = ask_open_path
        workbench = getattr(window, "workbench", None)
        # -- centre: Document | Themes ------------------------------------------------
        self.tab = ThemesTab(session)
        self.centre = QTabWidget()
        self.centre.setObjectName("centre_tabs")
        self.centre.setDocumentMode(True)
        viewer = window.takeCentralWidget()
        if viewer is not None:
            self.centre.addTab(viewer, translate("ThemesUi", "Document"))
        self.centre.addTab(self.tab, translate("ThemesUi", "Themes"))
        window.setCentralWidget(self.centre)
        # -- docks ---------------------------------------------------------------------
        self.navigator = PhaseNavigatorPane(session)
        self.editor = CodeEditorPane(session)
        docks: list[QDockWidget] = getattr(workbench, "docks", [])
        self.navigator_dock = self._dock(translate("ThemesUi", "Phases"), "phases_dock", self.navigator,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.editor_dock = self._dock(translate("ThemesUi", "Code definition"), "code_editor_dock", self.editor,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        by_name = {d.objectName(): d for d in docks}
        if "documents_dock" in by_name:
            window.splitDockWidget(self.navigator_dock, by_name["documents_dock"], Qt.Orientation.Vertical)
        if "codebook_dock" in by_name:
            window.splitDockWidget(by_name["codebook_dock"], self.editor_dock, Qt.Orientation.Vertical)
        docks.extend([self.navigator_dock, self.editor_dock])
        # -- wiring --------------------------------------------------------------------
        codebook = getattr(workbench, "codebook", None)
        if codebook is not None:
            codebook.tree.selectionModel().currentChanged.connect(
                lambda current, _prev: self.editor.show_code(
                    int(current.data(CODE_ID_ROLE)) if current.data(CODE_ID_ROLE) is not None else None))
        documents = getattr(workbench, "documents", None)
        if documents is not None:
            documents.document_chosen.connect(self.document_opened)
        viewer_pane = getattr(workbench, "viewer", None)
        if viewer_pane is not None:
            self.tab.review.segment_activated.connect(
                lambda d, s, e: self._jump(viewer_pane, d, s, e))
        # -- Themes menu ---------------------------------------------------------------
        self.actions: list[QAction] = []
        self.new_theme = self._action(translate("ThemesUi", "&New theme…"), None, lambda: self.tab.board.new_theme())
        self.show_board = self._action(translate("ThemesUi", "Show theme &board"),
                                       None, lambda: self.show_themes(self.tab.board))
        self.show_map = self._action(translate("ThemesUi", "Show thematic &map"),
                                     None, lambda: self.show_themes(self.tab.map_panel))
        self.review = self._action(translate("ThemesUi", "&Review theme…"), None, self.review_current)
        self.export_map = self._action(translate("ThemesUi", "Export thematic map (PNG/SVG)…"),
                                       None, self.tab.map_panel.export)
        self.export_codebook = self._action(translate("ThemesUi", "Export &codebook to Word…"),
                                            None, self.export_codebook_word)
        self.export_report = self._action(translate("ThemesUi", "Export thematic &report to Word…"),
                                          None, self.export_report_word)
        self.import_codebook = self._action(translate("ThemesUi", "&Import codebook (CSV, XLSX, Word)…"),
                                            None, self.import_codebook_file)
        self.import_seed = self._action(translate("ThemesUi", "Import the &seed-study codebook"), None,
                                        self.import_seed_codebook)
        menu = _menu(window, "Themes")
        if menu is not None:
            menu.clear()
            for action in (self.new_theme, self.show_board, self.show_map, self.review, None, self.import_codebook,
                           self.import_seed, None, self.export_codebook, self.export_report, self.export_map):
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # needed for saveState/restoreState
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.centre)  # dies with the centre when the project closes
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions.append(action)
        return action

    # -- gestures ------------------------------------------------------------------
    def show_themes(self, page: QWidget | None = None) -> None:
        self.centre.setCurrentWidget(self.tab)
        if page is not None:
            self.tab.setCurrentWidget(page)

    def review_current(self) -> None:
        self.show_themes()
        self.tab.show_review(self.tab.review.theme_id)

    def document_opened(self, document_id: int) -> None:
        """Opening a document in the viewer counts as reading it (phase 1)."""
        self.centre.setCurrentIndex(0)
        try:
            created = mark_document_read(self.session.project, document_id, self.session.coder.id).value
        except Exception:  # noqa: BLE001 - progress bookkeeping must never block reading
            return
        if created:
            self.navigator._on_changed(Changes(documents=True))

    def _jump(self, viewer_pane: object, document_id: int, start: int, end: int) -> None:
        self.centre.setCurrentIndex(0)
        workbench = getattr(self.window, "workbench", None)
        tabs = getattr(workbench, "bottom_tabs", None)
        if tabs is not None and hasattr(tabs, "jump_to_text"):
            tabs.jump_to_text(document_id, start, end)
        else:
            getattr(viewer_pane, "show_document")(document_id)

    # -- import / export -----------------------------------------------------------------
    def _suggest(self, name: str) -> str:
        return str(Path(self.session.project.location).with_name(name))  # type: ignore[attr-defined]

    def export_codebook_word(self, path: str | None = None) -> str | None:
        path = path or self.ask_save(self.window, translate("ThemesUi", "Export codebook to Word"),
                                     self._suggest("codebook.docx"), word_filter())
        if not path:
            return None
        from qualcode.services.export import export_codebook_docx  # python-docx: when exporting

        return self._export(lambda p: export_codebook_docx(self.session.project, p), path,
                            translate("ThemesUi", "Could not write the codebook to {path}"))

    def export_report_word(self, path: str | None = None) -> str | None:
        path = path or self.ask_save(self.window, translate("ThemesUi", "Export thematic report to Word"),
                                     self._suggest("thematic_report.docx"), word_filter())
        if not path:
            return None
        view = self.tab.map_view
        if view._dirty:
            view.refresh()
        # the user's own map as drawn; with nothing on it the report draws the themes itself
        png = view.png_bytes() if view.nodes else None
        from qualcode.services.export import export_report_docx  # python-docx: when exporting

        return self._export(lambda p: export_report_docx(self.session.project, p, map_png=png), path,
                            translate("ThemesUi", "Could not write the report to {path}"))

    def _export(self, run: Callable[[str], object], path: str, failed: str) -> str | None:
        if not path.casefold().endswith(".docx"):
            path += ".docx"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            run(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self.window, failed.format(path=path), exc)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.navigator.refresh()  # phase 6 notes the export
        self.window.statusBar().showMessage(translate("ThemesUi", "Wrote {path}").format(path=path), 8000)
        return path

    def import_seed_codebook(self) -> bool:
        from qualcode.services.codebook.codebook_io import seed_codebook_path  # the codebook readers: when used

        return self.import_codebook_file(str(seed_codebook_path()))

    def import_codebook_file(self, path: str | None = None) -> bool:
        path = path or self.ask_open(self.window, translate("ThemesUi", "Import codebook"), codebook_filter())
        if not path:
            return False
        from qualcode.ui.commands.code_example_commands import ImportCodebookCommand  # the codebook readers

        try:
            push_command(self.session, ImportCodebookCommand(self.session, path))
        except Exception as exc:  # noqa: BLE001
            show_error(self.window, translate("ThemesUi", "Could not import the codebook {name}").format(
                name=Path(path).name), exc)
            return False
        return True


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    return find_menu(window, title.lower())  # by objectName: the title is translated


def install_themes_ui(window: QMainWindow, session: ProjectSession) -> ThemesUi:
    """Add the Themes tab, phase navigator, code editor and Themes menu for ``session``."""
    old = getattr(window, "themes_ui", None)
    if isinstance(old, ThemesUi):
        for action in old.actions:
            window.removeAction(action)
    ui = ThemesUi(window, session)
    window.themes_ui = ui  # type: ignore[attr-defined]
    return ui
