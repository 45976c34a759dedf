"""Every reader is bounded: repeat counts, text length, turns, paragraphs, elements; bad values named."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts import read_transcript, read_transcript_bytes
from qualcode.io.transcripts.batch import parse_many
from tests.hostile.make_hostile_files import CHINESE, RUSSIAN, _docx, _odt


def _odt_paragraph(inner: str) -> bytes:
    return _odt(f"<text:p>{inner}</text:p>")


def test_odt_space_repeat_count_is_capped() -> None:
    with pytest.raises(InputFileError, match="1,500,000,000") as info:
        read_transcript_bytes(_odt_paragraph('I: hi<text:s text:c="1500000000"/>there'), "bomb.odt")
    assert info.value.path == "bomb.odt"


def test_odt_space_repeat_within_the_cap_is_kept() -> None:
    parsed = read_transcript_bytes(_odt_paragraph('I: hi<text:s text:c="3"/>there'), "ok.odt")
    assert parsed.text == "I: hi   there"


@pytest.mark.parametrize("value", ["abc", "-5", "1e9", "9" * 40])
def test_odt_malformed_space_count_names_the_file_and_value(value: str) -> None:
    with pytest.raises(InputFileError) as info:
        read_transcript_bytes(_odt_paragraph(f'I: hi<text:s text:c="{value}"/>there'), "odd.odt")
    assert info.value.path == "odd.odt"
    assert value[:10] in str(info.value) or f"{int(value):,}"[:10] in str(info.value)


def test_odt_total_text_is_capped_by_max_bytes() -> None:
    repeats = '<text:s text:c="9000"/>' * 20
    with pytest.raises(InputFileError, match="limit of 100,000 characters"):
        read_transcript_bytes(_odt_paragraph("I: hi" + repeats), "long.odt", max_bytes=100_000)


def test_xml_nested_past_256_levels_is_refused_plainly() -> None:
    deep = "<w:p>" + "<w:smartTag>" * 300 + "<w:r><w:t>I: x</w:t></w:r>" + "</w:smartTag>" * 300 + "</w:p>"
    with pytest.raises(InputFileError, match="256 levels") as info:
        read_transcript_bytes(_docx(deep), "deep.docx")
    assert info.value.path == "deep.docx"


def test_docx_with_too_many_elements_is_refused_before_parsing() -> None:
    body = "<w:p><w:r><w:t>I: hi</w:t></w:r></w:p>" + "<w:bookmarkEnd/>" * 5000
    with pytest.raises(InputFileError, match="XML elements"):
        read_transcript_bytes(_docx(body), "many.docx", max_bytes=100_000)


def test_html_paragraph_flood_is_refused() -> None:
    with pytest.raises(InputFileError, match="paragraphs"):
        read_transcript_bytes(b"<p>a</p>" * 3000, "flood.html", max_bytes=128_000)


def test_too_many_turns_is_refused_before_building_them() -> None:
    with pytest.raises(InputFileError, match="speaker turns") as info:
        read_transcript_bytes(b"A: b\n" * 2000, "chatty.txt", max_bytes=256_000)
    assert info.value.path == "chatty.txt"


def test_empty_label_warnings_are_capped() -> None:
    parsed = read_transcript_bytes(b"P1: fine\n" + b"A:\n" * 500, "labels.txt")
    assert len(parsed.warnings) <= 21
    assert "480 more" in parsed.warnings[-1]


def test_subtitles_with_too_many_cues_are_refused() -> None:
    cue = "{n}\n00:00:01,000 --> 00:00:02,000\nA: x\n\n"
    data = "".join(cue.format(n=n) for n in range(1, 400)).encode()
    with pytest.raises(InputFileError, match="cues|lines"):
        read_transcript_bytes(data, "many.srt", max_bytes=50_000)


def test_rtf_unicode_escape_out_of_range_names_file_and_value() -> None:
    with pytest.raises(InputFileError, match=r"\\u-99999999999") as info:
        read_transcript_bytes(rb"{\rtf1\ansi I: hello \u-99999999999 world}", "odd.rtf")
    assert info.value.path == "odd.rtf"


def test_rtf_negative_and_paired_unicode_escapes_decode() -> None:
    # \u-3913 is U+F0B7; emoji arrive as a surrogate pair of two escapes.
    parsed = read_transcript_bytes(rb"{\rtf1\ansi I: caf\u233?\u55357?\u56832? ok}", "ok.rtf")
    assert parsed.text == "I: caf\u00e9\U0001F600 ok"


def test_rtf_that_decodes_to_control_characters_is_refused_as_binary() -> None:
    garbage = b"".join(b"\\'%02x" % code for code in (1, 2, 3, 4, 5, 6, 7, 8)) * 50
    with pytest.raises(InputFileError, match="binary"):
        read_transcript_bytes(b"{\\rtf1\\ansi " + garbage + b"}", "garbage.rtf")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [RUSSIAN, CHINESE], ids=["cyrillic", "cjk"])
def test_utf16_without_bom_in_cyrillic_and_cjk_is_text(codec: str, text: str) -> None:
    parsed = read_transcript_bytes(text.encode(codec), "u16.txt")
    assert parsed.encoding == codec
    assert parsed.text == text


def test_utf8_with_a_stray_nul_is_not_mistaken_for_utf16() -> None:
    parsed = read_transcript_bytes(b"Interviewer: hello there\x00\nP1: a fine answer, thank you\n", "nul.txt")
    assert parsed.encoding == "utf-8"


def test_random_bytes_are_still_binary() -> None:
    with pytest.raises(InputFileError, match="binary"):
        read_transcript_bytes(os.urandom(20_000), "noise.txt")


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_8_bit_cyrillic_is_detected(codec: str) -> None:
    parsed = read_transcript_bytes(RUSSIAN.encode(codec), "ru.txt")
    assert parsed.text == RUSSIAN


def test_forced_encoding_is_honoured() -> None:
    data = RUSSIAN.encode("koi8-r")
    assert read_transcript_bytes(data, "ru.txt", encoding="koi8-r").text == RUSSIAN
    forced = read_transcript_bytes(data, "ru.txt", encoding="cp1251")
    assert forced.encoding == "cp1251" and forced.text != RUSSIAN


def test_fifo_named_txt_is_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputFileError, match="not a regular file") as info:
        read_transcript(fifo)
    assert info.value.path == "x.txt"
    assert time.monotonic() - start < 5  # a read would block forever


def test_link_to_a_device_named_txt_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputFileError, match="not a regular file"):
        read_transcript(link)


def test_an_unexpected_reader_failure_names_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qualcode.io.transcripts import rtf_reader

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("a bug in the RTF library")

    monkeypatch.setattr(rtf_reader, "rtf_to_text", broken)
    bad = tmp_path / "odd.rtf"
    bad.write_bytes(rb"{\rtf1 I: hi}")
    good = tmp_path / "good.txt"
    good.write_text("P1: fine\n", encoding="utf-8")
    results = parse_many([bad, good], workers=1)
    assert isinstance(results[0], InputFileError) and results[0].path == "odd.rtf"
    assert "failed unexpectedly" in results[0].message and "a bug in the RTF library" in results[0].message
    assert results[1].text == "P1: fine\n"


def test_pdf_damage_that_makes_pypdf_raise_attribute_error_names_the_file() -> None:
    from tests.hostile.make_hostile_files import _FONT, _PAGE, _pdf, _stream

    pdf = bytearray(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE,
        _stream(b"BT /F1 12 Tf 72 720 Td (I: hello) Tj ET", compress=False), _FONT,
    ]))
    # Four bytes changed by a fuzzer: pypdf then raised AttributeError ('NumberObject' ... 'items').
    for offset, byte in ((100, "/"), (14, "6"), (450, "7"), (537, "7")):
        pdf[offset] = ord(byte)
    with pytest.raises(InputFileError) as info:
        read_transcript_bytes(bytes(pdf), "damaged.pdf")
    assert info.value.path == "damaged.pdf"
