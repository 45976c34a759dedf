"""Help › Keyboard shortcuts, Help › User guide, the main toolbar and View › Layouts.

``install_help(window)`` runs once from ``MainWindow.__init__``. The shortcut list is
generated from the window's actions when it is opened, so it always tells the truth;
the guide is the bundled ``qualcode/resources/guide/index.html``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTableWidget, QTableWidgetItem, QTextBrowser,
    QToolBar, QVBoxLayout,
)
from qualcode.ui.menus import find_menu

GUIDE = Path(__file__).resolve().parents[1] / "resources" / "guide" / "index.html"
LAYOUTS = ("Coding", "Themes", "Analysis")  # settings keys; shown through LAYOUT_TITLES
LAYOUT_TITLES = {"Coding": QT_TRANSLATE_NOOP("HelpUi", "Coding"), "Themes": QT_TRANSLATE_NOOP("HelpUi", "Themes"),
                 "Analysis": QT_TRANSLATE_NOOP("HelpUi", "Analysis")}
# docks shown in each named layout (the rest are hidden); the user's own arrangement
# of a layout is saved under layouts/<name> the first time they leave it
LAYOUT_DOCKS = {
    "Coding": {"phases_dock", "documents_dock", "codebook_dock", "code_editor_dock", "analysis_dock"},
    "Themes": {"phases_dock", "codebook_dock", "code_editor_dock"},  # the board and map get the height
    "Analysis": {"documents_dock", "codebook_dock", "regression_dock", "joint_displays_dock", "analysis_dock"},
}


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, sorted by name."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
        if keys and name:
            rows[(name, keys)] = None
    return sorted(rows, key=lambda r: r[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (name, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class GuideDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("QualCode user guide"))
        self.resize(860, 700)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(GUIDE.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(GUIDE)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class HelpUi:
    def __init__(self, window: QMainWindow) -> None:
        self.current_layout: str | None = None
        self.window = window
        self.shortcuts_action = QAction(QCoreApplication.translate("HelpUi", "&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(lambda _c=False: self.show_shortcuts())
        self.guide_action = QAction(QCoreApplication.translate("HelpUi", "&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda _c=False: self.show_guide())
        for action in (self.shortcuts_action, self.guide_action):
            window.addAction(action)
        help_menu = _menu(window, "Help")
        if help_menu is not None:
            existing = help_menu.actions()
            if existing:
                help_menu.insertAction(existing[0], self.guide_action)
                help_menu.insertAction(existing[0], self.shortcuts_action)
                help_menu.insertSeparator(existing[0])
            else:
                help_menu.addAction(self.guide_action)
                help_menu.addAction(self.shortcuts_action)
        self.toolbar = self._build_toolbar()
        self.layout_menu = self._build_layouts()
        self.dialog: QDialog | None = None

    # -- help ------------------------------------------------------------------------
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog

    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog

    # -- toolbar ---------------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(QCoreApplication.translate("HelpUi", "Main toolbar"), self.window)
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        w = self.window
        translate = QCoreApplication.translate
        imports = getattr(w, "import_actions", None)
        tips = [
            (getattr(w, "new_action", None), translate("HelpUi", "Create a new project file")),
            (getattr(w, "open_action", None), translate("HelpUi", "Open an existing .qcproj project")),
            (getattr(imports, "transcripts", None),
             translate("HelpUi", "Import interviews and focus groups (txt, docx, odt, pdf, srt, vtt…)")),
            (getattr(imports, "survey", None), translate("HelpUi", "Import a survey (csv, xlsx, sav, dta) and link it to the cases")),
            (getattr(w, "undo_action", None), translate("HelpUi", "Undo the last change")),
            (getattr(w, "redo_action", None), translate("HelpUi", "Redo what was undone")),
            (self.guide_action, translate("HelpUi", "Open the user guide: import → code → themes → link → model → Word")),
        ]
        for action, tip in tips:
            if action is None:
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            bar.addAction(action)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    # -- layouts ---------------------------------------------------------------------
    def _build_layouts(self) -> QMenu | None:
        view = getattr(self.window, "view_menu", None)
        if view is None:
            return None
        menu = QMenu(QCoreApplication.translate("HelpUi", "&Layouts"), self.window)
        menu.setObjectName("layouts_menu")
        for name in LAYOUTS:
            action = menu.addAction(QCoreApplication.translate("HelpUi", LAYOUT_TITLES[name]))
            action.triggered.connect(lambda _c=False, n=name: self.apply_layout(n))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("HelpUi", "&Reset layout")).triggered.connect(lambda _c=False: self.reset_layout())
        view.aboutToShow.connect(lambda: self._attach_layouts(view, menu))
        return menu

    def _attach_layouts(self, view: QMenu, menu: QMenu) -> None:
        if menu.menuAction() not in view.actions():  # the window clears View on close
            view.addSeparator()
            view.addMenu(menu)

    def apply_layout(self, name: str) -> None:
        """Show the docks of layout ``name``; a layout the user arranged before comes back as saved."""
        w = self.window
        current = getattr(self, "current_layout", None)
        settings = getattr(w, "settings", None)
        if current and settings is not None:
            settings.setValue(f"layouts/{current}", w.saveState())
        saved = settings.value(f"layouts/{name}") if settings is not None else None
        if not (isinstance(saved, QByteArray | bytes) and w.restoreState(saved)):
            from PySide6.QtWidgets import QDockWidget

            wanted = LAYOUT_DOCKS[name]
            for dock in w.findChildren(QDockWidget):
                dock.setVisible(dock.objectName() in wanted)
        self.current_layout = name

    def reset_layout(self) -> None:
        """Forget the saved arrangements; back to the first-run layout."""
        from PySide6.QtWidgets import QDockWidget

        w = self.window
        settings = getattr(w, "settings", None)
        if settings is not None:
            for name in LAYOUTS:
                settings.remove(f"layouts/{name}")
        self.current_layout = None
        for dock in w.findChildren(QDockWidget):
            dock.setVisible(dock.objectName() in LAYOUT_DOCKS["Coding"])
        workbench = getattr(w, "workbench", None)
        if workbench is not None:
            workbench.apply_default_layout(w)


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    return find_menu(window, title.lower())  # by objectName: the title is translated


def install_help(window: QMainWindow) -> HelpUi:
    """Help › Keyboard shortcuts / User guide, the main toolbar, View › Layouts."""
    ui = HelpUi(window)
    window.help_ui = ui  # type: ignore[attr-defined]
    return ui
