"""The main window: project lifecycle, menus, status bar; panes come from Workbench."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from qualcode import __version__
from qualcode.core.changes import Changes
from qualcode.core.errors import QualCodeError
from qualcode.services.projects import (
    ForeignSchemaError,
    PasswordNeededError,
    WrongProjectPasswordError,
    is_encrypted_project,
    load_project,
    new_project,
    project_info,
    write_cleaned_copy,
)
from qualcode.ui.analysis.install import install_regression_panel
from qualcode.ui.assistant.install import install_assistant
from qualcode.ui.coding_actions import install_coding_actions
from qualcode.ui.commands.undo_labels import translate_label
from qualcode.ui.error_dialog import show_error
from qualcode.ui.exchange.refi_actions import install_refi_actions
from qualcode.ui.help_ui import install_help
from qualcode.ui.i18n import current_language
from qualcode.ui.import_actions import install_import_actions
from qualcode.ui.menus import menu_object_name
from qualcode.ui.joint.install import install_joint_displays
from qualcode.ui.password_dialogs import (
    NewProjectChoice,
    ask_new_project,
    ask_project_password,
)
from qualcode.ui.privacy.install import install_privacy
from qualcode.ui.recent_projects import recent_projects, remember_project
from qualcode.ui.session import ProjectSession
from qualcode.ui.team.coder_identity import coder_name, stored_coder_name
from qualcode.ui.team.install import install_team, teardown_team
from qualcode.ui.themes.themes_ui import install_themes_ui
from qualcode.ui.welcome_view import WelcomeView
from qualcode.ui.workbench import Workbench
from qualcode.ui.texts import service_text



def file_filter() -> str:
    """The project file filter; the description is translated, the pattern is not."""
    return QCoreApplication.translate("MainWindow", "QualCode projects") + " (*.qcproj)"


class MainWindow(QMainWindow):
    #: everything the open project's window shows is filled in (see :meth:`is_complete`)
    completed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings("QualCode", "QualCode")
        self.session: ProjectSession | None = None
        self.workbench: Workbench | None = None
        #: asks "open a cleaned copy?" for a refused project (replaced in tests)
        self.ask_clean_copy: Callable[[QWidget, str, str], bool] = ask_clean_copy
        #: plain or encrypted, for a new project; an encrypted project's password (replaced in tests)
        self.ask_new_project: Callable[[QWidget], NewProjectChoice | None] = ask_new_project
        self.ask_password: Callable[[QWidget, str, str], str | None] = ask_project_password
        self.setWindowTitle("QualCode")
        self.resize(1280, 800)
        self._build_actions()
        self._build_menus()
        #: the language the widgets were built in (qualcode.ui.i18n.switch rebuilds the window)
        self.language = current_language()
        install_import_actions(self)  # File > Import transcripts/survey (qualcode/ui/import_actions.py)
        install_refi_actions(self)  # File > Import/Export REFI-QDA (qualcode/ui/exchange/refi_actions.py)
        install_help(self)  # Help > shortcuts/guide, toolbar, View > Layouts (qualcode/ui/help_ui.py)
        self.saved_label = QLabel("")
        self.counts_label = QLabel("")
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_welcome()

    # -- actions and menus ---------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New project…"), QKeySequence.StandardKey.New, self.choose_new_project)
        self.open_action = self._action(self.tr("&Open project…"), QKeySequence.StandardKey.Open, self.choose_project)
        self.open_server_action = self._action(self.tr("Open &server…"), None, self._open_server)
        self.merge_action = self._action(self.tr("&Merge copies…"), None, self._merge_copies)
        self.close_action = self._action(self.tr("&Close project"), QKeySequence.StandardKey.Close, self.close_project)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(self.tr("&Redo"), "Ctrl+Shift+Z", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])  # Ctrl+Y as on Windows
        self.preferences_action = self._action(self.tr("&Preferences…"), "Ctrl+,", self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.session_undo_texts()

    def _build_menus(self) -> None:
        bar = self.menuBar()

        def menu(key: str, title: str) -> QMenu:
            made = bar.addMenu(title)
            made.setObjectName(menu_object_name(key))  # found by qualcode.ui.menus.find_menu
            return made

        file_menu = menu("file", self.tr("&File"))
        for action in (self.new_action, self.open_action, self.open_server_action, self.merge_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent_menu")
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menu("edit", self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        menu("code", self.tr("&Code"))
        menu("themes", self.tr("&Themes"))
        menu("analyse", self.tr("&Analyse"))
        self.view_menu = menu("view", self.tr("&View"))
        help_menu = menu("help", self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About QualCode"), None, self._about))
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        locations = recent_projects(self.settings)
        for location in locations:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _=False, loc=location: self.open_location(loc))
        self.recent_menu.setEnabled(bool(locations))

    # -- project lifecycle ---------------------------------------------------------
    def choose_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(Path.home() / "study.qcproj"),
                                              file_filter())
        if path:
            if not path.endswith(".qcproj"):
                path += ".qcproj"
            choice = self.ask_new_project(self)
            if choice is not None:
                self.create_project(path, password=choice.password)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), str(Path.home()), file_filter())
        if path:
            self.open_location(path)

    def _open_server(self) -> None:
        from qualcode.ui.team.open_server_dialog import open_server  # shared projects on PostgreSQL

        open_server(self)

    def _merge_copies(self) -> None:
        from qualcode.ui.team.merge_dialog import open_merge_dialog  # the offline merge wizard

        open_merge_dialog(self)

    def create_project(self, location: str, *, password: str | None = None) -> bool:
        try:
            project = new_project(location, password=password)
        except Exception as exc:  # noqa: BLE001 - shown to the user, app keeps running
            show_error(self, self.tr("Could not create {location}").format(location=location), exc)
            return False
        self._attach(project)
        return True

    def open_location(self, location: str) -> bool:
        try:
            project = load_project(location)
        except PasswordNeededError as exc:
            if not is_encrypted_project(location):
                show_error(self, self.tr("Could not open {location}").format(location=location), exc)
                return False
            return self._open_encrypted(location)
        except ForeignSchemaError as exc:
            return self._offer_clean_copy(location, exc)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Could not open {location}").format(location=location), exc)
            return False
        self._attach(project)
        return True

    def _open_encrypted(self, location: str) -> bool:
        """Ask for the password until it opens the project or the user cancels."""
        problem = ""
        while (password := self.ask_password(self, location, problem)) is not None:
            try:
                project = load_project(location, password=password)
            except WrongProjectPasswordError:
                problem = self.tr("That password does not open it (nothing was changed).")
                continue
            except Exception as exc:  # noqa: BLE001 - shown, app keeps running
                show_error(self, self.tr("Could not open {location}").format(location=location), exc)
                return False
            self._attach(project)
            return True
        return False

    def _offer_clean_copy(self, location: str, refusal: ForeignSchemaError) -> bool:
        """A received project carries triggers/views we did not make: never open it, but offer
        a cleaned copy (its real tables' rows in a fresh schema; the original is only read)."""
        source = Path(location)
        copy = source.with_name(f"{source.stem} (cleaned){source.suffix}")
        if not self.ask_clean_copy(self, service_text(str(refusal)), str(copy)):
            return False
        try:
            report = write_cleaned_copy(source, copy)
            project = load_project(str(copy))
        except Exception as exc:  # noqa: BLE001 - shown, app keeps running
            show_error(self, self.tr("Could not write a cleaned copy of {location}").format(location=location), exc)
            return False
        self._attach(project)
        skipped = sum(report.skipped_rows.values())
        message = self.tr("Opened a cleaned copy: %n foreign object(s) left out", "", len(report.removed_objects))
        if skipped:
            message += self.tr(", %n row(s) the schema refused", "", skipped)
        message += self.tr("; {name} is unchanged.").format(name=source.name)
        self.statusBar().showMessage(message, 15000)
        return True

    def open_demo(self) -> bool:
        """Open the demo project, building it first (a few seconds) if needed."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from qualcode.services.demo.build_demo import open_or_build_demo

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            project = open_or_build_demo()
        except Exception as exc:  # noqa: BLE001 - shown, app keeps running
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Could not open the demo project"), exc)
            return False
        QApplication.restoreOverrideCursor()
        self._attach(project)
        return True

    def _attach(self, project: object) -> None:
        self.close_project()
        self.adopt_session(ProjectSession(project, coder_name(self.settings, self)))  # type: ignore[arg-type]
        remember_project(self.settings, project.location)  # type: ignore[attr-defined]
        self._refresh_recent_menu()
        state = self.settings.value("window_state")
        if state is None or not self.restoreState(state):
            self._apply_default_layout()
            # again once the window has its real geometry (before show, Qt may ignore sizes)
            QTimer.singleShot(0, self._apply_default_layout)

    def adopt_session(self, session: ProjectSession) -> None:
        """Build the workbench, docks and menus for an open session (a new project, or the
        language switch handing over the same project and undo stack to a rebuilt window)."""
        self.session = session
        self.workbench = Workbench(self, self.session)
        install_coding_actions(self)  # Code menu + codebook/viewer wiring (qualcode/ui/coding_actions.py)
        install_themes_ui(self, self.session)  # Themes tab, phases, code editor, Themes menu (ui/themes/themes_ui.py)
        install_assistant(self, self.session)  # find more like these, candidate themes (ui/assistant/install.py)
        install_regression_panel(self, self.session)  # Analyse menu + regression dock (ui/analysis/install.py)
        install_joint_displays(self, self.session)  # Joint displays dock + Analyse menu action (ui/joint/install.py)
        install_team(self, self.session)  # Team menu: disagreements, blind coding, coder filter (ui/team/install.py)
        install_privacy(self, self.session)  # File > Pseudonymise transcripts (ui/privacy/install.py)
        self.session.events.changed.connect(self._on_changed)
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.session_undo_texts)
        stack.redoTextChanged.connect(self.session_undo_texts)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.session_undo_texts()
        for dock in self.workbench.docks:
            self.view_menu.addAction(dock.toggleViewAction())
        project = session.project
        name = Path(project.location).name
        if getattr(project, "read_only", False):
            title = self.tr("{name} (read-only: browse, search and export only) — QualCode").format(name=name)
        else:
            title = self.tr("{name} — QualCode").format(name=name)
        self.setWindowTitle(title)
        self._update_status()
        self.workbench.codebook.model.counts_loaded.connect(self._filled)

    def is_complete(self) -> bool:
        """Whether everything the window shows is filled in. The codebook's counts are made in
        a worker while the window is built and may land just after its first paint (the
        cells read "…" until then); all else is filled before the window is shown."""
        return self.workbench is None or self.workbench.codebook.model.counts_known

    def when_complete(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the window is complete (at once if it is)."""
        if self.is_complete():
            callback()
            return

        def once() -> None:
            if self.is_complete():
                self.completed.disconnect(once)
                callback()

        self.completed.connect(once)

    def _filled(self) -> None:
        if self.is_complete():
            self.completed.emit()

    def session_undo_texts(self, *_: object) -> None:
        """Edit › Undo/Redo name the step ("Undo Apply code"), in the interface language."""
        stack = self.session.undo_stack if self.session is not None else None
        undo_text = translate_label(stack.undoText()) if stack is not None else ""
        redo_text = translate_label(stack.redoText()) if stack is not None else ""
        self.undo_action.setText(self.tr("&Undo {step}").format(step=undo_text).strip() if undo_text
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=redo_text).strip() if redo_text
                                 else self.tr("&Redo"))

    def _apply_default_layout(self) -> None:
        if self.workbench is not None:
            self.workbench.apply_default_layout(self)

    def close_project(self) -> None:
        if self.session is None:
            return
        self.settings.setValue("window_state", self.saveState())
        teardown_team(self)
        if self.workbench is not None:
            self.workbench.teardown(self)
        self.view_menu.clear()
        self.session.close()
        self.session = None
        self.workbench = None
        # the start-up froze what it built (qualcode/ui/app.py): the closed project's objects
        # must be collectable again
        gc.unfreeze()
        self._show_welcome()

    def release_session(self) -> ProjectSession | None:
        """Hand the open session over (language switch): this window stops using it without
        closing the project; the caller gives it to a rebuilt window."""
        session = self.session
        if session is None:
            return None
        teardown_team(self)  # stops its polling; the rest of this window is discarded whole
        for signal, slot in ((session.undo_stack.canUndoChanged, self.undo_action.setEnabled),
                             (session.undo_stack.canRedoChanged, self.redo_action.setEnabled),
                             (session.undo_stack.undoTextChanged, self.session_undo_texts),
                             (session.undo_stack.redoTextChanged, self.session_undo_texts)):
            signal.disconnect(slot)
        self.session = None
        return session

    def _show_welcome(self) -> None:
        welcome = WelcomeView(stored_coder_name(self.settings))
        welcome.set_recent(recent_projects(self.settings))
        welcome.new_requested.connect(self.choose_new_project)
        welcome.coder_changed.connect(self.set_coder_name)
        welcome.create_requested.connect(self.create_from_start_page)
        welcome.open_requested.connect(self.choose_project)
        welcome.demo_requested.connect(self.open_demo)
        welcome.recent_chosen.connect(self.open_location)
        self.setCentralWidget(welcome)
        self.setWindowTitle("QualCode")
        self.counts_label.setText(self.tr("No project open"))
        self.saved_label.setText("")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.session_undo_texts()

    def set_coder_name(self, name: str) -> None:
        """Remember the coder name in the app settings (asked once on the start page)."""
        if name.strip():
            self.settings.setValue("coder_name", " ".join(name.split()))

    def create_from_start_page(self, location: str) -> bool:
        """The start page's New project: make the folder, then create the project there."""
        try:
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(self, self.tr("Could not create the folder {folder}").format(folder=Path(location).parent), exc)
            return False
        return self.create_project(location)

    # -- editing -------------------------------------------------------------------
    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def _on_changed(self, changes: Changes) -> None:
        # the status bar shows documents, codes and segments: skip memo/theme/link edits
        if changes.documents or changes.codes or changes.segments:
            self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            return
        info = project_info(self.session.project)
        self.counts_label.setText(" · ".join((
            str(info["location"]),
            self.tr("%Ln document(s)", "", int(str(info["documents"]))),
            self.tr("%Ln code(s)", "", int(str(info["codes"]))),
            self.tr("%Ln segment(s)", "", int(str(info["segments"]))),
        )))
        # Every committed edit is written before the service returns: there is no unsaved state.
        self.saved_label.setText(self.tr("All changes saved"))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About QualCode"),
                          self.tr("QualCode {version}\nMixed-methods qualitative analysis.").format(version=__version__))

    def show_preferences(self) -> None:
        """Edit › Preferences…: the interface language (applied at once, work kept)."""
        from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog
        from qualcode.ui.i18n.switch import switch_language

        dialog = PreferencesDialog(self.settings, self, session=self.session)
        if not dialog.exec():
            return
        if dialog.output_changed() and self.session is not None:
            self._set_output_language(*dialog.output_choice())
        if dialog.language_changed():
            switch_language(self, dialog.effective_language())

    def _set_output_language(self, language: str, decimal_comma: bool | None) -> None:
        """The project's output language as one undoable step (Edit › Undo takes it back)."""
        from qualcode.services.operations.output_language_ops import SetOutputLanguageOperation
        from qualcode.ui.commands.base import OperationCommand, push_command

        assert self.session is not None
        op = SetOutputLanguageOperation(self.session.project, language, decimal_comma=decimal_comma)
        try:
            push_command(self.session, OperationCommand(self.session, op, initiator=self))
        except QualCodeError as exc:
            self.statusBar().showMessage(service_text(str(exc)), 8000)
            return
        self.statusBar().showMessage(self.tr("Output language saved in the project."), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.close_project()
        event.accept()


def ask_clean_copy(parent: QWidget, refusal: str, copy: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("QualCode")
    translate = QCoreApplication.translate
    box.setText(translate("MainWindow", "This project was not opened: it contains database code QualCode did not create."))
    box.setInformativeText(refusal + "\n\n" + translate(
        "MainWindow", "Open a cleaned copy instead? It is written to\n{copy}\n"
        "and holds the project's data without that code; the original stays as it is.").format(copy=copy))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Open).setText(translate("MainWindow", "Open a cleaned copy"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open

