"""Reviewing a theme (phase 4): every segment of the theme across the data set, grouped
by case, with its prevalence (cases n/N) and the thin / overlapping warnings.
Double-click an extract to open it in the text."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.theme import ThemeStatus
from qualcode.services.themes.theme_review import ThemeReview, theme_review
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.theme_review_model import SEGMENT_ROLE, ThemeReviewModel
from qualcode.ui.themes.theme_status_titles import status_title


class ThemeReviewView(QWidget):
    segment_activated = Signal(int, int, int)  # document id, start, end
    define_requested = Signal(int)
    mark_reviewed_requested = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review: ThemeReview | None = None
        self.model = ThemeReviewModel(self)
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(lambda _i: self._load())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.reviewed_button = QPushButton(self.tr("Mark as reviewed"))
        self.reviewed_button.clicked.connect(self._mark_reviewed)
        self.define_button = QPushButton(self.tr("Define and name…"))
        self.define_button.clicked.connect(lambda: self.theme_id and self.define_requested.emit(self.theme_id))
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self._activated)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Theme:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.reviewed_button)
        top.addWidget(self.define_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._dirty = True
        self._filled = False  # read when first shown (or used), not when the window is built
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        session.events.changed.connect(self._on_changed)

    @property
    def theme_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def _on_changed(self, changes: Changes) -> None:
        if changes.themes or changes.codes or changes.segments or changes.cases or changes.documents:
            self._dirty = True
            if self.isVisible():
                self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._filled:
            self.refresh()  # first shown: filled before the frame that shows it
        elif self._dirty:
            self._timer.start()

    def ensure_filled(self) -> None:
        """Read the project now if this was never shown (it is filled when first shown, so a
        window opens without reading what its hidden tabs would show)."""
        if not self._filled:
            self.refresh()

    def refresh(self) -> None:
        current = self.theme_id
        themes = list_themes(self.session.project)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for theme in themes:
            self.chooser.addItem(theme.name, theme.id)
        index = self.chooser.findData(current) if current is not None else 0
        self.chooser.setCurrentIndex(max(index, 0) if themes else -1)
        self.chooser.blockSignals(False)
        self._dirty = False
        self._filled = True
        self._load()

    def show_theme(self, theme_id: int) -> None:
        if self._dirty:
            self.refresh()
        index = self.chooser.findData(theme_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
            self._load()

    def _load(self) -> None:
        theme_id = self.theme_id
        if theme_id is None:
            self.review = None
            self.model.set_groups(())
            self.summary.setText(self.tr("No themes yet. Create one on the board and drag codes onto it."))
            self.reviewed_button.setEnabled(False)
            self.define_button.setEnabled(False)
            return
        self.review = theme_review(self.session.project, theme_id)
        self.model.set_groups(self.review.groups)
        self.tree.expandAll()
        self.summary.setText(self.summary_html(self.review))
        self.reviewed_button.setEnabled(self.review.theme.status is ThemeStatus.CANDIDATE)
        self.define_button.setEnabled(True)

    def summary_html(self, review: ThemeReview) -> str:
        cov = review.coverage
        segments = self.tr("%n segment(s)", "", cov.segments)
        documents = self.tr("in %n document(s)", "", cov.documents)
        cases = self.tr("{covered}/%n case(s)", "", cov.cases_total).format(covered=cov.cases_covered)
        counts = f"{segments} {documents}, {cases}"
        parts = [f"<b>{html.escape(review.theme.name)}</b> ({html.escape(status_title(review.theme.status))}) — "
                 + html.escape(counts)]
        if cov.thin:
            thin = self.tr("thin")
            advice = self.tr("found in fewer than 20 % of cases: merge it into another theme, "
                             "or check whether it matters anyway.")
            parts.append(f'<span style="background-color:#F0E442;">&nbsp;{html.escape(thin)}&nbsp;</span> '
                         + html.escape(advice))
        for other, share in sorted(cov.overlapping.items()):
            name = review.overlap_names.get(other, "?")
            chip = self.tr("overlaps {theme}").format(theme=name)
            advice = self.tr("{percent} % of its segments co-occur with {theme}: are they one theme?").format(
                percent=f"{100 * share:.0f}", theme=name)
            parts.append(f'<span style="background-color:#E69F00;">&nbsp;{html.escape(chip)}&nbsp;</span> '
                         + html.escape(advice))
        if review.theme.definition.strip():
            definition = self.tr("Definition:")
            parts.append(f"<i>{html.escape(definition)}</i> {html.escape(review.theme.definition)}")
        return "<br>".join(parts)

    def _activated(self, index: QModelIndex) -> None:
        row = index.sibling(index.row(), 0).data(SEGMENT_ROLE)
        if row is not None:
            self.segment_activated.emit(int(row["document_id"]), int(row["start"]), int(row["end"]))

    def _mark_reviewed(self) -> None:
        if self.theme_id is not None:
            self.mark_reviewed_requested.emit(self.theme_id)
