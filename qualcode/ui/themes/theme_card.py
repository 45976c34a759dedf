"""One theme on the board: name, its codes as chips, cases covered (19/27), warning chips.

Codes dragged from the codebook (``CODE_MIME``) are dropped onto the card; the card
only reports them (``codes_dropped``) and the board pushes the undo command. A card can
itself be dragged (``THEME_MIME``) to another column (status) or onto the map.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragMoveEvent, QDropEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.codebook import Code
from qualcode.core.theme import Theme
from qualcode.core.theme_review import ThemeCoverage
from qualcode.ui.models.codebook_model import CODE_MIME

THEME_MIME = "application/x-qualcode-theme-ids"


def decode_ids(data: QMimeData, mime: str) -> list[int]:
    """The ids carried by a drag ("3,7,12"), or [] when the format is absent or garbled."""
    if not data.hasFormat(mime):
        return []
    raw = bytes(data.data(mime).data()).decode(errors="replace")
    try:
        return [int(p) for p in raw.split(",") if p.strip()]
    except ValueError:
        return []


def encode_ids(ids: list[int], mime: str) -> QMimeData:
    data = QMimeData()
    data.setData(mime, QByteArray(",".join(map(str, ids)).encode()))
    return data


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (#rrggbb; WCAG luminance)."""
    channels = [int(background[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return "#000000" if luminance > 0.179 else "#ffffff"


def _chip(text: str, background: str, unbroken: bool | None = None) -> str:
    """One chip as rich text. ``unbroken`` (default: the name is short) keeps its words on one
    line; otherwise the chip may wrap between its words."""
    foreground = text_colour_on(background)
    body = html.escape(text)
    if unbroken if unbroken is not None else len(text) <= CHIP_UNBROKEN:
        # Qt's rich text ignores white-space:nowrap on a span
        body = body.replace(" ", "&nbsp;").replace("-", "\u2011")  # non-breaking space and hyphen
    return (f'<span style="background-color:{background}; color:{foreground};">'
            f'&nbsp;{body}&nbsp;</span>')


CHIP_UNBROKEN = 32  # characters: longer names may wrap between their words (when no width is known)
CHIP_MIN_WIDTH = 48  # px: a card may be narrower than its widest chip (the chip is then cut, see ChipLabel)


class ChipLabel(QLabel):
    """Chips (text, colour) wrapped to the label's width, so a card never claims more width than
    its column has (the board's columns share the window's width; none scrolls sideways).

    A chip wraps as one piece: the line breaks between chips, never inside a name that fits on
    a line. A name wider than the label breaks between its words, and a word wider than the label
    is cut with "…" at the right; the tooltip then names every chip in full."""

    def __init__(self, chips: list[tuple[str, str]], empty: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips = list(chips)
        self.empty = empty
        self.cut = False
        self._width = -1
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumWidth(CHIP_MIN_WIDTH)  # not the widest chip's width: see the class doc
        self._render(10_000)  # the whole names until the label is laid out

    def _render(self, width: int) -> None:
        self._width = width
        if not self.chips:
            self.setText(self.empty)
            self.setToolTip("")
            return
        metrics = self.fontMetrics()
        room = width - 2 * metrics.horizontalAdvance("\xa0") - 2  # the chip's padding, rounding
        parts, self.cut = [], False
        for text, background in self.chips:
            if metrics.horizontalAdvance(text) <= room:
                parts.append(_chip(text, background, unbroken=True))
                continue
            words = [metrics.elidedText(w, Qt.TextElideMode.ElideRight, max(room, 1)) for w in text.split(" ")]
            self.cut = self.cut or words != text.split(" ")
            parts.append(_chip(" ".join(words), background, unbroken=False))
        self.setText(" ".join(parts))
        self.setToolTip("\n".join(t for t, _ in self.chips) if self.cut else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self.contentsRect().width()
        if width != self._width:
            self._render(width)


class ThemeCard(QFrame):
    codes_dropped = Signal(int, list)  # theme id, code ids
    theme_dropped = Signal(int, int)  # this (parent) theme id, the dropped theme's id
    activated = Signal(int)  # double-click: define and name
    menu_requested = Signal(int, QPoint)  # theme id, global position

    def __init__(self, theme: Theme, codes: dict[int, Code], coverage: ThemeCoverage | None,
                 overlap_names: dict[int, str], depth: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setObjectName(f"theme_card_{theme.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setContentsMargins(16 * depth, 0, 0, 0)
        self._press: QPoint | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        prefix = "↳ " if depth else ""
        self.title = QLabel(f"<b>{prefix}{html.escape(theme.name)}</b>")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        names = [codes[c] for c in theme.code_ids if c in codes]
        self.codes_label = ChipLabel([(c.name, c.colour) for c in names],
                                     "<i>" + html.escape(self.tr("Drop codes here")) + "</i>")
        layout.addWidget(self.codes_label)
        self.coverage_label = QLabel(self._coverage_text(coverage))
        self.coverage_label.setEnabled(False)  # secondary information, drawn grey
        self.coverage_label.setWordWrap(True)  # "40/69 случаев · 65 фрагментов" is wider than the English
        layout.addWidget(self.coverage_label)
        self.warnings = self._warnings(coverage, overlap_names)
        self.warnings_label = ChipLabel(self.warnings)
        self.warnings_label.setVisible(bool(self.warnings))
        layout.addWidget(self.warnings_label)
        if theme.definition.strip():
            self.setToolTip(theme.definition)

    def _coverage_text(self, coverage: ThemeCoverage | None) -> str:
        if coverage is None:
            return ""
        cases = self.tr("{covered}/%n case(s)", "", coverage.cases_total)
        segments = self.tr("%n segment(s)", "", coverage.segments)
        # a narrow card breaks the line between the two counts, never inside one
        return cases.format(covered=coverage.cases_covered).replace(" ", "\xa0") + " · " + segments.replace(" ", "\xa0")

    def _warnings(self, coverage: ThemeCoverage | None, names: dict[int, str]) -> list[tuple[str, str]]:
        if coverage is None:
            return []
        out = []
        if coverage.thin:
            out.append((self.tr("thin"), "#F0E442"))  # Okabe-Ito yellow: attention, not error
        for other, share in sorted(coverage.overlapping.items()):
            out.append((self.tr("overlaps {theme} ({percent} %)").format(
                theme=names.get(other, "?"), percent=f"{100 * share:.0f}"), "#E69F00"))
        return out

    @property
    def warning_texts(self) -> list[str]:
        return [w for w, _ in self.warnings]

    # -- drops of codes --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        data = event.mimeData()
        dropped = decode_ids(data, THEME_MIME)
        if data.hasFormat(CODE_MIME) or (dropped and dropped[0] != self.theme.id):
            event.acceptProposedAction()
        else:
            event.ignore()  # anything else goes to the column behind

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        ids = decode_ids(event.mimeData(), CODE_MIME)
        dropped = decode_ids(event.mimeData(), THEME_MIME)
        if ids:
            event.acceptProposedAction()
            self.codes_dropped.emit(self.theme.id, ids)
        elif dropped and dropped[0] != self.theme.id:
            event.acceptProposedAction()
            self.theme_dropped.emit(self.theme.id, dropped[0])
        else:
            event.ignore()

    # -- dragging the card itself, menu, double-click ---------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() \
                >= QApplication.startDragDistance():
            self._press = None
            drag = QDrag(self)
            drag.setMimeData(encode_ids([self.theme.id], THEME_MIME))
            drag.setPixmap(self.grab())
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.activated.emit(self.theme.id)

    def contextMenuEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.menu_requested.emit(self.theme.id, event.globalPos())  # type: ignore[attr-defined]
