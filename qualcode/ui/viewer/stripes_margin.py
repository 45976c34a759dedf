"""The coding-stripes margin: one labelled bar per code beside the text it codes.

Each code present in the visible part of the document gets a lane (in order of first
appearance), and each of its segments a bar spanning the segment's lines, with the
code's name written down its lane from the bar's top: the label may run past a short bar
to the next bar of the same lane, so a one- or two-line segment still reads
"Trauma-informed cou…" rather than "Tra…" (MAXQDA writes the name beside its brackets the
same way). Hovering anywhere on a line lists every code on it, in full, the bar under the
pointer first. Clicking a bar selects that segment in the text.
Only the visible segments are measured, so the margin costs the same on a 100-word
memo and a 100,000-word transcript.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

LANE_WIDTH = 17  # a 4-px bar and its turned label (one line of the small font), a pixel apart
MAX_LANES = 6
BAR = 4
MIN_LABEL = 3  # characters before the "…": a shorter label says nothing, the tooltip does


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
        self._spans: list[tuple[int, float, float]] = []  # (code, top, bottom), lane or not
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
        self._spans = [(seg.code_id, top, bottom) for seg, top, bottom in extents]
        self.stripes = [
            Stripe(seg.id, seg.code_id, lanes[seg.code_id], top, bottom)
            for seg, top, bottom in extents if seg.code_id in lanes
        ]
        return self.stripes

    def labels(self) -> list[tuple[Stripe, str]]:
        """The label written beside each bar of the last layout: the code's name, elided at
        the right to the room down its lane (to the next bar there, or the margin's foot)."""
        metrics = QFontMetrics(self.label_font)
        foot = self.height() - (metrics.height() + 2 if self.overflow else 0)
        tops: dict[int, list[float]] = {}
        for stripe in self.stripes:
            tops.setdefault(stripe.lane, []).append(stripe.top)
        result: list[tuple[Stripe, str]] = []
        written: dict[int, float] = {}  # lane -> where its last label ends
        for stripe in sorted(self.stripes, key=lambda s: (s.lane, s.top)):
            if stripe.top < written.get(stripe.lane, -1.0):
                continue  # nested in a bar already labelled
            below = [t for t in tops[stripe.lane] if t > stripe.top + 1]
            room = int(min([*below, foot]) - stripe.top - 4)
            name = self.names.get(stripe.code_id, "")
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
            if len(text.rstrip("…")) < min(MIN_LABEL, len(name)):
                continue
            written[stripe.lane] = stripe.top + metrics.horizontalAdvance(text)
            result.append((stripe, text))
        return result

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setFont(self.label_font)
        metrics = QFontMetrics(self.label_font)
        current = getattr(self.view, "current_segment_id", None)
        for stripe in self.compute():
            colour = self.view.painter.colour(stripe.code_id, opaque=True)  # type: ignore[attr-defined]
            x = stripe.lane * LANE_WIDTH + 2
            width = BAR + 2 if stripe.segment_id == current else BAR
            painter.fillRect(QRectF(x, stripe.top, width, max(stripe.bottom - stripe.top, 3)), colour)
        for stripe, name in self.labels():
            colour = self.view.painter.colour(stripe.code_id, opaque=True)  # type: ignore[attr-defined]
            painter.save()
            # turned a quarter clockwise, the glyphs' ascent lies right of the baseline and their
            # descent left of it: baseline one descent right of the bar keeps the label in its lane
            painter.translate(stripe.lane * LANE_WIDTH + 2 + BAR + 1 + metrics.descent(), stripe.top)
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

    def tooltip_at(self, x: float, y: float) -> str:
        """Every code on the line at ``y``, one full name a line: the bar under the pointer
        first, then the other lanes, then codes that got no lane ("+2" at the foot)."""
        hit = self.stripe_at(x, y)
        codes = [hit.code_id] if hit is not None else []
        for code_id, top, bottom in self._spans:
            if top - 2 <= y <= bottom + 2 and code_id not in codes:
                codes.append(code_id)
        return "\n".join(self.names.get(c, "") for c in codes if self.names.get(c))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # at once on a bar (the usual tooltip delay feels slow on a 4-px target)
        text = self.tooltip_at(event.position().x(), event.position().y())
        if text and self.stripe_at(event.position().x(), event.position().y()) is not None:
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(8, 8), text, self)
        elif not text:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def stripe_centre(self, segment_id: int) -> QPoint | None:
        """Where to click to select ``segment_id`` (tests and keyboard users)."""
        for stripe in self.compute():
            if stripe.segment_id == segment_id:
                return QPoint(stripe.lane * LANE_WIDTH + 3, int((stripe.top + stripe.bottom) / 2))
        return None
