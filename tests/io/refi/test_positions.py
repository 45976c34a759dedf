"""REFI positions count code points of the other tool's file: CRLF is two, a BOM may lead,
letters may be decomposed. After mapping, a selection shows the same text it showed there."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from qualcode.core.text import normalise_text
from qualcode.io.refi import normalise_with_map

_PIECES = st.lists(st.one_of(
    st.sampled_from(["\r\n", "\n", "\r", " ", "😀", "𝔘", "é", "e\u0301", "Å", "한", "\u1100\u1161", "ß"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=5),
), max_size=30)


@given(_PIECES, st.booleans(), st.data())
def test_mapped_selection_shows_the_same_text(pieces, bom, data):
    raw = ("\ufeff" if bom else "") + "".join(pieces)
    mapped = normalise_with_map(raw)
    assert mapped.text == normalise_text(raw)
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    a, b = mapped.span(start, end)
    assert 0 <= a <= b <= len(mapped.text)
    if unicodedata.is_normalized("NFC", raw):  # else a cut through a decomposed letter widens to it
        assert mapped.text[a:b] == normalise_text(raw[start:end])


@given(st.lists(st.sampled_from(["a", "\r\n", "\r", "\n", "😀", "x y"]), max_size=40), st.data())
def test_line_ends_map_exactly(pieces, data):
    raw = "".join(pieces)
    mapped = normalise_with_map(raw)
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    a, b = mapped.span(start, end)
    assert mapped.text[a:b] == raw[start:end].replace("\r\n", "\n").replace("\r", "\n")


def test_atlas_ti_crlf_shift_does_not_happen():
    raw = "Q: hello\r\nA: I worry\r\nQ: why\r\n"
    start = raw.index("I worry")
    a, b = normalise_with_map(raw).span(start, start + 7)
    assert normalise_with_map(raw).text[a:b] == "I worry"
    assert a == start - 1  # one CRLF before it became one LF


def test_clean_text_is_the_identity():
    mapped = normalise_with_map("plain 😀 text\n")
    assert mapped.starts is None and mapped.span(3, 8) == (3, 8)


_RAW = st.lists(st.sampled_from(["a", "b c", "\r\n", "\r", "\n", "😀", "𝔘", "é", "漢", "\u200d"]), max_size=40)


@given(_RAW, st.data())
def test_file_from_another_tool_imports_with_the_same_selected_text(tmp_path_factory, pieces, data):
    """Another tool writes its plain text (CRLF, CR, astral characters) and positions in it;
    after import each selection holds the text that tool showed."""
    from qualcode.io.refi import (
        RefiCoding,
        RefiProject,
        RefiSelection,
        RefiTextSource,
        read_qdpx,
        write_qdpx,
    )

    raw = "".join(pieces) or "x"
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(raw)), st.integers(0, len(raw))).map(sorted)
                               .filter(lambda p: p[1] > p[0]), max_size=5))
    guid = "00000000-0000-0000-0000-{:012d}"
    selections = tuple(RefiSelection(guid.format(10 + i), a, b, codings=(RefiCoding(guid.format(100 + i), guid.format(1)),))
                       for i, (a, b) in enumerate(spans))
    out = tmp_path_factory.mktemp("refi") / "other.qdpx"
    write_qdpx(RefiProject(name="other", sources=[RefiTextSource(guid.format(2), "doc", raw, selections=selections)]),
               out)
    back = read_qdpx(out).sources[0]
    assert back.text == normalise_text(raw)
    kept = {(s.guid, back.text[s.start:s.end]) for s in back.selections}
    expected = {(sel.guid, normalise_text(raw[sel.start:sel.end])) for sel in selections}
    assert kept == expected
