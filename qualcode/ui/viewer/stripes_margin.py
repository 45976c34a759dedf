"""The coding-stripes margin: one labelled bar per code beside the text it codes.

Each code present in the visible part of the document gets a lane (in order of first
appearance), and each of its segments a bar spanning the segment's lines, with the
code's name written along the bar. Clicking a bar selects that segment in the text.
Only the visible segments are measured, so the margin costs the same on a 100-word
memo and a 100,000-word transcript.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

LANE_WIDTH = 16
MAX_LANES = 6
BAR = 4


@dataclass(frozen=True)
class Stripe:
    segment_id: int
    code_id: int
    lane: int
    top: float
    bottom: float

    def contains(self, x: float, y: float) -> bool:
        left = self.lane * LANE_WIDTH
        return left <= x < left + LANE_WIDTH and self.top - 2 <= y <= self.bottom + 2


def assign_lanes(code_order: list[int], max_lanes: int = MAX_LANES) -> tuple[dict[int, int], int]:
    """Lane per code (first ``max_lanes`` codes) and how many codes got no lane."""
    lanes: dict[int, int] = {}
    for code_id in code_order:
        if code_id not in lanes and len(lanes) < max_lanes:
            lanes[code_id] = len(lanes)
    overflow = len(set(code_order)) - len(lanes)
    return lanes, overflow


class StripesMargin(QWidget):
    """Right-hand margin of a :class:`TextView`."""

    segment_clicked = Signal(int)

    def __init__(self, parent: QWidget, view: object) -> None:
        super().__init__(parent)
        self.view = view
        self.names: dict[int, str] = {}
        self.stripes: list[Stripe] = []
        self.overflow = 0
        self.setFixedWidth(LANE_WIDTH * MAX_LANES + 4)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        self.label_font = font

    def compute(self) -> list[Stripe]:
        """Lay out stripes for what the view shows now."""
        extents = self.view.visible_segment_extents()  # type: ignore[attr-defined]
        lanes, self.overflow = assign_lanes([seg.code_id for seg, _t, _b in extents])
        self.stripes = [
            Stripe(seg.id, seg.code_id, lanes[seg.code_id], top, bottom)
            for seg, top, bottom in extents if seg.code_id in lanes
        ]
        return self.stripes

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setFont(self.label_font)
        metrics = QFontMetrics(self.label_font)
        labelled: set[tuple[int, int]] = set()
        current = getattr(self.view, "current_segment_id", None)
        for stripe in self.compute():
            colour = self.view.painter.colour(stripe.code_id, opaque=True)  # type: ignore[attr-defined]
            x = stripe.lane * LANE_WIDTH + 2
            width = BAR + 2 if stripe.segment_id == current else BAR
            painter.fillRect(QRectF(x, stripe.top, width, max(stripe.bottom - stripe.top, 3)), colour)
            height = int(stripe.bottom - stripe.top)
            key = (stripe.code_id, int(stripe.top) // 40)  # one label per code per 40 px band
            if height >= 24 and key not in labelled:
                labelled.add(key)
                name = metrics.elidedText(self.names.get(stripe.code_id, ""), Qt.TextElideMode.ElideRight, height)
                painter.save()
                painter.translate(x + BAR + metrics.ascent() - 1, stripe.top)
                painter.rotate(90)
                painter.setPen(colour.darker(150))
                painter.drawText(0, 0, name)
                painter.restore()
        if self.overflow:
            painter.setPen(self.palette().text().color())
            painter.drawText(2, self.height() - 4, f"+{self.overflow}")
        painter.end()

    def stripe_at(self, x: float, y: float) -> Stripe | None:
        hits = [s for s in self.stripes if s.contains(x, y)]
        return min(hits, key=lambda s: s.bottom - s.top) if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        stripe = self.stripe_at(event.position().x(), event.position().y())
        if stripe is not None and event.button() == Qt.MouseButton.LeftButton:
            self.segment_clicked.emit(stripe.segment_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        stripe = self.stripe_at(event.position().x(), event.position().y())
        if stripe is not None:
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(8, 8), self.names.get(stripe.code_id, ""), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def stripe_centre(self, segment_id: int) -> QPoint | None:
        """Where to click to select ``segment_id`` (tests and keyboard users)."""
        for stripe in self.compute():
            if stripe.segment_id == segment_id:
                return QPoint(stripe.lane * LANE_WIDTH + 3, int((stripe.top + stripe.bottom) / 2))
        return None
