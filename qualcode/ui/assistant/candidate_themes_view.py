"""Candidate themes (Braun & Clarke phase 3): the assistant groups codes whose segments mean
similar things; the researcher names a grouping and accepts it as a candidate theme (one undo
step) or ignores it. Nothing becomes a theme by itself."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.assistant import backend
from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

if TYPE_CHECKING:  # the assistant's services load NumPy: imported when themes are proposed or accepted
    from qualcode.services.assistant.candidate_themes import (
        CandidateGrouping,
        CandidateThemes,
    )


class CandidateThemesView(QWidget):
    """Proposed groupings of codes, each with its codes and most typical quotes."""

    proposals_ready = Signal(int)  # groupings proposed (-1: failed or cancelled)
    quote_activated = Signal(int, int, int)  # document_id, start, end

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.groupings: list[CandidateGrouping] = []
        #: the worker function (tests swap in one with a stand-in embedder)
        self.proposer: Callable[..., CandidateThemes] = backend.propose
        self.propose_button = QPushButton(self.tr("Propose candidate themes"))
        self.propose_button.setToolTip(self.tr(
            "Group the codes by what their coded segments mean (a local model; nothing leaves this computer)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(180)
        self.status = QLabel(self.tr("Proposals are prompts: read the quotes, then accept, rename or ignore."))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Groupings of codes, most cohesive first"))
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(self.tr("The candidate theme's name; the suggestion comes from its typical words"))
        self.codes_label = QLabel()
        self.codes_label.setWordWrap(True)
        self.codes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quotes = QTextBrowser()
        self.quotes.setOpenLinks(False)
        self.quotes.anchorClicked.connect(self._quote_clicked)
        self.accept_button = QPushButton(self.tr("Accept as candidate theme"))
        # Enter in the name field accepts too (Ctrl+Return is the regression panel's Run)
        self.accept_button.setToolTip(self.tr("Create a candidate theme with these codes (or Enter in the name field; "
                                              "Ctrl+Z undoes)"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.ignore_button.setToolTip(self.tr("Hide this grouping; nothing is changed"))
        self._build_layout()
        self.propose_button.clicked.connect(self.propose)
        self.cancel_button.clicked.connect(self.cancel)
        self.list.currentRowChanged.connect(self._show)
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.ignore_button.clicked.connect(self.ignore_current)
        self.name_edit.returnPressed.connect(lambda: self.accept_current())
        self._show(-1)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.propose_button, self.cancel_button, self.progress):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        detail = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Codes:"), self.codes_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.ignore_button)
        buttons.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Most typical quotes (closest to the grouping's centre):")))
        detail_layout.addWidget(self.quotes, 1)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # -- proposing -------------------------------------------------------------------------
    def propose(self) -> None:
        self.cancel()
        self.propose_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Reading the coded segments…"))
        worker = FunctionWorker(self.proposer, self.session.project)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.worker = start(worker, owner=self)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _mine(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _stop(self) -> None:
        self.worker = None
        self.propose_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)

    def _progress(self, done: int, total: int) -> None:
        if self._mine():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _finished(self, result: CandidateThemes) -> None:
        if not self._mine():
            return
        self._stop()
        self.set_result(result)
        self.proposals_ready.emit(len(result.groupings))

    def _failed(self, exc: object) -> None:
        if self._mine():
            self._stop()
            self.status.setText(self.tr("Could not propose candidate themes: %1").replace("%1", service_text(str(exc))))
            self.proposals_ready.emit(-1)

    def _cancelled(self) -> None:
        if self._mine():
            self._stop()
            self.status.setText(self.tr("Cancelled."))
            self.proposals_ready.emit(-1)

    def set_result(self, result: CandidateThemes) -> None:
        self.groupings = list(result.groupings)
        self.list.clear()
        for grouping in self.groupings:
            item = QListWidgetItem(self.tr("%1\n%n code(s) · cohesion %2", "", len(grouping.code_ids))
                                   .replace("%1", grouping.suggested_name).replace("%2", f"{grouping.cohesion:.2f}"))
            item.setToolTip("\n".join(grouping.code_names))
            self.list.addItem(item)
        if self.groupings:
            self.status.setText(
                self.tr("%n grouping(s) of %1 codes with segments (cut: %2; model: %3).", "", len(self.groupings))
                .replace("%1", str(result.codes_clustered)).replace("%2", result.cut).replace("%3", result.model))
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No groupings: %1.").replace("%1", result.cut))
            self._show(-1)

    # -- one grouping ----------------------------------------------------------------------
    def current(self) -> CandidateGrouping | None:
        row = self.list.currentRow()
        return self.groupings[row] if 0 <= row < len(self.groupings) else None

    def _show(self, row: int) -> None:
        grouping = self.groupings[row] if 0 <= row < len(self.groupings) else None
        for widget in (self.name_edit, self.accept_button, self.ignore_button):
            widget.setEnabled(grouping is not None)
        if grouping is None:
            self.name_edit.clear()
            self.codes_label.clear()
            self.quotes.clear()
            return
        self.name_edit.setText(grouping.suggested_name)
        on_themes = sorted({t.name for t in list_themes(self.session.project)
                            if set(t.code_ids) & set(grouping.code_ids)})
        codes = " · ".join(grouping.code_names)
        if on_themes:
            codes += "\n" + self.tr("Already on: %1").replace("%1", ", ".join(on_themes))
        self.codes_label.setText(codes)
        parts = []
        similarity, typical = html.escape(self.tr("similarity")), html.escape(self.tr("Typical words"))
        for quote in grouping.quotes:
            link = f"quote:{quote.document_id}:{quote.start}:{quote.end}"
            parts.append(
                f'<p><i>“{html.escape(quote.text)}”</i><br><span style="color:#555">'
                f'{html.escape(quote.code)} · <a href="{link}">{html.escape(quote.document)}</a> · '
                f'{similarity} {quote.similarity:.2f}</span></p>')
        if grouping.lemmas:
            parts.append(f"<p><b>{typical}</b>: "
                         f"{html.escape(', '.join(grouping.lemmas))}</p>")
        self.quotes.setHtml("".join(parts))

    def _quote_clicked(self, url: Any) -> None:
        parts = url.toString().split(":")
        if len(parts) == 4 and parts[0] == "quote":
            self.quote_activated.emit(int(parts[1]), int(parts[2]), int(parts[3]))

    def accept_current(self, name: str | None = None) -> bool:
        """Accept the current grouping as a candidate theme (one undoable command)."""
        grouping = self.current()
        if grouping is None:
            return False
        name = (name if name is not None else self.name_edit.text()).strip()
        if not name:
            self.status.setText(self.tr("Give the candidate theme a name first."))
            self.name_edit.setFocus()
            return False
        from qualcode.services.assistant.candidate_themes import (
            AcceptCandidateThemeOperation,
        )

        operation = AcceptCandidateThemeOperation(self.session.project, grouping, name)
        try:
            push_command(self.session, OperationCommand(self.session, operation, initiator=self))
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            show_error(self, self.tr("Could not create the candidate theme"), exc)
            return False
        self._remove_current()
        self.status.setText(self.tr("Created the candidate theme %1 (Ctrl+Z undoes).").replace("%1", name))
        return True

    def ignore_current(self) -> None:
        if self.current() is not None:
            self._remove_current()
            self.status.setText(self.tr("Ignored; propose again to see every grouping."))

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        self.groupings.pop(row)
        self.list.takeItem(row)
        self._show(self.list.currentRow())
