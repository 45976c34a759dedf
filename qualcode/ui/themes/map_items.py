"""Graphics items of the thematic map: themes as rounded boxes, codes as pills, links as
labelled arrows. Items only draw and report; the view turns gestures into commands."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.ui.themes.theme_card import text_colour_on

THEME_FILL = "#DCE6F2"
THEME_BORDER = "#0072B2"  # Okabe-Ito blue
LINK_COLOUR = "#404040"
_MAX_TEXT = 180.0  # wrap long names so boxes stay readable


class NodeItem(QGraphicsItem):
    """A theme (rounded box) or a code (pill) centred on its map position."""

    def __init__(self, node: MapNode, label: str, colour: str | None,
                 on_moved: Callable[[NodeItem], None]) -> None:
        super().__init__()
        self.node = node
        self.label = label
        self.links: list[LinkItem] = []
        self._on_moved = on_moved
        self._press_pos: QPointF | None = None
        is_theme = node.kind is NodeKind.THEME
        self.font = QFont()
        self.font.setBold(is_theme)
        if is_theme:
            self.font.setPointSizeF(self.font.pointSizeF() * 1.15)
        self.fill = QColor(THEME_FILL if is_theme else (colour or "#BAB0AC"))
        self.text_colour = QColor("#000000" if is_theme else text_colour_on(self.fill.name()))
        metrics = QFontMetricsF(self.font)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        text = metrics.boundingRect(QRectF(0, 0, _MAX_TEXT, 1000), flags, label)
        pad_x, pad_y = (16.0, 12.0) if is_theme else (12.0, 5.0)
        w, h = text.width() + 2 * pad_x, text.height() + 2 * pad_y
        self.rect = QRectF(-w / 2, -h / 2, w, h)
        self._text_rect = self.rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(2 if is_theme else 1)
        self.setPos(node.x, node.y)
        tip = QCoreApplication.translate("ThematicMapView", "Theme: {name}") if is_theme \
            else QCoreApplication.translate("ThematicMapView", "Code: {name}")
        self.setToolTip(tip.format(name=label))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    @property
    def is_theme(self) -> bool:
        return self.node.kind is NodeKind.THEME

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect, *self._radii())
        return path

    def _radii(self) -> tuple[float, float]:
        return (10.0, 10.0) if self.is_theme else (self.rect.height() / 2, self.rect.height() / 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(THEME_BORDER) if self.is_theme else self.fill.darker(140)
        pen = QPen(border, 2.0 if self.is_theme else 1.0)
        if self.isSelected():
            pen = QPen(QColor("#D55E00"), 2.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(self.rect, *self._radii())
        painter.setFont(self.font)
        painter.setPen(self.text_colour)
        painter.drawText(self._text_rect, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                         self.label)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for link in self.links:
                link.update_path()
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press_pos = QPointF(self.pos())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self._press_pos is not None and (self.pos() - self._press_pos).manhattanLength() > 0.5:
            self._on_moved(self)  # one command per drag, on release
        self._press_pos = None

    def border_point(self, towards: QPointF) -> QPointF:
        """Where the line from the centre to ``towards`` leaves the box (arrows end at the edge)."""
        centre = self.scenePos()
        dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
        if dx == 0 and dy == 0:
            return centre
        half_w, half_h = self.rect.width() / 2 + 2, self.rect.height() / 2 + 2
        scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
        return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class LinkItem(QGraphicsPathItem):
    """An arrow from one node to another with the user's label at its middle."""

    def __init__(self, link: MapLink, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.link = link
        self._mid = QPointF()
        self.source, self.target = source, target
        source.links.append(self)
        target.links.append(self)
        self.setPen(QPen(QColor(LINK_COLOUR), 1.6))
        self.setBrush(QBrush(QColor(LINK_COLOUR)))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1.5)  # over code pills (labels stay readable), under theme boxes
        self.font = QFont()
        self.font.setItalic(True)
        self.setToolTip(link.label or QCoreApplication.translate("ThematicMapView", "Double-click to label this link"))
        self.update_path()

    def update_path(self) -> None:
        start = self.source.border_point(self.target.scenePos())
        end = self.target.border_point(self.source.scenePos())
        path = QPainterPath(start)
        path.lineTo(end)
        line = QLineF(end, start)
        if line.length() > 1:
            angle = math.radians(line.angle())
            size = 10.0
            left = end + QPointF(math.cos(angle + 0.45) * size, -math.sin(angle + 0.45) * size)
            right = end + QPointF(math.cos(angle - 0.45) * size, -math.sin(angle - 0.45) * size)
            path.addPolygon(QPolygonF([end, left, right, end]))
        self.prepareGeometryChange()
        self.setPath(path)
        self._mid = self._free_point(start, end)

    def _free_point(self, start: QPointF, end: QPointF) -> QPointF:
        """Where on the line the label sits: the middle, or the nearest point to it whose
        label box covers no node (a label on a code pill hides both)."""
        scene = self.scene()
        if not self.link.label or scene is None:
            return (start + end) / 2
        metrics = QFontMetricsF(self.font)
        box = metrics.boundingRect(self.link.label)
        w, h = box.width() + 8, box.height() + 4
        nodes = [item.sceneBoundingRect() for item in scene.items() if isinstance(item, NodeItem)]
        for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82):
            point = start + (end - start) * t
            rect = QRectF(point.x() - w / 2, point.y() - h / 2, w, h)
            if not any(rect.intersects(node) for node in nodes):
                return point
        return (start + end) / 2

    def label_rect(self) -> QRectF:
        if not self.link.label:
            return QRectF()
        metrics = QFontMetricsF(self.font)
        box = metrics.boundingRect(self.link.label)
        w, h = box.width() + 8, box.height() + 4
        return QRectF(self._mid.x() - w / 2, self._mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().united(self.label_rect()).adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easier to click than a 1.6 px line
        path = stroker.createStroke(self.path())
        if self.link.label:
            box = QPainterPath()
            box.addRect(self.label_rect())
            path = path.united(box)  # a union: with addRect the overlap would cancel (odd-even fill)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#D55E00"), 2.4) if self.isSelected() else self.pen()
        painter.setPen(pen)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPath(self.path())
        if self.link.label:
            rect = self.label_rect()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(LINK_COLOUR))
            painter.setFont(self.font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.link.label)
