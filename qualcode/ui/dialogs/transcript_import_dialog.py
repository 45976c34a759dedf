"""Import transcripts: choose files, check what was detected, fix speakers, then import.

Parsing for the preview and the import itself run in a FunctionWorker. The
import is one transaction (every file or none); Cancel rolls it back. After a
successful import an :class:`ImportTranscriptsCommand` goes on the undo stack, so
Ctrl+Z removes the imported documents (and the cases the import created).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QProgressBar, QProgressDialog, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from qualcode.core.document import DocumentKind
from qualcode.services.corpus.documents import list_cases
from qualcode.services.corpus.importing import (
    TRANSCRIPT_FORMATS,
    FilePlan,
    ParsedTranscript,
    default_plan,
)
from qualcode.services.corpus.proposals import unlinked_participants
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.import_commands import ImportTranscriptsCommand
from qualcode.ui.dialogs.case_delegate import CaseDelegate
from qualcode.ui.import_jobs import (
    TranscriptImportOutcome,
    parse_for_preview,
    run_transcript_import,
)
from qualcode.ui.models.speaker_plan_model import CASE, SpeakerPlanModel
from qualcode.ui.models.transcript_preview_model import (
    PreviewRow,
    TranscriptPreviewModel,
    error_rows,
)
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text
from qualcode.ui.workers import FunctionWorker, start

KINDS = ((QT_TRANSLATE_NOOP("TranscriptImportDialog", "Interviews"), DocumentKind.INTERVIEW),
         (QT_TRANSLATE_NOOP("TranscriptImportDialog", "Focus groups"), DocumentKind.FOCUS_GROUP),
         (QT_TRANSLATE_NOOP("TranscriptImportDialog", "Field notes"), DocumentKind.FIELD_NOTES))
PATTERNS = " ".join(f"*{ext}" for ext in sorted(TRANSCRIPT_FORMATS))


def file_filter() -> str:
    translate = QCoreApplication.translate
    return (translate("TranscriptImportDialog", "Transcripts") + f" ({PATTERNS});;"
            + translate("TranscriptImportDialog", "All files") + " (*)")
ERROR_STYLE = "color: rgb(200, 30, 30);"


class TranscriptImportDialog(QDialog):
    """Signals: ``preview_ready`` after parsing; ``import_started(worker)``; ``imported(outcome)``;
    ``import_cancelled``; ``import_failed(exc)``."""

    preview_ready = Signal()
    import_started = Signal(object)
    imported = Signal(object)
    import_cancelled = Signal()
    import_failed = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import transcripts"))
        self.resize(980, 680)
        self.paths: list[Path] = []
        self.plans: dict[str, FilePlan] = {}
        self.parse_worker: FunctionWorker | None = None
        self.import_worker: FunctionWorker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.project_cases = [c.key for c in list_cases(session.project)]
        self._build()
        self._update_state()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove file"))
        self.remove_button.setToolTip(self.tr("Leave the selected file out of this import"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.kind_combo = QComboBox()
        for label, _kind in KINDS:
            self.kind_combo.addItem(self.tr(label))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._reset_plans())
        self.case_from_name_box = QCheckBox(self.tr("Case from &file name (P07.docx → case P07)"))
        self.case_from_name_box.toggled.connect(lambda _c: self._reset_plans())
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(QLabel(self.tr("These files are:")))
        top.addWidget(self.kind_combo)
        top.addWidget(self.case_from_name_box)
        top.addStretch(1)
        layout.addLayout(top)

        self.parse_progress = QProgressBar()
        self.parse_progress.setVisible(False)
        layout.addWidget(self.parse_progress)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.file_model = TranscriptPreviewModel(self)
        self.file_view = _table(self.file_model)
        self.file_view.selectionModel().selectionChanged.connect(self._file_selected)
        splitter.addWidget(self.file_view)

        speakers = QWidget()
        box = QVBoxLayout(speakers)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.speaker_title = QLabel(self.tr("Select a file to see its speakers."))
        self.document_case_edit = QLineEdit()
        self.document_case_edit.setPlaceholderText(self.tr("none"))
        self.document_case_edit.setEnabled(False)
        self.document_case_edit.editingFinished.connect(self._document_case_edited)
        head.addWidget(self.speaker_title, 1)
        head.addWidget(QLabel(self.tr("Document's case:")))
        head.addWidget(self.document_case_edit)
        box.addLayout(head)
        self.speaker_model = SpeakerPlanModel(self)
        self.speaker_model.plan_edited.connect(self._plan_edited)
        self.speaker_view = _table(self.speaker_model)
        self.speaker_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.speaker_view.setItemDelegateForColumn(CASE, CaseDelegate(self._known_cases, self.speaker_view))
        box.addWidget(self.speaker_view)
        hint = QLabel(self.tr("Double-click a name or case to change it. Tick the interviewer: their turns count for no case. "
                      "In a focus group, give every participant their own case."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        box.addWidget(hint)
        splitter.addWidget(speakers)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)

        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.skip_bad_box = QCheckBox(self.tr("&Skip files that cannot be read and import the others"))
        self.skip_bad_box.toggled.connect(lambda _c: self._update_state())
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(self.skip_bad_box)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing and parsing --------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose transcripts"), str(Path.home()), file_filter())
        if names:
            self.set_files([*self.paths, *map(Path, names)])

    def set_files(self, paths: list[str | Path]) -> None:
        """Parse ``paths`` for the preview (in a worker); ``preview_ready`` follows."""
        unique = list(dict.fromkeys(Path(p) for p in paths))
        self.paths = unique
        self.status_label.setText(self.tr("Reading %n file(s)…", "", len(unique)))
        self.parse_progress.setRange(0, max(1, len(unique)))
        self.parse_progress.setValue(0)
        self.parse_progress.setVisible(True)
        worker = FunctionWorker(parse_for_preview, list(unique))
        worker.signals.progress.connect(lambda done, total: self.parse_progress.setValue(done))
        worker.signals.finished.connect(self._parsed)
        worker.signals.failed.connect(self._parse_failed)
        self.parse_worker = start(worker, owner=self)
        self._update_state()

    def _parsed(self, results: list[tuple[Path, object]]) -> None:
        self.parse_worker = None
        self.parse_progress.setVisible(False)
        self.file_model.set_results(results)  # type: ignore[arg-type]
        self.status_label.setText("")
        self._reset_plans()
        if self.file_model.rows:
            self.file_view.selectRow(0)
        self.preview_ready.emit()

    def _parse_failed(self, exc: object) -> None:
        self.parse_worker = None
        self.parse_progress.setVisible(False)
        self.status_label.setText(self.tr("The files could not be read: {reason}").format(reason=service_text(str(exc))))
        self._update_state()

    def _reset_plans(self) -> None:
        """Defaults for every readable file (interviewers by name, focus-group speakers as cases)."""
        kind = KINDS[self.kind_combo.currentIndex()][1]
        from_name = self.case_from_name_box.isChecked()
        self.plans = {
            str(row.path): default_plan(row.path, row.parsed, kind, case_from_filename=from_name)
            for row in self.file_model.rows if row.parsed is not None
        }
        self._show_speakers(self._current_row())
        self._update_state()

    def remove_selected(self) -> None:
        rows = self.file_view.selectionModel().selectedRows()
        if not rows or self.parse_worker is not None:
            return
        row = self.file_model.rows[rows[0].row()]
        self.file_model.remove_row(rows[0].row())
        self.paths = [p for p in self.paths if p != row.path]
        self.plans.pop(str(row.path), None)
        self._show_speakers(self._current_row())
        self._update_state()

    # -- the speaker table -----------------------------------------------------------
    def _current_row(self) -> PreviewRow | None:
        rows = self.file_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.file_model.rows[rows[0].row()]

    def _file_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_speakers(self._current_row())
        self._update_state()

    def _show_speakers(self, row: PreviewRow | None) -> None:
        plan = self.plans.get(str(row.path)) if row is not None else None
        parsed: ParsedTranscript | None = row.parsed if row is not None else None
        self.speaker_model.set_plan(plan, parsed.speakers if parsed is not None else None)
        self.document_case_edit.setEnabled(plan is not None)
        self.document_case_edit.setText((plan.case_key or "") if plan is not None else "")
        if row is None:
            self.speaker_title.setText(self.tr("Select a file to see its speakers."))
        elif row.error is not None:
            self.speaker_title.setText(self.tr("{file} cannot be imported: {reason}").format(
                file=row.path.name, reason=service_text(row.error.message)))
        elif parsed is not None and not parsed.turns:
            self.speaker_title.setText(self.tr("{file}: no speaker labels found; the whole text is one document.").format(
                file=row.path.name))
        else:
            n = len(plan.speakers) if plan else 0
            self.speaker_title.setText(self.tr("Speakers in {file} ({n})").format(file=row.path.name, n=n))

    def _plan_edited(self, plan: FilePlan) -> None:
        self.plans[str(plan.path)] = plan

    def _document_case_edited(self) -> None:
        plan = self.speaker_model.plan()
        if plan is None:
            return
        key = self.document_case_edit.text().strip() or None
        if key == plan.case_key:
            return
        # Speakers who counted for the document's case follow it (an interviewee
        # is the document's participant); others keep what the user chose.
        speakers = {name: replace(sp, case_key=key) if sp.case_key == plan.case_key and not sp.is_interviewer
                    and (plan.case_key is not None or plan.kind is not DocumentKind.FOCUS_GROUP) else sp
                    for name, sp in plan.speakers.items()}
        self.plans[str(plan.path)] = replace(plan, case_key=key, speakers=speakers)
        self.speaker_model.set_plan(self.plans[str(plan.path)], self._current_counts())

    def _current_counts(self) -> dict[str, int]:
        row = self._current_row()
        return row.parsed.speakers if row is not None and row.parsed is not None else {}

    def _known_cases(self) -> list[str]:
        keys = dict.fromkeys(self.project_cases)
        for plan in self.plans.values():
            for key in [plan.case_key, *(s.case_key for s in plan.speakers.values())]:
                if key:
                    keys.setdefault(key, None)
        return sorted(keys, key=str.casefold)

    # -- state -------------------------------------------------------------------------
    def good_rows(self) -> list[PreviewRow]:
        return [r for r in self.file_model.rows if r.parsed is not None]

    def _update_state(self) -> None:
        bad = error_rows(self.file_model.rows)
        busy = self.parse_worker is not None or self.import_worker is not None
        self.skip_bad_box.setVisible(bool(bad))
        if bad:
            names = ", ".join(r.path.name for r in bad[:5]) + (" …" if len(bad) > 5 else "")
            n = len(bad)
            action = (self.tr("They will be skipped.") if self.skip_bad_box.isChecked()
                      else self.tr("Import is off until you remove them or tick “Skip files that cannot be read”."))
            self.error_label.setText(self.tr("%n file(s) cannot be read ({names}); see the red rows.", "", n)
                                     .format(names=names) + " " + action)
        else:
            self.error_label.setText("")
        can = bool(self.good_rows()) and (not bad or self.skip_bad_box.isChecked()) and not busy
        self.import_button.setEnabled(can)
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.file_view.selectionModel().hasSelection())
        good = len(self.good_rows())
        self.import_button.setText(self.tr("&Import %n file(s)", "", good) if good else self.tr("&Import"))

    # -- importing ---------------------------------------------------------------------
    def unlinked(self) -> dict[str, list[str]]:
        """File name -> participants (no interviewer) whose turns would count for no case."""
        out: dict[str, list[str]] = {}
        for row in self.good_rows():
            plan = self.plans.get(str(row.path))
            names = unlinked_participants(plan, bool(row.parsed.turns)) if plan and row.parsed else []
            if names:
                out[row.path.name] = names
        return out

    def confirm_unlinked(self, unlinked: dict[str, list[str]]) -> bool:
        """Ask before importing participants linked to no case (tests replace this)."""
        files = list(unlinked)
        shown = "; ".join(f"{f}: {', '.join(unlinked[f])}" for f in files[:5]) + (" …" if len(files) > 5 else "")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Participants without a case"),
                          self.tr("%n file(s) would import participants linked to no case ({shown}). Their coded "
                                  "segments would count for nobody in the case table, the regression and the joint "
                                  "displays.", "", len(files)).format(shown=shown), parent=self)
        box.setInformativeText(self.tr("Go back and give them a case, or tick them as interviewer."))
        back = box.addButton(self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Import &anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is not back

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        unlinked = self.unlinked()
        if unlinked and not self.confirm_unlinked(unlinked):
            self.status_label.setText(self.tr("Not imported yet: give every participant a case (or tick the interviewer)."))
            return
        rows = self.good_rows()
        paths = [str(r.path) for r in rows]
        parsed = {str(r.path): r.parsed for r in rows if r.parsed is not None}
        worker = FunctionWorker(run_transcript_import, self.session.project, paths, parsed=parsed,
                                plans=dict(self.plans), skip_bad=self.skip_bad_box.isChecked())
        progress = QProgressDialog(self.tr("Importing transcripts…"), self.tr("Cancel"), 0, len(paths), self)
        progress.setWindowTitle(self.tr("Import transcripts"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(worker.cancel)
        worker.signals.progress.connect(lambda done, _total: progress.setValue(done))
        worker.signals.finished.connect(self._imported)
        worker.signals.failed.connect(self._import_failed)
        worker.signals.cancelled.connect(self._import_cancelled)
        self.progress_dialog = progress
        self.import_worker = worker
        self._update_state()
        progress.show()
        self.import_started.emit(worker)
        start(worker)

    def _finish_import(self) -> None:
        self.import_worker = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_state()

    def _imported(self, outcome: TranscriptImportOutcome) -> None:
        self._finish_import()
        push_command(self.session, ImportTranscriptsCommand(
            self.session, outcome.document_ids, outcome.created_case_ids, outcome.result.changes))
        n = len(outcome.document_ids)
        self.status_label.setText(self.tr("Imported %n transcript(s). Edit › Undo removes them again.", "", n))
        self.imported.emit(outcome)
        self.accept()

    def _import_failed(self, exc: object) -> None:
        self._finish_import()
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(self.tr("Nothing was imported. {reason}").format(reason=service_text(str(exc))))
        self.import_failed.emit(exc)

    def _import_cancelled(self) -> None:
        self._finish_import()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Import cancelled: nothing was imported, the project is unchanged."))
        self.import_cancelled.emit()


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)
    return view
