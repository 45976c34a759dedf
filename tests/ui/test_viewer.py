"""The document viewer: turn styling, painted codings (blend, underline), offsets, size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from qualcode.core.document import Turn
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.ui.viewer.viewer_view import TextView
from tests.ui.workbench_fixtures import FOCUS_GROUP, span_of
from qualcode.io.transcripts.turns import detect_turns

_T0 = __import__("datetime").datetime(2026, 1, 1)


def _seg(sid: int, code: int, start: int, end: int) -> Segment:
    return Segment(sid, 1, code, Span(start, end), 1, _T0, _T0)


def _view(qtbot, text: str, turns: list[Turn], segments: list[Segment]) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.set_codes({1: "#E69F00", 2: "#56B4E9"}, {1: "Peer support", 2: "Stigma"})
    view.set_content(1, text, turns, segments)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def _pixel_at(view: TextView, start: int, end: int) -> QColor:
    """Colour of the viewport in the middle of the first line the span occupies, taken
    from the upper part of the line (between glyph tops and the line top, no ink)."""
    rect = view.painter.segment_rects(view.positions.to_qt(start), view.positions.to_qt(end))[0]
    image = view.viewport().grab().toImage()
    return QColor(image.pixel(int(rect.center().x()), int(rect.top() + 1)))


def test_speaker_labels_bold_and_timestamps_grey(qtbot):
    turns = detect_turns(FOCUS_GROUP).turns
    view = _view(qtbot, FOCUS_GROUP, turns, [])
    block = view.document().findBlock(FOCUS_GROUP.index("Amina"))
    ranges = block.layout().formats()
    styles = {(r.start, r.length): (r.format.fontWeight(), r.format.foreground().color().name()) for r in ranges}
    label_start = FOCUS_GROUP.index("Amina") - block.position()
    assert styles[(label_start, len("Amina"))][0] == QFont.Weight.Bold
    assert styles[(0, len("[00:00:14]"))][1] == "#8a8a8a"
    # each speaker gets a bar colour; the moderator's is grey
    assert view.speaker_bar.colours["Moderator"] == QColor("#9E9E9E")
    assert len({c.name() for c in view.speaker_bar.colours.values()}) == 4


def test_coded_text_is_painted_in_the_code_colour_and_overlaps_blend(qtbot):
    a, z = span_of("In the shelter I was a number")
    b, y = span_of("I was a number, but in the peer group")
    view = _view(qtbot, FOCUS_GROUP, [], [_seg(1, 1, a, z), _seg(2, 2, b, y)])
    only_orange = _pixel_at(view, a, a + 3)
    both = _pixel_at(view, b, b + 3)
    only_blue = _pixel_at(view, z + 2, y)
    plain = _pixel_at(view, 0, 5)
    assert plain == QColor("white")
    # orange (#E69F00) at alpha 96 over white: red stays high, blue drops
    assert only_orange.red() > 240 and only_orange.blue() < 200
    assert only_blue.blue() > only_blue.red()
    assert both not in (only_orange, only_blue)  # the overlap shows both colours blended
    view.set_underline(True)
    QApplication.processEvents()
    assert _pixel_at(view, a, a + 3) == QColor("white")  # underline mode leaves the text unshaded


def test_offsets_are_code_points_around_emoji(qtbot):
    text = "ok 😀 café"
    view = _view(qtbot, text, [], [_seg(1, 1, 5, 9)])
    view.select_span(Span(5, 9))
    assert view.textCursor().selectedText() == "café"
    assert view.selection_span() == Span(5, 9)  # Qt counts 6-10: the map converts back
    assert view.index.get(1).start == 6


def test_a_large_transcript_opens_without_paging(qtbot):
    words = "so I went to the advice centre and they said come back next week ".split()
    lines, n = [], 0
    while n < 100_000:
        lines.append(f"[00:{len(lines) % 60:02d}:00] P{len(lines) % 4}: " + " ".join(words * 8))
        n += len(words) * 8
    text = "\n".join(lines)
    segments = [_seg(i + 1, 1 + i % 2, i * 97, i * 97 + 150) for i in range(5000)]
    view = TextView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_content(1, text, detect_turns(text).turns, segments)  # its speed: benchmarks/workbench_bench.py
    view.viewport().repaint()
    assert view.document().characterCount() == len(text) + 1  # the whole text, one document
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().repaint()
    assert view.visible_segment_extents()  # segments at the very end are painted too
