"""Code point <-> Qt UTF-16 positions, checked against a real QTextDocument."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from qualcode.core.text import normalise_text
from qualcode.ui.text_positions import PositionMap

texts = st.lists(
    st.one_of(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), st.sampled_from(["😀", "e\u0301", "👩‍👩‍👧", "𝔘"])),
    max_size=60,
).map(lambda parts: normalise_text("".join(parts)))  # what we store


@settings(max_examples=150, deadline=None)
@given(texts)
def test_round_trip_for_every_code_point(text: str) -> None:
    pm = PositionMap(text)
    for i in range(len(text) + 1):
        assert pm.from_qt(pm.to_qt(i)) == i
        assert pm.to_qt(i) == len(text[:i].encode("utf-16-le")) // 2


@settings(max_examples=60, deadline=None)
@given(texts, st.data())
def test_qt_selection_of_converted_span_is_our_slice(qapp, text: str, data: st.DataObject) -> None:
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    doc = QTextDocument()
    doc.setPlainText(text)
    pm = PositionMap(text)
    cursor = QTextCursor(doc)
    cursor.setPosition(pm.to_qt(start))
    cursor.setPosition(pm.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    # Qt reports paragraph breaks as U+2029 in selections
    assert cursor.selectedText().replace("\u2029", "\n") == text[start:end]


def test_style_guide_example(qapp) -> None:
    text = "ok 😀 café"
    pm = PositionMap(text)
    assert text.index("café") == 5 and pm.to_qt(5) == 6 and pm.from_qt(6) == 5
