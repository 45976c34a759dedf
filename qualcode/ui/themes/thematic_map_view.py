"""The thematic map canvas (QGraphicsView): drag nodes to move them, Shift+drag (or the
"Draw link" tool) from one node to another to draw an arrow, double-click an arrow to
label it, drop codes or theme cards to place them, Del removes. Positions are stored on
release (one undoable command per drag); the map can be exported as PNG or SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QByteArray, QIODevice, QLineF, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.thematic_map import NodeKind, ThematicMap
from qualcode.services.themes.thematic_map import get_map
from qualcode.ui.commands.base import ServiceCommand, push_command
from qualcode.ui.commands.theme_commands import (
    AddLinkCommand,
    DeleteLinkCommand,
    MoveNodeCommand,
    PlaceNodeCommand,
    RelabelLinkCommand,
    RemoveNodeCommand,
)
from qualcode.ui.error_dialog import show_error
from qualcode.ui.models.codebook_model import CODE_MIME
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.map_items import LinkItem, NodeItem
from qualcode.ui.themes.theme_card import THEME_MIME, decode_ids

_MARGIN = 40.0


def ask_link_label(parent: QWidget, current: str) -> str | None:
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("ThematicMapView", "Label the link"),
                                    QCoreApplication.translate("ThematicMapView",
                                                               "Label (e.g. 'leads to', 'contrasts with'):"),
                                    text=current)
    return text if ok else None


MIN_LABEL_PT = 9.0  # the smallest label size Fit allows


class ThematicMapView(QGraphicsView):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.ask_label: Callable[[QWidget, str], str | None] = ask_link_label
        self.link_mode = False  # the toolbar's "Draw link" toggle
        self.nodes: dict[int, NodeItem] = {}
        self.links: dict[int, LinkItem] = {}
        self.map: ThematicMap | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._link_source: NodeItem | None = None
        self._dirty = True
        self._filled = False  # drawn when first shown (or used), not when the window is built
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        session.events.changed.connect(self._on_changed)

    # -- data ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.themes or changes.codes:
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
        """Redraw every node and link from the project."""
        self.map = get_map(self.session.project)
        scene = self.scene()
        scene.clear()
        self._rubber = None
        self.nodes, self.links = {}, {}
        for node in self.map.nodes:
            item = NodeItem(node, self.map.labels.get(node.id, "?"), self.map.colours.get(node.id), self._moved)
            scene.addItem(item)
            self.nodes[node.id] = item
        for link in self.map.links:
            if link.source_id in self.nodes and link.target_id in self.nodes:
                link_item = LinkItem(link, self.nodes[link.source_id], self.nodes[link.target_id])
                scene.addItem(link_item)
                link_item.update_path()  # in the scene now: its label can avoid the nodes
                self.links[link.id] = link_item
        bounds = scene.itemsBoundingRect().adjusted(-_MARGIN * 4, -_MARGIN * 4, _MARGIN * 4, _MARGIN * 4)
        scene.setSceneRect(bounds.united(QRectF(-400, -300, 800, 600)))
        self._dirty = False
        self._filled = True

    def node_for(self, kind: NodeKind, ref_id: int) -> NodeItem | None:
        self.ensure_filled()
        for item in self.nodes.values():
            if item.node.kind is NodeKind(kind) and item.node.ref_id == ref_id:
                return item
        return None

    def fit(self) -> None:
        """Show the whole map, but never so small that a code's label reads below 9 pt
        (then the map scrolls instead)."""
        self.ensure_filled()
        if self.nodes:
            bounds = self.scene().itemsBoundingRect().adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
            self.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
            least = MIN_LABEL_PT / max(1.0, QFont().pointSizeF())
            if self.transform().m11() < least:
                self.resetTransform()
                self.scale(least, least)
                self.centerOn(bounds.center())

    def label_point_size(self) -> float:
        """The size, in points on screen, at which code labels are drawn now."""
        return QFont().pointSizeF() * self.transform().m11()

    # -- commands ------------------------------------------------------------------
    def _push(self, command: ServiceCommand, what: str) -> bool:
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown; nothing changed
            show_error(self, what, exc)
            return False
        return True

    def _moved(self, item: NodeItem) -> None:
        pos = item.pos()
        self._push(MoveNodeCommand(self.session, item.node.id, round(pos.x(), 2), round(pos.y(), 2)),
                   self.tr("Could not move the node"))

    def place(self, kind: NodeKind, ref_ids: list[int], at: QPointF) -> None:
        """Put themes or codes on the map at ``at`` (scene coordinates), a little apart."""
        self.ensure_filled()
        stack = self.session.undo_stack
        stack.beginMacro("Place on map")
        try:
            for i, ref_id in enumerate(ref_ids):
                existing = self.node_for(kind, ref_id)
                self._push(PlaceNodeCommand(self.session, kind, ref_id, round(at.x() + 30 * i, 2),
                                            round(at.y() + 30 * i, 2),
                                            existing.node if existing else None), self.tr("Could not place it on the map"))
        finally:
            stack.endMacro()

    def draw_link(self, source_id: int, target_id: int, label: str | None = None) -> bool:
        if source_id == target_id:
            return False
        if label is None:
            label = self.ask_label(self, "")
            if label is None:
                return False
        return self._push(AddLinkCommand(self.session, source_id, target_id, label), self.tr("Could not draw the link"))

    def relabel(self, link_id: int, label: str | None = None) -> bool:
        self.ensure_filled()
        current = self.links[link_id].link.label if link_id in self.links else ""
        if label is None:
            label = self.ask_label(self, current)
        if label is None or label.strip() == current:
            return False
        return self._push(RelabelLinkCommand(self.session, link_id, label), self.tr("Could not label the link"))

    def delete_selected(self) -> None:
        selected = self.scene().selectedItems()
        links = [i.link.id for i in selected if isinstance(i, LinkItem)]
        nodes = [i.node.id for i in selected if isinstance(i, NodeItem)]
        node_set = set(nodes)
        # links touching a removed node go with it; delete only the others explicitly
        links = [k for k in links if not ({self.links[k].link.source_id, self.links[k].link.target_id} & node_set)]
        if not links and not nodes:
            return
        stack = self.session.undo_stack
        stack.beginMacro("Remove from map")
        try:
            for link_id in links:
                self._push(DeleteLinkCommand(self.session, link_id), self.tr("Could not delete the link"))
            for node_id in nodes:
                self._push(RemoveNodeCommand(self.session, node_id), self.tr("Could not remove the node"))
        finally:
            stack.endMacro()

    # -- mouse: Shift+drag (or link mode) from node to node draws a link --------------
    def _node_at(self, view_pos: QPointF) -> NodeItem | None:
        for item in self.items(view_pos.toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        linking = self.link_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        node = self._node_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if linking and node is not None:
            self._link_source = node
            start = node.scenePos()
            self._rubber = self.scene().addLine(QLineF(start, start), QPen(QColor("#D55E00"), 1.5,
                                                                            Qt.PenStyle.DashLine))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._rubber is not None and self._link_source is not None:
            self._rubber.setLine(QLineF(self._link_source.scenePos(), self.mapToScene(event.position().toPoint())))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._rubber is not None and self._link_source is not None:
            source = self._link_source
            self.scene().removeItem(self._rubber)
            self._rubber, self._link_source = None, None
            target = self._node_at(event.position())
            event.accept()
            if target is not None and target is not source:
                self.draw_link(source.node.id, target.node.id)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        for item in self.items(event.position().toPoint()):
            if isinstance(item, LinkItem):
                self.relabel(item.link.id)
                return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # type: ignore[attr-defined]
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15  # type: ignore[attr-defined]
            self.scale(factor, factor)
            return
        super().wheelEvent(event)  # type: ignore[arg-type]

    # -- drops from the codebook and the board -------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CODE_MIME) or event.mimeData().hasFormat(THEME_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CODE_MIME) or event.mimeData().hasFormat(THEME_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        at = self.mapToScene(event.position().toPoint())
        themes = decode_ids(event.mimeData(), THEME_MIME)
        codes = decode_ids(event.mimeData(), CODE_MIME)
        if themes:
            self.place(NodeKind.THEME, themes, at)
        elif codes:
            self.place(NodeKind.CODE, codes, at)
        else:
            super().dropEvent(event)
            return
        event.acceptProposedAction()

    # -- export --------------------------------------------------------------------
    def _export_rect(self) -> QRectF:
        self.ensure_filled()
        return self.scene().itemsBoundingRect().adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)

    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map (not just the visible part) on white, ``scale`` x its size."""
        rect = self._export_rect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 400, 200)
        image = QImage(QSize(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale))),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        selected = self.scene().selectedItems()
        for item in selected:  # the selection outline does not belong in a report
            item.setSelected(False)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene().render(painter, QRectF(image.rect()), rect)
        painter.end()
        for item in selected:
            item.setSelected(True)
        return image

    def png_bytes(self, scale: float = 2.0) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.render_image(scale).save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; only str works
        return bytes(QByteArray(buffer.data()).data())

    def export(self, path: str | Path) -> None:
        """Write the map to ``path``: .svg as vectors, anything else as a PNG picture."""
        target = Path(path)
        if target.suffix.casefold() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            rect = self._export_rect()
            generator = QSvgGenerator()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            generator.setOutputDevice(buffer)
            generator.setSize(QSize(int(rect.width()), int(rect.height())))
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(self.tr("Thematic map"))
            painter = QPainter(generator)
            self.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
            data = bytes(QByteArray(buffer.data()).data())
        else:
            data = self.png_bytes()
        # temp file + fsync + rename: a full disk or a kill never leaves half a picture
        from qualcode.services.export import write_bytes_atomically  # python-docx: when exporting

        write_bytes_atomically(target, data)
