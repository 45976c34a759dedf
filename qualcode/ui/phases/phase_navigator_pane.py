"""The phase navigator: Braun & Clarke's six phases as numbered buttons, with what has
been done in each and plain-language guidance. Advisory only — nothing is ever locked:
a phase button only shows that phase's progress.

The current phase (the furthest started) is preselected; complete phases carry a tick.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.services.themes.phases import PhaseStatus, current_phase, phase_progress
from qualcode.ui.session import ProjectSession
from qualcode.ui.phases.phase_texts import done_line, phase_guidance, phase_name


class PhaseNavigatorPane(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.progress: list[PhaseStatus] = []
        self.current = 1
        self.shown = 1
        self._user_chose = False
        self.buttons: list[QToolButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(QLabel("<b>" + self.tr("PHASES") + "</b>"))
        for number in range(1, 7):
            button = QToolButton()
            button.setText(str(number))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"phase_button_{number}")
            self.group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.done = QLabel()
        self.done.setWordWrap(True)
        self.done.setTextFormat(Qt.TextFormat.RichText)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setEnabled(False)  # secondary text, drawn grey
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addWidget(self.done)
        inner.addWidget(self.guidance)
        inner.addStretch(1)
        scroll = QScrollArea()  # a short dock scrolls instead of letting wrapped lines overlap
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # a burst of edits (a merge, an import) refreshes once
        self._timer.timeout.connect(self.refresh)
        session.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        """Recompute progress (a few aggregate queries) and redraw."""
        self.progress = phase_progress(self.session.project)
        self.current = current_phase(self.progress)
        for status, button in zip(self.progress, self.buttons):
            button.setText(f"{status.number}✓" if status.complete else str(status.number))
            font = button.font()
            font.setBold(status.number == self.current)
            button.setFont(font)
            state = (self.tr("complete") if status.complete else self.tr("started") if status.started
                     else self.tr("not started"))
            button.setToolTip(f"{status.number}. {phase_name(status.number, status.name)} ({state})")
        if not self._user_chose:
            self.shown = self.current
        self._dirty = False
        self.show_phase(self.shown)

    def _clicked(self, number: int) -> None:
        self._user_chose = number != self.current
        self.show_phase(number)

    def show_phase(self, number: int) -> None:
        self.shown = number
        self.buttons[number - 1].setChecked(True)
        status = self.progress[number - 1]
        marker = " " + self.tr("(current)") if number == self.current else ""
        self.heading.setText(f"<b>{number}. {html.escape(phase_name(number, status.name))}</b>{marker}")
        items = "".join(f"<li>{html.escape(done_line(item))}</li>" for item in status.done_items)
        self.done.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.guidance.setText(phase_guidance(number, status.guidance))

    def status(self, number: int) -> PhaseStatus:
        return self.progress[number - 1]
