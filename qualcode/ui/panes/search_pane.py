"""Project search with keyword-in-context results and "code all hits" (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import code_path
from qualcode.core.errors import QualCodeError
from qualcode.services.codebook.codes import list_codes
from qualcode.services.corpus.documents import list_documents
from qualcode.services.coding.search import Hit, compile_pattern, search_project
from qualcode.ui.assistant.backend import meaning_hits
from qualcode.ui.assistant.index_note import index_note, index_summary_of, wants_index_note
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.bulk_coding_commands import CodeAllHitsCommand
from qualcode.ui.models.kwic_model import KwicModel
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

MODES = ((QT_TRANSLATE_NOOP("SearchPane", "Plain text"), "plain"),
         (QT_TRANSLATE_NOOP("SearchPane", "Whole word"), "word"),
         (QT_TRANSLATE_NOOP("SearchPane", "Any word form (lemma)"), "lemma"),
         (QT_TRANSLATE_NOOP("SearchPane", "Regular expression"), "regex"))
MEANING = "meaning"  # the assistant's search by meaning (qualcode/ui/assistant)
MEANING_TOP = 50  # best passages a meaning search lists
MAX_HITS = 20_000  # beyond this a KWIC list stops being readable; the user narrows the query


class SearchPane(QWidget):
    """Search runs in a worker; the window stays responsive and Cancel stops it."""

    hit_activated = Signal(int, int, int)  # document_id, start, end
    search_finished = Signal(int)  # number of hits

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search all documents…"))
        self.query.setClearButtonEnabled(True)
        self.mode_box = QComboBox()
        for title, mode in MODES:
            self.mode_box.addItem(self.tr(title), mode)
        self.mode_box.addItem(self.tr("By meaning"), MEANING)
        self._show_index_note()
        #: the meaning search run in the worker (see qualcode/ui/assistant/backend.py)
        self.meaning_search = meaning_hits
        self.case_box = QCheckBox(self.tr("Match case"))
        self.search_button = QPushButton(self.tr("Search"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.code_button = QPushButton(self.tr("Code all hits with…"))
        self.code_button.setEnabled(False)
        self.status = QLabel("")
        self.model = KwicModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        for widget in (self.query, self.mode_box, self.case_box, self.search_button, self.cancel_button,
                       self.progress, self.code_button):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.query.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.code_button.clicked.connect(self._choose_code)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.mode_box.currentIndexChanged.connect(
            lambda _index: self.case_box.setEnabled(self.mode_box.currentData() != MEANING))
        session.events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if wants_index_note(changes):  # the index was built (here, in Find more, by the CLI) or documents changed
            self._show_index_note()

    def _show_index_note(self) -> None:
        """The "By meaning" mode says whether its index is ready or the first search builds it."""
        tip = self.tr("Passages that say the same thing in other words (a local model; nothing leaves this computer)")
        note = index_note(index_summary_of(self.session.project), for_search=True)
        self.mode_box.setItemData(self.mode_box.findData(MEANING), f"{tip}\n{note}" if note else tip,
                                  Qt.ItemDataRole.ToolTipRole)

    # -- searching -------------------------------------------------------------------------
    def run_search(self) -> bool:
        """Start a search in the background; False (with the reason shown) if the query is bad."""
        pattern, mode = self.query.text(), self.mode_box.currentData()
        if mode == MEANING:
            return self._run_meaning_search(pattern)
        try:
            compile_pattern(pattern, mode=mode, case_sensitive=self.case_box.isChecked())
        except QualCodeError as exc:
            self.status.setText(service_text(str(exc)))
            return False
        self.cancel_search()
        self._set_running(True)
        self.status.setText(self.tr("Searching…"))
        worker = FunctionWorker(search_project, self.session.project, pattern, mode=mode,
                                case_sensitive=self.case_box.isChecked(), context=60, limit=MAX_HITS)
        # bound methods, not lambdas: Qt drops these connections if the pane is deleted mid-search
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.worker = start(worker, owner=self)
        return True

    def _run_meaning_search(self, query: str) -> bool:
        if not query.strip():
            self.status.setText(self.tr("Type what the passages should say, e.g. felt nobody believed me."))
            return False
        self.cancel_search()
        self._set_running(True)
        self.status.setText(self.tr("Updating the meaning index, then searching…"))
        worker = FunctionWorker(self.meaning_search, self.session.project, query.strip(), top=MEANING_TOP, context=60)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.worker = start(worker, owner=self)
        return True

    def cancel_search(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_running(self, running: bool) -> None:
        self.search_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.code_button.setEnabled(not running and bool(self.model.hits))

    def _progress(self, done: int, total: int) -> None:
        if not self._current():
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _current(self) -> bool:
        """Whether the signal being handled comes from the search still wanted."""
        return self.worker is not None and self.sender() is self.worker.signals

    def _finished(self, hits: list[Hit]) -> None:
        if not self._current():
            return  # a superseded search
        self.worker = None
        names = {doc_id: name for doc_id, name, _kind, _case in list_documents(self.session.project)}
        self.model.set_hits(hits, names)
        self._set_running(False)
        documents = len({h.document_id for h in hits})
        more = self.tr(" (first {limit}; narrow the search)").format(limit=QLocale().toString(MAX_HITS)) \
            if len(hits) >= MAX_HITS else ""
        found = self.tr("%Ln hit(s)", "", len(hits)) + " " + self.tr("in %Ln document(s)", "", documents)
        self.status.setText(found + more if hits else self.tr("No hits."))
        self.search_finished.emit(len(hits))

    def _failed(self, exc: object) -> None:
        if self._current():
            self.worker = None
            self._set_running(False)
            self.status.setText(self.tr("The search failed: {error}").format(error=service_text(str(exc))))
            self.search_finished.emit(-1)

    def _cancelled(self) -> None:
        if self._current():
            self.worker = None
            self._set_running(False)
            self.status.setText(self.tr("Search cancelled."))
            self.search_finished.emit(-1)

    # -- coding ------------------------------------------------------------------------------
    def _choose_code(self) -> None:
        codes = list_codes(self.session.project)
        paths = sorted((code_path(codes, c), c) for c in codes)
        if not paths:
            self.status.setText(self.tr("Add a code to the codebook first."))
            return
        choice, ok = QInputDialog.getItem(self, self.tr("Code all hits"),
                                          self.tr("Code %Ln hit(s) with:", "", len(self.model.hits)),
                                          [p for p, _ in paths], 0, False)
        if ok:
            self.code_all_hits(dict(paths)[choice])

    def code_all_hits(self, code_id: int) -> int:
        """Code every hit with ``code_id`` as ONE undoable command; returns segments created."""
        if not self.model.hits:
            return 0
        codes = list_codes(self.session.project)
        command = CodeAllHitsCommand(self.session, [(h.document_id, h.span) for h in self.model.hits], code_id,
                                     code_path(codes, code_id))
        try:
            push_command(self.session, command)
        except QualCodeError as exc:
            self.status.setText(service_text(str(exc)))
            return 0
        created = len(command.created or [])
        skipped = len(self.model.hits) - created
        self.status.setText(self.tr("Coded %Ln hit(s) with {code}", "", created).format(code=code_path(codes, code_id))
                            + (self.tr("; %Ln already coded.", "", skipped) if skipped else "."))
        return created

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.data(index, Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.hit_activated.emit(hit.document_id, hit.span.start, hit.span.end)
