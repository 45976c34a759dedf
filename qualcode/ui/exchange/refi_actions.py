"""File › Import REFI-QDA… and File › Export REFI-QDA… (.qdpx projects, .qdc codebooks).

``install_refi_actions(window)`` is called once from ``MainWindow.__init__``; like the other
import actions, they are enabled only while a project is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.exchange.refi_report_dialog import RefiReportDialog
from qualcode.ui.menus import find_menu



def import_filter() -> str:
    return QCoreApplication.translate("RefiActions", "REFI-QDA project or codebook") + " (*.qdpx *.qdc)"


def export_filter() -> str:
    translate = QCoreApplication.translate
    return (translate("RefiActions", "REFI-QDA project") + " (*.qdpx);;"
            + translate("RefiActions", "REFI-QDA codebook") + " (*.qdc)")


class RefiActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.last_dialog: RefiReportDialog | None = None
        self.import_action = QAction(QCoreApplication.translate("RefiActions", "Import REFI-QDA (.qdpx, .qdc)…"), window)
        self.import_action.triggered.connect(lambda _c=False: self.choose_import())
        self.export_action = QAction(QCoreApplication.translate("RefiActions", "Export REFI-QDA (.qdpx, .qdc)…"), window)
        self.export_action.triggered.connect(lambda _c=False: self.choose_export())
        window.windowTitleChanged.connect(lambda _t: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        has_project = getattr(self.window, "session", None) is not None
        self.import_action.setEnabled(has_project)
        self.export_action.setEnabled(has_project)

    def choose_import(self) -> RefiReportDialog | None:
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("RefiActions", "Import REFI-QDA"), str(Path.home()), import_filter())
        return self.import_file(path) if path else None

    def choose_export(self) -> RefiReportDialog | None:
        session = getattr(self.window, "session", None)
        location = getattr(session.project, "location", "") if session is not None else ""
        start = str(Path(location).with_suffix(".qdpx")) if location else str(Path.home() / "project.qdpx")
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("RefiActions", "Export REFI-QDA"), start, export_filter())
        return self.export_file(path) if path else None

    def import_file(self, path: str) -> RefiReportDialog | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        from qualcode.services.exchange import import_refi  # the REFI readers: when used
        from qualcode.services.exchange.undo import RefiImportOperation

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = import_refi(session.project, path, initiator=self).value
        except Exception as exc:  # noqa: BLE001 - shown; the import is one transaction, nothing changed
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, QCoreApplication.translate("RefiActions", "Could not import {file}").format(
                file=Path(path).name), exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        # the import ran (one transaction); the command's first run only records it, undo removes it
        push_command(session, OperationCommand(session, RefiImportOperation(session.project, report.created,
                                                                            report.file), initiator=self))
        return self._show(report, QCoreApplication.translate("RefiActions", "REFI-QDA import"), QCoreApplication.translate("RefiActions", "Imported in one step. Edit › Undo removes it again."))

    def export_file(self, path: str) -> RefiReportDialog | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        from qualcode.services.exchange import export_refi  # the REFI writers: when used

        try:
            report = export_refi(session.project, path).value
        except Exception as exc:  # noqa: BLE001 - shown; the file appears whole or not at all
            show_error(self.window, QCoreApplication.translate("RefiActions", "Could not export {file}").format(
                file=Path(path).name), exc)
            return None
        return self._show(report, QCoreApplication.translate("RefiActions", "REFI-QDA export"), QCoreApplication.translate("RefiActions", "Wrote {path}.").format(path=path))

    def _show(self, report: object, title: str, note: str) -> RefiReportDialog:
        dialog = RefiReportDialog(report, title, note, self.window)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "last_dialog", None))
        dialog.show()
        return dialog


def install_refi_actions(window: QMainWindow) -> RefiActions:
    """Add the two actions to the File menu, before Close project."""
    actions = RefiActions(window)
    menu = find_menu(window, "file")  # by objectName: the title is translated
    if menu is not None:
        anchor = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
        menu.insertActions(anchor, [actions.import_action, actions.export_action])  # type: ignore[arg-type]
        menu.aboutToShow.connect(actions.update_enabled)
    window.refi_actions = actions  # type: ignore[attr-defined]
    return actions
