"""The read-only text widget: text, turn styling, painted codings, margins, gestures.

It knows segments only as :class:`ViewSegment` (Qt offsets) and reports gestures as
signals in Python code points; it never calls a service (the controller does).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from qualcode.core.document import Turn
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.corpus.document_view import SegmentTuple
from qualcode.ui.text_positions import PositionMap
from qualcode.ui.viewer.flash import SpanFlash
from qualcode.ui.viewer.highlighter import SegmentPainter, visible_blocks
from qualcode.ui.viewer.segment_index import SegmentIndex, ViewSegment
from qualcode.ui.viewer.stripes_margin import StripesMargin
from qualcode.ui.viewer.turn_rendering import LabelHighlighter, SpeakerBar, label_runs

#: Drag payload: ``"<document id>:<start>:<end>"`` in code points.
SPAN_MIME = "application/x-qualcode-span"


def encode_span(document_id: int, span: Span) -> bytes:
    return f"{document_id}:{span.start}:{span.end}".encode()


def decode_span(data: bytes) -> tuple[int, Span]:
    document_id, start, end = (int(part) for part in bytes(data).decode().split(":"))
    return document_id, Span(start, end)


class TextView(QPlainTextEdit):
    """Shows one document; emits what the user does with it."""

    quick_key_pressed = Signal(int)
    selection_finished = Signal()
    segment_selected = Signal(int)
    remove_requested = Signal(int)
    memo_requested_for = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document_id: int | None = None
        self.text = ""
        self.positions = PositionMap("")
        self.index = SegmentIndex()
        self.painter = SegmentPainter(self, self.index)
        self.code_names: dict[int, str] = {}
        self.coder_names: dict[int, str] = {}
        self.current_segment_id: int | None = None
        self._labels: LabelHighlighter | None = None
        self._turns: list[tuple[int, int, str]] = []
        self._turn_starts: list[int] = []
        self.speaker_bar = SpeakerBar(self, self)
        self.stripes = StripesMargin(self, self)
        self.stripes.segment_clicked.connect(self.select_segment)
        self.flasher = SpanFlash(self)
        self.setViewportMargins(self.speaker_bar.width(), 0, self.stripes.width(), 0)
        self.updateRequest.connect(self._update_margins)

    # -- content -------------------------------------------------------------------
    def set_content(self, document_id: int, text: str, turns: list[Turn],
                    segments: Sequence[Segment | SegmentTuple]) -> None:
        """Show a document. Segments are painted lazily, so size barely matters."""
        self.document_id = document_id
        self.text = text
        self.positions = PositionMap(text)
        self.current_segment_id = None
        self.painter.current_segment_id = None
        self._labels = None  # drop the old highlighter before the text changes
        self.setPlainText(text)
        self.painter.invalidate()
        self.index.reset(self.to_views(segments))
        to_qt = self.positions.to_qt
        self._turns = [(to_qt(t.span.start), to_qt(t.span.end), t.speaker) for t in turns]
        self._turn_starts = [t[0] for t in self._turns]
        self._labels = LabelHighlighter(self.document(), label_runs(text, turns, self.positions))
        self.speaker_bar.set_turns(self._turns)
        self.stripes.update()

    def clear_content(self) -> None:
        self.document_id = None
        self._labels = None
        self.setPlainText("")
        self.index.reset([])
        self._turns, self._turn_starts = [], []
        self.speaker_bar.set_turns([])

    def set_codes(self, colours: dict[int, str], names: dict[int, str]) -> None:
        self.painter.set_colours(colours)
        self.code_names = names
        self.stripes.names = names
        self.viewport().update()
        self.stripes.update()

    def to_view(self, segment: Segment) -> ViewSegment:
        to_qt = self.positions.to_qt
        return ViewSegment(segment.id, segment.code_id, to_qt(segment.span.start), to_qt(segment.span.end),
                           segment.coder_id, segment.memo)

    def to_views(self, segments: Sequence[Segment | SegmentTuple]) -> list[ViewSegment]:
        """Convert many segments; plain tuples on BMP-only text need no conversion at all."""
        out = []
        identity = self.positions.identity
        to_qt = self.positions.to_qt
        for seg in segments:
            if isinstance(seg, Segment):
                out.append(self.to_view(seg))
            elif identity:
                out.append(ViewSegment(*seg))
            else:
                sid, code_id, start, end, coder_id, memo = seg
                out.append(ViewSegment(sid, code_id, to_qt(start), to_qt(end), coder_id, memo))
        return out

    # -- incremental changes ---------------------------------------------------------
    def add_segment(self, segment: Segment, *, flash: bool = False) -> None:
        """Show one new segment: repaints only the lines it covers (``flash``: briefly flash it)."""
        view = self.to_view(segment)
        self.index.add(view)
        self.painter.update_range(view.start, view.end)
        self.stripes.update()
        if flash:
            self.flasher.flash(view.start, view.end, self.painter.colour(segment.code_id, opaque=True))

    def remove_segment(self, segment_id: int) -> None:
        old = self.index.remove(segment_id)
        if old is not None:
            self.painter.update_range(old.start, old.end)
            self.stripes.update()

    def sync_segments(self, segments: Sequence[Segment | SegmentTuple]) -> int:
        """Make the shown segments equal ``segments``; returns how many changed."""
        added, removed = self.index.sync(self.to_views(segments))
        if len(added) + len(removed) > 50:
            self.viewport().update()
        else:
            for seg in (*added, *removed):
                self.painter.update_range(seg.start, seg.end)
        if added or removed:
            self.stripes.update()
        return len(added) + len(removed)

    def set_underline(self, underline: bool) -> None:
        self.painter.underline = underline
        self.viewport().update()

    # -- selection -----------------------------------------------------------------
    def selection_span(self) -> Span | None:
        """The selected text as a code-point span, or ``None``."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.positions.from_qt(cursor.selectionStart())
        end = self.positions.from_qt(cursor.selectionEnd())
        return Span(start, end) if end > start else None

    def select_span(self, span: Span) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_qt(span.start))
        cursor.setPosition(self.positions.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def select_segment(self, segment_id: int) -> None:
        """Select a segment's text and mark it current (stripe click, retrieval jump)."""
        seg = self.index.get(segment_id)
        if seg is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(seg.start)
        cursor.setPosition(seg.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.current_segment_id = self.painter.current_segment_id = segment_id
        self.viewport().update()
        self.stripes.update()
        self.segment_selected.emit(segment_id)

    def segments_here(self) -> list[ViewSegment]:
        """The current segment if any, else the segments under the cursor or selection."""
        if self.current_segment_id is not None and self.current_segment_id in self.index:
            return [self.index.get(self.current_segment_id)]  # type: ignore[list-item]
        cursor = self.textCursor()
        if cursor.hasSelection():
            return self.index.overlapping(cursor.selectionStart(), cursor.selectionEnd())
        return self.index.at(cursor.position())

    # -- geometry for the margins ----------------------------------------------------
    def visible_segment_extents(self) -> list[tuple[ViewSegment, float, float]]:
        blocks = visible_blocks(self)
        out = []
        for seg in self.painter.visible_segments(blocks):
            rects = self.painter.cached_rects(seg.start, seg.end, blocks)
            if rects:
                out.append((seg, rects[0].top(), rects[-1].bottom()))
        return out

    def visible_turn_extents(self, turns: list[tuple[int, int, str]]) -> list[tuple[float, float, str]]:
        blocks = visible_blocks(self)
        start, end = self.painter.visible_range(blocks)
        lo = max(bisect_left(self._turn_starts, start) - 1, 0)
        hi = bisect_left(self._turn_starts, end)
        out = []
        for t_start, t_end, speaker in turns[lo:hi]:
            line_start = self.document().findBlock(t_start).position()  # include the label line
            rects = self.painter.cached_rects(line_start, t_end, blocks)
            if rects:
                out.append((rects[0].top(), rects[-1].bottom(), speaker))
        return out

    # -- Qt overrides --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if event.rect().contains(self.viewport().rect()):
            # a full repaint follows scrolling, relayout (e.g. the label styling pass)
            # or a resize: measure afresh, and let the margins follow
            self.painter.invalidate()
            self.stripes.update()
            self.speaker_bar.update()
        painter = QPainter(self.viewport())
        self.painter.paint(painter, event.rect())
        painter.end()
        super().paintEvent(event)
        if self.flasher.active:
            over = QPainter(self.viewport())
            self.flasher.paint(over)
            over.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.painter.invalidate()
        rect = self.contentsRect()
        self.speaker_bar.setGeometry(QRect(rect.left(), rect.top(), self.speaker_bar.width(), rect.height()))
        self.stripes.setGeometry(QRect(rect.right() - self.stripes.width() + 1, rect.top(),
                                       self.stripes.width(), rect.height()))

    def _update_margins(self, _rect: QRect, _dy: int) -> None:
        self.speaker_bar.update()
        self.stripes.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            self.quick_key_pressed.emit(event.key() - Qt.Key.Key_0)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.current_segment_id is not None:
            self.current_segment_id = self.painter.current_segment_id = None
            self.viewport().update()
            self.stripes.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection():
            self.selection_finished.emit()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        # Qt's own QTextEditMimeData reports a fixed list of formats, so a format added
        # to it stays invisible to drop targets: build a plain QMimeData instead.
        mime = QMimeData()
        mime.setText(self.textCursor().selection().toPlainText())
        span = self.selection_span()
        if span is not None and self.document_id is not None:
            mime.setData(SPAN_MIME, QByteArray(encode_span(self.document_id, span)))
        return mime

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        viewport_pos = self.viewport().mapFrom(self, event.pos())
        segments = self.index.at(self.cursorForPosition(viewport_pos).position())
        if not segments:
            QToolTip.hideText()
            return
        lines = []
        for seg in segments:
            line = f"{self.code_names.get(seg.code_id, '?')} — {self.coder_names.get(seg.coder_id, '')}"
            if seg.memo:
                line += "\n    " + self.tr("memo: {text}").format(text=seg.memo[:80])
            lines.append(line)
        QToolTip.showText(event.globalPos(), "\n".join(lines), self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Qt's copy / select-all menu plus, for each segment under ``pos``, select / memo / remove."""
        menu = self.createStandardContextMenu(pos)
        at = self.cursorForPosition(self.viewport().mapFrom(self, pos)).position()
        segments = self.index.at(at)
        if segments:
            menu.addSeparator()
        for seg in segments:
            name = self.code_names.get(seg.code_id, "?")
            menu.addAction(self.tr("Select “{code}” segment").format(code=name), lambda s=seg.id: self.select_segment(s))
            menu.addAction(self.tr("Memo on “{code}” segment…").format(code=name),
                           lambda s=seg.id: self.memo_requested_for.emit(s))
            menu.addAction(self.tr("Remove coding “{code}”").format(code=name),
                           lambda s=seg.id: self.remove_requested.emit(s))
        return menu
