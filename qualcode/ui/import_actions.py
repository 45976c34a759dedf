"""File › Import transcripts… (Ctrl+Shift+I) and File › Import survey….

``install_import_actions(window)`` is called once from ``MainWindow.__init__``. The
actions are enabled only while a project is open: the window has no "project
changed" signal, so we follow its title (``_attach`` and ``close_project`` both set
it) and re-check whenever the File menu opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from qualcode.ui.menus import find_menu

if TYPE_CHECKING:  # the dialogs (pandas, the file readers) load when first opened
    from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog
    from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog


class ImportActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.dialogs: list[QDialog] = []
        self.transcripts = QAction(QCoreApplication.translate("ImportActions", "Import &transcripts…"), window)
        self.transcripts.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.transcripts.triggered.connect(lambda _c=False: self.open_transcript_dialog())
        self.survey = QAction(QCoreApplication.translate("ImportActions", "Import &survey…"), window)
        self.survey.triggered.connect(lambda _c=False: self.open_survey_dialog())
        for action in (self.transcripts, self.survey):
            window.addAction(action)  # shortcut works with the menu closed
        window.windowTitleChanged.connect(lambda _t: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        has_project = getattr(self.window, "session", None) is not None
        self.transcripts.setEnabled(has_project)
        self.survey.setEnabled(has_project)
        if not has_project:  # a dialog must not outlive the project it imports into
            for dialog in self.dialogs:
                dialog.close()
            self.dialogs.clear()

    def open_transcript_dialog(self) -> TranscriptImportDialog | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog

        dialog = TranscriptImportDialog(session, self.window)
        self._keep(dialog)
        dialog.show()
        if not dialog.paths:
            dialog.choose_files()
        return dialog

    def open_survey_dialog(self) -> SurveyImportDialog | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(session, self.window)
        self._keep(dialog)
        dialog.show()
        dialog.choose_file()
        return dialog


    def _keep(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)


def _file_menu(window: QMainWindow) -> QMenu | None:
    return find_menu(window, "file")  # by objectName: the title is translated


def install_import_actions(window: QMainWindow) -> ImportActions:
    """Add the import actions to the File menu, after Open recent."""
    actions = ImportActions(window)
    menu = _file_menu(window)
    if menu is not None:
        entries = menu.actions()
        # Insert before the first separator (after New/Open/Open recent).
        anchor = next((a for a in entries if a.isSeparator()), None)
        separator = QAction(window)
        separator.setSeparator(True)
        menu.insertActions(anchor, [separator, actions.transcripts, actions.survey])  # type: ignore[arg-type]
        menu.aboutToShow.connect(actions.update_enabled)
    window.import_actions = actions  # type: ignore[attr-defined]
    return actions
