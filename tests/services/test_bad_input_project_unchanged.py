"""Every bad file gives a clear error naming it, and the project's rows stay exactly as they were."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest
from openpyxl import Workbook

from qualcode.core.errors import InputFileError, QualCodeError
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.corpus.surveys import import_survey


def _dump(path):
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute("select name from sqlite_master where type='table' order by name")]
    out = {t: raw.execute(f"select * from {t} order by 1").fetchall() for t in tables}
    raw.close()
    return out


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * 300_000_000 + b">")
    return buf.getvalue()


def _truncated_docx(tmp_path) -> bytes:
    from docx import Document

    Document().save(tmp_path / "full.docx")
    data = (tmp_path / "full.docx").read_bytes()
    return data[: len(data) // 2]


XXE = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")


def _xxe_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", XXE)
    return buf.getvalue()


BAD_TRANSCRIPTS = {
    "truncated.docx": _truncated_docx,
    "bomb.docx": lambda tmp: _zip_bomb(),
    "xxe.docx": lambda tmp: _xxe_docx(),
    "binary.txt": lambda tmp: bytes(range(256)) * 40,
    "empty.txt": lambda tmp: b"",
}


@pytest.fixture
def seeded(project, coder, tmp_path):
    (tmp_path / "P01.txt").write_text("Interviewer: Hi.\nP01: The lawyer helped.\n")
    import_transcripts(project, [tmp_path / "P01.txt"], case_from_filename=True)
    return project


@pytest.mark.parametrize("name", sorted(BAD_TRANSCRIPTS))
def test_bad_transcript_is_refused_and_project_unchanged(seeded, tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(BAD_TRANSCRIPTS[name](tmp_path))
    good = tmp_path / "P02.txt"
    good.write_text("Interviewer: And you?\nP02: Peer support.\n")
    before = _dump(seeded.location)
    with pytest.raises(InputFileError) as info:
        import_transcripts(seeded, [good, bad])
    assert name in str(info.value)
    assert _dump(seeded.location) == before


def test_utf16_without_bom_imports_correctly(seeded, tmp_path):
    path = tmp_path / "P03.txt"
    path.write_bytes("Interviewer: Как дела?\nP03: Хорошо.\n".encode("utf-16-le"))
    report = import_transcripts(seeded, [path]).value
    assert report[0].speakers == {"Interviewer": 1, "P03": 1}


def _merged_header_xlsx(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["id", "wellbeing", None])
    ws.append(["P01", 1, 2])
    ws.merge_cells("B1:C1")
    wb.save(path)


@pytest.mark.parametrize("name,content", [
    ("dup.csv", b"id,x\nP01,1\nP02,2\nP01,3\n"),
    ("merged.xlsx", None),
    ("binary.csv", bytes(range(256)) * 10),
    ("empty.csv", b""),
])
def test_bad_survey_is_refused_and_project_unchanged(seeded, tmp_path, name, content):
    path = tmp_path / name
    if content is None:
        _merged_header_xlsx(path)
    else:
        path.write_bytes(content)
    before = _dump(seeded.location)
    with pytest.raises(QualCodeError) as info:
        import_survey(seeded, path, "id", create_cases=True)
    message = str(info.value)
    assert name in message
    if name == "dup.csv":
        assert "'P01' (rows 2, 4)" in message
    if name == "merged.xlsx":
        assert "B1:C1" in message
    assert _dump(seeded.location) == before


def test_a_nul_character_in_a_transcript_is_dropped_and_spans_still_check(project):
    """SQLite's length() stops at NUL: a stored NUL made the end of the text uncodable."""
    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code, segments_of_document
    from qualcode.services.corpus.documents import add_document, get_document

    doc = add_document(project, "P01", "Interviewer: hi\x00\nP01: the end of my story").value
    assert "\x00" not in get_document(project, doc.id).text
    text = get_document(project, doc.id).text
    code = add_code(project, "Endings").value
    start = text.index("the end")
    apply_code(project, doc.id, Span(start, len(text)), code.id, _coder(project))
    (seg,) = segments_of_document(project, doc.id)
    assert text[seg.span.start:seg.span.end] == "the end of my story"


def _coder(project):
    from qualcode.services.projects import ensure_coder

    return ensure_coder(project, "Dilnoza").id
