"""The new highlight flashes briefly after coding, so the researcher sees what was coded.

An outline in the code's colour, with a light fill, is painted over the coded
text (over the selection too, which stays for a second code) and fades out in
:data:`FLASH_MS`. The lasting highlight is the painter's; the flash only draws
attention to it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

FLASH_MS = 800
STEPS = (1.0, 0.8, 0.6, 0.4, 0.2)  # opacity of each step, then nothing


class SpanFlash:
    """``SpanFlash(view).flash(start, end, colour)`` with Qt positions (UTF-16)."""

    def __init__(self, view: QPlainTextEdit) -> None:
        self.view = view
        self._timer = QTimer(view)
        self._timer.setInterval(FLASH_MS // len(STEPS))
        self._timer.timeout.connect(self._step)
        self._range: tuple[int, int] = (0, 0)
        self._colour = QColor()
        self._index = len(STEPS)

    @property
    def active(self) -> bool:
        return self._index < len(STEPS)

    def flash(self, start: int, end: int, colour: QColor) -> None:
        self._range, self._colour, self._index = (start, end), QColor(colour), 0
        self._timer.start()
        self.view.viewport().update()

    def stop(self) -> None:
        self._timer.stop()
        self._index = len(STEPS)
        self.view.viewport().update()

    def _step(self) -> None:
        self._index += 1
        if not self.active:
            self.stop()
            return
        self.view.viewport().update()

    def rects(self) -> list[QRect]:
        """The flashed text as one rectangle per visual line, in viewport coordinates."""
        length = self.view.document().characterCount() - 1
        start, end = (min(max(p, 0), length) for p in self._range)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        first = self.view.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.view.cursorRect(cursor)
        right = self.view.viewport().width() - 2
        left = int(self.view.contentOffset().x() + self.view.document().documentMargin())
        if first.top() == last.top():
            return [QRect(first.left(), first.top(), max(last.left() - first.left(), 2), first.height())]
        rects = [QRect(first.left(), first.top(), right - first.left(), first.height())]
        if last.top() > first.bottom() + 1:
            rects.append(QRect(left, first.bottom() + 1, right - left, last.top() - first.bottom() - 1))
        rects.append(QRect(left, last.top(), max(last.left() - left, 2), last.height()))
        return rects

    def paint(self, painter: QPainter) -> None:
        if not self.active:
            return
        painter.save()
        painter.setOpacity(STEPS[self._index])
        fill = QColor(self._colour)
        fill.setAlpha(70)
        painter.setPen(QPen(self._colour, 2))
        painter.setBrush(fill)
        for rect in self.rects():
            painter.drawRoundedRect(QRectF(rect).adjusted(-1, 0, 1, 0), 3, 3)
        painter.restore()
