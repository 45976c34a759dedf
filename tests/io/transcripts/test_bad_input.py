"""Hostile and broken files: each gives a clear InputFileError (or a correct import), fast."""

from __future__ import annotations

import io
import os
import resource
import zipfile
from pathlib import Path

import pytest

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts import read_transcript, read_transcript_bytes
from qualcode.io.transcripts.batch import parse_many

DATA = Path(__file__).resolve().parents[2] / "data" / "transcripts" / "qualcoder-examples"
DOCX_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def _document_xml(prolog: str, body_text: str) -> bytes:
    return (
        f'<?xml version="1.0"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r>'
        f"<w:t>{body_text}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def test_truncated_docx() -> None:
    data = (DATA / "ID1.docx").read_bytes()
    with pytest.raises(InputFileError, match="damaged or truncated") as info:
        read_transcript_bytes(data[: len(data) // 2], "ID1.docx")
    assert info.value.path == "ID1.docx"


def test_zip_bomb_named_docx_is_refused_before_inflating() -> None:
    bomb = _zip({"[Content_Types].xml": DOCX_CT.encode(), "word/document.xml": b"\0" * (64 << 20)})
    assert len(bomb) < 200_000  # ~1000x compression
    with pytest.raises(InputFileError, match="zip bomb"):  # how fast: benchmarks/parse_bench.py
        read_transcript_bytes(bomb, "bomb.docx")


def test_inflated_part_over_the_limit_is_cut_off() -> None:
    data = (DATA / "ID1.docx").read_bytes()
    with pytest.raises(InputFileError, match="limit"):
        read_transcript_bytes(data, "ID1.docx", max_bytes=1000)


def test_plain_zip_and_text_named_docx() -> None:
    with pytest.raises(InputFileError, match="no 'word/document.xml' part"):
        read_transcript_bytes(_zip({"a.txt": b"hello"}), "x.docx")
    with pytest.raises(InputFileError, match=r"not in Word \(.docx\) format .*renamed"):
        read_transcript_bytes(b"Interviewer: hello", "x.docx")


@pytest.mark.parametrize(
    "prolog",
    [
        # XML external entity reading a local file
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        # billion laughs
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
        '<!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>',
    ],
)
def test_entity_payloads_in_docx_and_odt(prolog: str) -> None:
    entity = "&xxe;" if "xxe" in prolog else "&lol9;"
    docx_bytes = _zip({"word/document.xml": _document_xml(prolog, entity)})
    with pytest.raises(InputFileError, match="DTD or entities"):
        read_transcript_bytes(docx_bytes, "evil.docx")
    content = (
        f'<?xml version="1.0"?>{prolog}<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text><text:p>{entity}</text:p></office:text></office:body>"
        "</office:document-content>"
    ).encode()
    with pytest.raises(InputFileError, match="DTD or entities"):
        read_transcript_bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                                    "content.xml": content}), "evil.odt")


def test_malformed_xml_names_the_part_and_line() -> None:
    broken = _zip({"word/document.xml": b'<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body><w:p>'})
    with pytest.raises(InputFileError, match="not well-formed") as info:
        read_transcript_bytes(broken, "broken.docx")
    assert info.value.location is not None and info.value.location.startswith("word/document.xml line")


def test_binary_file_named_txt() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000)
    with pytest.raises(InputFileError, match="binary"):
        read_transcript_bytes(png, "photo.txt")
    with pytest.raises(InputFileError, match="binary"):
        read_transcript_bytes(bytes(range(1, 32)) * 100, "controls.txt")


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputFileError, match="empty") as info:
        read_transcript(empty)
    assert info.value.path == "empty.txt"
    with pytest.raises(InputFileError, match="no text"):
        read_transcript_bytes(b" \n\r\n\t", "blank.txt")
    with pytest.raises(InputFileError, match="does not exist"):
        read_transcript(tmp_path / "missing.txt")
    with pytest.raises(InputFileError, match="Unknown transcript type"):
        read_transcript_bytes(b"x", "data.xlsx")


def test_utf16_without_bom_imports_correctly() -> None:
    text = "Interviewer: Wie geht's?\nP1: Gut, danke. Schöne Grüße!\n"
    for codec in ("utf-16-le", "utf-16-be"):
        parsed = read_transcript_bytes(text.encode(codec), "u16.txt")
        assert parsed.encoding == codec
        assert parsed.text == text
        assert parsed.turn_text(1) == "Gut, danke. Schöne Grüße!"


def test_100_mb_file_is_refused_by_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(InputFileError, match="limit") as info:  # how fast: benchmarks/parse_bench.py
        read_transcript(path)
    assert info.value.path == "huge.txt"


@pytest.mark.slow
def test_100_mb_transcript_imports_when_the_limit_allows(tmp_path: Path) -> None:
    answer = "It was fine, thank you, and the weather was good too. " * 20
    turn = f"Interviewer: How was it?\nP12: {answer.strip()}\n"
    path = tmp_path / "long.txt"
    repeats = (100 * 1024 * 1024) // len(turn) + 1
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(repeats // 10_000):
            handle.write(turn * 10_000)
    lines = path.read_bytes().count(b"\n")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parsed = read_transcript(path, max_bytes=200 * 1024 * 1024)
    assert len(parsed.turns) == lines
    assert parsed.speakers == {"Interviewer": lines // 2, "P12": lines // 2}
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 1000


def test_batch_keeps_going_past_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("P1: fine\n", encoding="utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    results = parse_many([good, bad, good], workers=1)
    assert [type(r).__name__ for r in results] == ["ParsedTranscript", "InputFileError", "ParsedTranscript"]
    assert results[1].path == "bad.docx"
