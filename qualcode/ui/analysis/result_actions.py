"""The buttons under the regression results: Save analysis, Add to joint display, Copy, Word.

Saving and adding are undoable commands (:mod:`qualcode.ui.analysis.analysis_commands`)
over DEMO's services (``save_analysis``, ``joint_displays.add_row``); Copy puts TSV and
HTML on the clipboard; Word writes the table with the template's real styles.

The buttons know the panel only as a :class:`ResultHost` (what they read from it), so
this module does not import the panel that creates them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QTableWidget, QWidget,
)

from qualcode.core.joint_display import DisplayKind
from qualcode.services.mixed.analysis import AnalysisRun, export_result_table_docx
from qualcode.services.mixed.joint_displays import list_joint_displays
from qualcode.services.mixed.linking import CaseTable
from qualcode.services.mixed.saved_analyses import list_analyses
from qualcode.ui.analysis.analysis_commands import SaveAnalysisCommand
from qualcode.ui.analysis.panel_text import family_name
from qualcode.ui.analysis.result_table import ResultTable
from qualcode.ui.commands.base import push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.joint.joint_commands import AddJointRowCommand
from qualcode.ui.session import ProjectSession

__all__ = ["ResultActions", "ResultHost"]


class ResultHost(Protocol):
    """What the buttons read from the regression panel."""

    session: ProjectSession
    table: CaseTable | None
    run: AnalysisRun | None
    result_table: ResultTable | None
    results: QTableWidget

    def term_source(self, term: str) -> tuple[str, int, str] | None: ...


class ResultActions(QObject):
    def __init__(self, panel: ResultHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.panel = panel
        self.widget = widget  # parent of the dialogs
        self.saved_id: int | None = None  # the saved analysis of the run on show
        self._saved_for: object = None
        self.save_button = QPushButton(self.tr("Save analysis…"))
        self.save_button.setToolTip(self.tr("Keep this model in the project; it re-runs on the current coding"))
        self.save_button.clicked.connect(lambda: self.save_analysis())
        self.joint_button = QPushButton(self.tr("Add to joint display…"))
        self.joint_button.setToolTip(self.tr("Put the selected term beside its theme in a side-by-side joint display"))
        self.joint_button.clicked.connect(lambda: self.add_to_joint_display())
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the table as tab-separated text and HTML (paste into Excel or Word)"))
        self.copy_button.clicked.connect(self.copy_result)
        self.word_button = QPushButton(self.tr("Word…"))
        self.word_button.setToolTip(self.tr("Save the table as a Word document"))
        self.word_button.clicked.connect(lambda: self.export_word())
        self.layout = QHBoxLayout()
        for b in (self.save_button, self.joint_button):
            self.layout.addWidget(b)
        self.layout.addStretch(1)
        for b in (self.copy_button, self.word_button):
            self.layout.addWidget(b)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        for b in (self.save_button, self.joint_button, self.copy_button, self.word_button):
            b.setEnabled(enabled)

    # -- saving ------------------------------------------------------------------------------
    def _default_name(self) -> str:
        spec = self.panel.run.spec  # type: ignore[union-attr]
        return f"{spec.outcome} ~ {' + '.join(spec.predictors)} ({family_name(spec.family)})"

    def save_analysis(self, name: str | None = None) -> int | None:
        """Save the model on show under ``name`` (asked for when None); returns its id."""
        run = self.panel.run
        if run is None:
            return None
        if self._saved_for is run and self.saved_id is not None:
            if any(a.id == self.saved_id for a in list_analyses(self.panel.session.project)):
                return self.saved_id  # still there (not undone): one saved analysis per run
            self.forget_saved()
        if name is None:
            name, ok = QInputDialog.getText(self.widget, self.tr("Save analysis"), self.tr("Name:"),
                                           text=self._default_name())
            if not ok or not name.strip():
                return None
        command = SaveAnalysisCommand(self.panel.session, replace(run.spec, id=0, name=name.strip()))
        try:
            push_command(self.panel.session, command)
        except Exception as exc:  # noqa: BLE001 - one sentence for the user, nothing saved
            show_error(self.widget, self.tr("The analysis was not saved"), exc)
            return None
        assert command.saved is not None
        self.saved_id, self._saved_for = command.saved.id, run
        return self.saved_id

    def add_to_joint_display(self, display_id: int | None = None, *, name: str | None = None) -> bool:
        """Add the selected term (saved with its model) as a row of a side-by-side display."""
        panel = self.panel
        if panel.run is None or panel.result_table is None or not panel.result_table.terms:
            return False
        rows = panel.results.selectionModel().selectedRows()
        terms = panel.result_table.terms
        term = terms[rows[0].row()] if rows else next((t for t in terms if t != "Intercept"), terms[0])
        if display_id is None:
            displays = [d for d in list_joint_displays(panel.session.project) if d.kind is DisplayKind.SIDE_BY_SIDE]
            if not displays:
                QMessageBox.information(self.widget, self.tr("Add to joint display"),
                                        self.tr("There is no side-by-side joint display yet: create one first."))
                return False
            names = [d.name for d in displays]
            chosen, ok = QInputDialog.getItem(self.widget, self.tr("Add to joint display"),
                                             self.tr("Add {term} to:").format(term=term), names, 0, False)
            if not ok:
                return False
            display_id = displays[names.index(chosen)].id
        analysis_id = self.save_analysis(name)
        if analysis_id is None:
            return False
        source = panel.term_source(term)
        theme_id = source[1] if source is not None and source[0] == "theme" else None
        command = AddJointRowCommand(panel.session, display_id, analysis_id=analysis_id, term=term, theme_id=theme_id)
        try:
            push_command(panel.session, command)
        except Exception as exc:  # noqa: BLE001
            show_error(self.widget, self.tr("The row was not added"), exc)
            return False
        return True

    def forget_saved(self) -> None:
        self.saved_id, self._saved_for = None, None

    # -- output ------------------------------------------------------------------------------
    def copy_result(self) -> None:
        """The table as TSV (spreadsheets) and HTML (word processors) on the clipboard."""
        table = self.panel.result_table
        if table is None:
            return
        mime = QMimeData()
        mime.setText(table.to_tsv())
        mime.setHtml(table.to_html())
        QGuiApplication.clipboard().setMimeData(mime)

    def export_word(self, path: str | None = None) -> None:
        """Write the table as a Word document with the template's real styles."""
        table = self.panel.result_table
        if table is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save table as Word"), "regression.docx",
                                                  self.tr("Word documents") + " (*.docx)")
            if not path:
                return
        export_result_table_docx(path, table.title, table.header, table.rows, table.fit_line, table.notes,
                                 project=self.panel.session.project)  # the project's output language
