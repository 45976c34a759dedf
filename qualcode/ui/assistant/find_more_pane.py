""""Find more like these": passages that mean what a code's segments mean, for the coder to
accept (a normal segment, one undo step), reject or skip. The assistant never codes by itself.

The index is brought up to date in a worker (progress bar, Cancel); each suggestion shows its
score and why: the closest coded segment and the matched words, highlighted in the passage.
Selecting a suggestion shows it in the document viewer (``suggestion_activated``).

A passage said word for word in several places is listed once and says where else it is
("also in 3 other places", the places in the tooltip and as links in the why panel).
Enter codes the passage shown; Shift+Enter codes it in every place, as one undo step (the
same words can mean something else in another interview, so coding them all is asked for,
never implied). Ctrl+Z of an accept puts the passage back at its rank; redo takes it off.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import code_path
from qualcode.services.codebook.codes import list_codes
from qualcode.ui.assistant import backend
from qualcode.ui.assistant.backend import SuggestionView
from qualcode.ui.assistant.index_note import index_note, index_summary_of, wants_index_note
from qualcode.ui.commands.base import push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

MARK = "background-color:#ffe08a; font-weight:600;"


def marked_html(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """``text`` as HTML with the ``marks`` spans highlighted (everything else escaped)."""
    out, last = [], 0
    for start, end in sorted(marks):
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="{MARK}">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class FindMorePane(QWidget):
    """Suggestions for the chosen code, with Accept (Enter), Reject (R / Delete) and Skip (S)."""

    suggestion_activated = Signal(int, int, int)  # document_id, start, end
    suggestions_ready = Signal(int)  # how many (-1: failed or cancelled)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.views: list[SuggestionView] = []
        #: accepted suggestions of the list shown, with their operations: undo puts them back
        self.accepted: list[tuple[SuggestionView, Any]] = []
        self.searched_code: int | None = None
        #: the worker function (tests may swap it); receives (project, code_id, top=...)
        self.finder: Callable[..., list[Any]] = backend.find_more_like
        self.code_box = QComboBox()
        self.code_box.setMinimumContentsLength(26)
        self.code_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code_box.setToolTip(self.tr("The code to find more passages for (follows the codebook selection)"))
        self.find_button = QPushButton(self.tr("Find more like these"))
        self.find_button.setToolTip(self.tr(
            "Update the meaning index (only changed documents) and list uncoded passages that resemble "
            "this code's segments and definition. Runs on this computer only."))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(180)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Document"), "", self.tr("Passage")])
        copies_header = QTableWidgetItem(self.tr("Copies"))
        copies_header.setToolTip(self.tr("Other places where the passage is said word for word; it is listed once"))
        self.table.setHorizontalHeaderItem(2, copies_header)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # more rows in view
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.why = QTextBrowser()
        self.why.setOpenLinks(False)
        self.why.anchorClicked.connect(self._link_clicked)
        self.why.setPlaceholderText(self.tr("Select a suggestion to see why it was suggested."))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Code this passage with the code (Enter). Ctrl+Z takes it back."))
        self.accept_all_button = QPushButton(self.tr("Accept in all places"))
        self.accept_all_button.setToolTip(self.tr(
            "Code this passage and its word-for-word copies with the code (Shift+Enter). "
            "One Ctrl+Z takes them all back."))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setToolTip(self.tr("Not an instance of this code; the decision is recorded (R or Delete)"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Decide later; go to the next suggestion (S)"))
        self._build_layout()
        self._wire()
        self.reload_codes()
        self._update_buttons()
        self._show_index_note()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Code:")))
        bar.addWidget(self.code_box)
        for widget in (self.find_button, self.cancel_button, self.progress):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.accept_all_button, self.reject_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.why, 1)
        side_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        self.find_button.clicked.connect(self.find_more)
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_current_everywhere)
        self.reject_button.clicked.connect(self.reject_current)
        self.skip_button.clicked.connect(self.skip_current)
        self.table.currentCellChanged.connect(self._current_changed)
        self.table.cellClicked.connect(lambda row, _col: self._show_in_viewer(row))
        # actions, not bare shortcuts, so Help > Keyboard shortcuts lists them; only while the pane has focus
        for text, keys, slot in ((self.tr("Accept suggestion"), ("Return", "Enter"), self.accept_current),
                                 (self.tr("Accept suggestion in all places"), ("Shift+Return", "Shift+Enter"),
                                  self.accept_current_everywhere),
                                 (self.tr("Reject suggestion"), ("R", "Delete"), self.reject_current),
                                 (self.tr("Skip suggestion"), ("S",), self.skip_current)):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
        self._keys = {Qt.Key.Key_Return: self.accept_current, Qt.Key.Key_Enter: self.accept_current,
                      Qt.Key.Key_R: self.reject_current, Qt.Key.Key_Delete: self.reject_current,
                      Qt.Key.Key_S: self.skip_current}
        self._shift_keys = {Qt.Key.Key_Return: self.accept_current_everywhere,
                            Qt.Key.Key_Enter: self.accept_current_everywhere}
        self.table.installEventFilter(self)  # the list eats Enter itself; take the keys first
        self.session.events.changed.connect(self._on_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            keys = self._keys if not modifiers else self._shift_keys \
                if modifiers == Qt.KeyboardModifier.ShiftModifier else {}
            slot = keys.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- codes -----------------------------------------------------------------------------
    def reload_codes(self) -> None:
        current = self.code_id
        codes = list_codes(self.session.project)
        self.code_box.blockSignals(True)
        self.code_box.clear()
        for path, code_id in sorted((code_path(codes, c), c) for c in codes):
            self.code_box.addItem(path, code_id)
        self.code_box.blockSignals(False)
        if current is not None:
            self.set_code(current)

    @property
    def code_id(self) -> int | None:
        data = self.code_box.currentData()
        return int(data) if data is not None else None

    def set_code(self, code_id: int | None) -> None:
        """Follow the codebook: the code whose segments the next search starts from."""
        if code_id is None:
            return
        index = self.code_box.findData(code_id)
        if index >= 0:
            self.code_box.setCurrentIndex(index)

    def _on_changed(self, changes: Changes) -> None:
        if changes.codes:
            self.reload_codes()
        if changes.segments and self.accepted:
            self._follow_undo()
        if wants_index_note(changes) and self.worker is None:  # a search of ours says what it did itself
            if not self.views:
                self._show_index_note()
            elif changes.assistant_index:  # built elsewhere (the search pane, the command line)
                self.status.setText(self.tr("The meaning index was updated since this list was made: "
                                            "Find more again to include the changed documents."))

    def _show_index_note(self) -> None:
        """Before a search (or when the list is empty): what to do, and whether the index is ready."""
        note = index_note(index_summary_of(self.session.project), for_search=False)
        self.status.setText(" ".join(t for t in (self.tr("Choose a code and press Find more like these."), note) if t))

    # -- finding ---------------------------------------------------------------------------
    def find_more(self) -> bool:
        code_id = self.code_id
        if code_id is None:
            self.status.setText(self.tr("Add a code to the codebook first."))
            return False
        self.cancel()
        self._set_running(True)
        self.status.setText(self.tr("Updating the meaning index…"))
        worker = FunctionWorker(self.finder, self.session.project, code_id, top=20)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.searched_code = code_id
        self.worker = start(worker, owner=self)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _current_worker(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _set_running(self, running: bool) -> None:
        self.find_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        if self._current_worker():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _finished(self, suggestions: list[Any]) -> None:
        if not self._current_worker():
            return
        self.worker = None
        self._set_running(False)
        self.set_suggestions(backend.views_of(self.session.project, suggestions))
        code = self.code_box.itemText(max(self.code_box.findData(self.searched_code), 0))
        if self.views:
            self.status.setText(self.tr("%n suggestion(s) for %1, best first. Enter accepts, R rejects, S skips.",
                                        "", len(self.views)).replace("%1", code))
        else:
            self.status.setText(self.tr("No uncoded passages resemble %1.").replace("%1", code))
        self.suggestions_ready.emit(len(self.views))

    def _failed(self, exc: object) -> None:
        if self._current_worker():
            self.worker = None
            self._set_running(False)
            self.status.setText(self.tr("Could not find suggestions: %1").replace("%1", service_text(str(exc))))
            self.suggestions_ready.emit(-1)

    def _cancelled(self) -> None:
        if self._current_worker():
            self.worker = None
            self._set_running(False)
            self.status.setText(self.tr("Cancelled; the index keeps what was done and continues next time."))
            self.suggestions_ready.emit(-1)

    # -- the list --------------------------------------------------------------------------
    def set_suggestions(self, views: list[SuggestionView]) -> None:
        self.views = list(views)
        self.accepted = []
        self.table.setRowCount(0)
        for row, view in enumerate(self.views):
            self._insert_row(row, view)
        if self.views:
            self.table.setCurrentCell(0, 3)
        else:
            self.why.clear()
        self._update_buttons()

    def _insert_row(self, row: int, view: SuggestionView) -> None:
        self.table.insertRow(row)
        score = QTableWidgetItem(f"{view.score:.2f}")
        score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        passage = QTableWidgetItem(" ".join(view.text.split()))
        passage.setToolTip(view.text)
        copies = QTableWidgetItem(self.copies_text(view))
        if view.copies:
            copies.setToolTip(self.tr("Said word for word also in:") + "\n" + "\n".join(_place_names(view)))
        for column, item in enumerate((score, QTableWidgetItem(view.document), copies, passage)):
            self.table.setItem(row, column, item)

    def copies_text(self, view: SuggestionView) -> str:
        """"also in 3 other places", or "" for a passage said once."""
        return self.tr("also in %n other place(s)", "", len(view.copies)) if view.copies else ""

    def current(self) -> SuggestionView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _current_changed(self, row: int, _column: int, _prev_row: int, _prev_column: int) -> None:
        self._show_why(row)
        self._show_in_viewer(row)
        self._update_buttons()

    def _show_why(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            self.why.clear()
            return
        view = self.views[row]
        score_label, closest_label = html.escape(self.tr("Score")), html.escape(self.tr("Closest coded segment"))
        matched_label = html.escape(self.tr("Matched words"))
        no_words = html.escape(self.tr("No shared words: suggested for its meaning alone."))
        parts = [f"<p style='margin:0'>{marked_html(view.text, view.marks)}</p>",
                 f"<p style='margin:4px 0'><b>{score_label}</b> {view.score:.2f} · "
                 f"{html.escape(view.document)}</p>"]
        if view.copies:
            said = html.escape(self.tr("Said word for word in %n other place(s)", "", len(view.copies)))
            links = ", ".join(f'<a href="{self.copy_link(i).toString()}">{html.escape(name)}</a>'
                              for i, name in enumerate(_place_names(view, each=True)))
            hint = html.escape(self.tr("Shift+Enter codes them all; click a place to see it."))
            parts.append(f"<p style='margin:4px 0'><b>{said}</b>: {links}. <i>{hint}</i></p>")
        if view.closest_text:
            where = f" ({html.escape(view.closest_document)})" if view.closest_document else ""
            parts.append(f"<p style='margin:4px 0'><b>{closest_label}</b>{where}: "
                         f"<i>“{html.escape(view.closest_text)}”</i></p>")
        if view.lemmas:
            words = ", ".join(f'<span style="{MARK}">{html.escape(w)}</span>' for w in view.lemmas)
            parts.append(f"<p style='margin:4px 0'><b>{matched_label}</b>: {words}</p>")
        else:
            parts.append(f"<p>{no_words}</p>")
        keywords = getattr(view.suggestion, "keywords", ())
        if keywords:
            raised_label = html.escape(self.tr("Ranked higher for the code's words"))
            parts.append(f"<p style='margin:4px 0'><b>{raised_label}</b>: {html.escape(', '.join(keywords))}</p>")
        self.why.setHtml("".join(parts))

    @staticmethod
    def copy_link(index: int) -> QUrl:
        """The why panel's link to the ``index``-th copy of the current suggestion."""
        return QUrl(f"copy:{index}")

    def _link_clicked(self, url: QUrl) -> None:
        view = self.current()
        if view is None or url.scheme() != "copy":
            return
        try:
            place = view.copies[int(url.path())]
        except (ValueError, IndexError):
            return
        self.suggestion_activated.emit(place.document_id, place.start, place.end)

    def _show_in_viewer(self, row: int) -> None:
        if 0 <= row < len(self.views):
            view = self.views[row]
            self.suggestion_activated.emit(view.document_id, view.start, view.end)

    def _update_buttons(self) -> None:
        view = self.current()
        has = view is not None and self.searched_code is not None
        for button in (self.accept_button, self.reject_button, self.skip_button):
            button.setEnabled(has)
        copies = len(view.copies) if view is not None else 0
        self.accept_all_button.setEnabled(has and copies > 0)
        self.accept_all_button.setText(self.tr("Accept in all %n places", "", copies + 1) if copies
                                       else self.tr("Accept in all places"))

    def _drop_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.views):
            return
        self.views.pop(row)
        self.table.removeRow(row)
        if self.views:
            self.table.setCurrentCell(min(row, len(self.views) - 1), 3)
        else:
            self.why.clear()
            self.status.setText(self.tr("All suggestions decided. Find more to see the next ones."))
        self._update_buttons()

    # -- decisions -------------------------------------------------------------------------
    def accept_current(self) -> bool:
        """Code the current suggestion with the code: one command on the undo stack."""
        return self._accept(with_copies=False)

    def accept_current_everywhere(self) -> bool:
        """Code the current suggestion and its word-for-word copies: still one undo step."""
        view = self.current()
        if view is None or not view.copies:
            return False
        return self._accept(with_copies=True)

    def _accept(self, *, with_copies: bool) -> bool:
        view, code_id = self.current(), self.searched_code
        if view is None or code_id is None:
            return False
        command = backend.accept_command(self.session, view.suggestion, code_id, initiator=self,
                                         with_copies=with_copies)
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            show_error(self, self.tr("Could not code the passage"), exc)
            return False
        self.accepted.append((view, command.operation))
        self._drop_current()
        return True

    def _follow_undo(self) -> None:
        """Put an accepted passage back at its rank when its accept was undone; take it off on redo."""
        current = self.current()
        for view, operation in self.accepted:
            listed = view in self.views
            if not operation.applied and not listed:
                row = sum(1 for v in self.views if v.rank < view.rank)
                self.views.insert(row, view)
                self._insert_row(row, view)
                current = view
                self.status.setText(self.tr("Undone: the passage is back in the list."))
            elif operation.applied and listed:
                row = self.views.index(view)
                self.views.pop(row)
                self.table.removeRow(row)
                if current is view:
                    current = self.views[min(row, len(self.views) - 1)] if self.views else None
        if current is not None and current in self.views:
            self.table.setCurrentCell(self.views.index(current), 3)
        self._show_why(self.table.currentRow())  # the row number may be the same with another passage in it
        self._update_buttons()

    def reject_current(self) -> bool:
        """Record that the passage is not an instance of the code; go to the next one."""
        return self._decide(backend.reject)

    def skip_current(self) -> bool:
        """Leave the passage undecided for now (recorded as skipped); go to the next one."""
        return self._decide(backend.skip)

    def _decide(self, decide: Callable[..., object]) -> bool:
        view, code_id = self.current(), self.searched_code
        if view is None or code_id is None:
            return False
        try:
            decide(self.session, view.suggestion, code_id, initiator=self)
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            show_error(self, self.tr("Could not record the decision"), exc)
            return False
        self._drop_current()
        return True


def _place_names(view: SuggestionView, *, each: bool = False) -> list[str]:
    """The documents of a suggestion's copies: one name per place (``each``), else one line per
    document with its count ("P03 (2 places)")."""
    names = [place.document for place in view.copies]
    if each:
        return names
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return [name if n == 1 else QCoreApplication.translate("FindMorePane", "%1 (%n place(s))", "", n).replace(
        "%1", name) for name, n in counts.items()]
