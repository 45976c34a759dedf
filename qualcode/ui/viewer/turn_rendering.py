"""Speaker turns: bold speaker labels, grey timestamps, a thin colour bar per speaker.

The document text keeps its labels (``[00:03:12] P07: ...``) so that offsets stay the
stored ones; we only style them. Labels never change while a document is open, so a
``QSyntaxHighlighter`` (one pass over the blocks, then never again) is cheap enough;
coded segments are painted separately (see ``highlighter``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QWidget

from qualcode.core.document import Turn
from qualcode.ui.text_positions import PositionMap

_TIMESTAMP = re.compile(r"[\[(]?-?\d{1,3}(?::\d{1,2}){1,3}(?:[.,]\d{1,3})?[\])]?")
#: the interviewer's label in English, Russian and Uzbek (Latin and Cyrillic) transcripts ("И:" is the
#: Russian short form, as "I:" is the English one)
_INTERVIEWER = re.compile(r"^(interviewer|moderator|facilitator|researcher|i|интервьюер|модератор|ведущий|ведущая"
                          r"|исследователь|исследовательница|и|intervyuer|tadqiqotchi|тадқиқотчи)$", re.IGNORECASE)
BAR_WIDTH = 4


@dataclass(frozen=True)
class LabelStyle:
    """One styled run of a label, in Qt offsets: ``kind`` is ``speaker`` or ``time``."""

    start: int
    length: int
    kind: str
    block: int = 0  # Qt position of the line (= text block) the run sits on


def label_runs(text: str, turns: list[Turn], positions: PositionMap) -> list[LabelStyle]:
    """Where the speaker name and timestamp of each turn's label sit in ``text``."""
    runs: list[LabelStyle] = []
    for turn in turns:
        line_start = text.rfind("\n", 0, turn.span.start) + 1
        label = text[line_start:turn.span.start]
        if not label.strip():
            continue
        block = positions.to_qt(line_start)
        name_at = label.find(turn.speaker)
        if name_at >= 0:
            a = positions.to_qt(line_start + name_at)
            runs.append(LabelStyle(a, positions.to_qt(line_start + name_at + len(turn.speaker)) - a, "speaker", block))
        for match in _TIMESTAMP.finditer(label):
            a = positions.to_qt(line_start + match.start())
            runs.append(LabelStyle(a, positions.to_qt(line_start + match.end()) - a, "time", block))
    return runs


def speaker_colour(speaker: str, order: int) -> QColor:
    """Muted, distinct hues per speaker; the interviewer is grey so participants stand out."""
    if _INTERVIEWER.match(speaker.strip()):
        return QColor("#9E9E9E")
    return QColor.fromHsl((order * 67 + 200) % 360, 110, 120)


class LabelHighlighter(QSyntaxHighlighter):
    """Bold speaker names, grey timestamps."""

    def __init__(self, document: QTextDocument, runs: list[LabelStyle]) -> None:
        self._by_block: dict[int, list[LabelStyle]] = {}
        # plain-text blocks are the text's lines, so a run's block is its line start
        for run in runs:
            self._by_block.setdefault(run.block, []).append(run)
        self._formats = {"speaker": QTextCharFormat(), "time": QTextCharFormat()}
        self._formats["speaker"].setFontWeight(QFont.Weight.Bold)
        self._formats["time"].setForeground(QColor("#8A8A8A"))
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        runs = self._by_block.get(self.currentBlock().position())
        if runs:
            base = self.currentBlock().position()
            for run in runs:
                self.setFormat(run.start - base, run.length, self._formats[run.kind])


class SpeakerBar(QWidget):
    """The thin left margin: one colour bar beside each visible turn."""

    def __init__(self, parent: QWidget, view: object) -> None:
        super().__init__(parent)
        self.view = view  # the TextView; it supplies turn geometry
        self.turns: list[tuple[int, int, str]] = []  # (qt start, qt end, speaker)
        self.colours: dict[str, QColor] = {}
        self.setFixedWidth(BAR_WIDTH + 4)

    def set_turns(self, turns: list[tuple[int, int, str]]) -> None:
        self.turns = turns
        self.colours = {}
        for _s, _e, speaker in turns:
            if speaker not in self.colours:
                self.colours[speaker] = speaker_colour(speaker, len(self.colours))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.turns:
            return
        painter = QPainter(self)
        for top, bottom, speaker in self.view.visible_turn_extents(self.turns):  # type: ignore[attr-defined]
            painter.fillRect(QRectF(2, top, BAR_WIDTH, max(bottom - top, 2)), self.colours[speaker])
        painter.end()
