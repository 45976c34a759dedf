"""The Word codebook, read back with python-docx: real styles, every field, quotes with sources."""

from __future__ import annotations

import docx
import pytest

from qualcode.services.export import export_codebook_docx
from tests.services.theme_project import QUOTES, build


@pytest.fixture
def codebook_doc(project, coder, tmp_path):
    build(project, coder.id)
    path = tmp_path / "codebook.docx"
    export_codebook_docx(project, path)
    return docx.Document(str(path))


def _styled(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_headings_follow_the_code_tree(codebook_doc):
    assert _styled(codebook_doc, "Title") == ["Codebook"]
    assert _styled(codebook_doc, "Heading 1") == ["Workload", "Lecture slides", "Value of the course",
                                                  "Appendix: code frequencies"]
    assert _styled(codebook_doc, "Heading 2") == ["Too many assignments"]
    subtitle = _styled(codebook_doc, "Subtitle")
    assert "Workload/Too many assignments" in subtitle
    labels = {p.text.split(":")[0] for p in codebook_doc.paragraphs if p.runs and p.runs[0].style.name == "Strong"}
    assert {"Date", "Coders", "Analysis phase", "Codes"} <= labels
    assert any(p.text == "Coders: Dilnoza" for p in codebook_doc.paragraphs)


def test_field_tables_and_frequencies(codebook_doc):
    tables = codebook_doc.tables
    assert len(tables) == 5  # one per code, and the appendix
    assert {t.style.name for t in tables} == {"Light Shading"}
    fields = {row.cells[0].text: row.cells[1].text for row in tables[1].rows}  # Too many assignments
    assert list(fields)[:7] == ["Definition", "Inclusion criteria", "Exclusion criteria", "Typical example",
                                "Atypical example", "Origin", "Frequency"]
    assert fields["Definition"] == "Assignments felt too many or too long."
    assert fields["Origin"] == "inductive"
    # hand count: id3's and id1's complaints, in the one focus-group document
    assert fields["Frequency"] == "2 segments · 1 document · 2 cases"
    workload = {row.cells[0].text: row.cells[1].text for row in tables[0].rows}
    assert workload["Frequency"] == "0 segments · 0 documents · 0 cases"
    assert workload["With sub-codes"] == "2 segments · 1 document · 2 cases"
    appendix = [[c.text for c in row.cells] for row in tables[-1].rows]
    assert appendix[0] == ["Code", "Origin", "Segments", "Documents", "Cases"]
    assert [r[0].strip() for r in appendix[1:]] == ["Workload", "Too many assignments", "Lecture slides",
                                                   "Value of the course"]
    assert [r[2] for r in appendix[1:]] == ["0", "2", "1", "2"]
    # APA: no vertical rules (banding off, no vertical band), header row repeats
    look = tables[-1]._tbl.tblPr.find(docx.oxml.ns.qn("w:tblLook"))
    assert look.get(docx.oxml.ns.qn("w:noVBand")) == "1"


def test_quotes_carry_document_speaker_and_case(codebook_doc):
    quotes = _styled(codebook_doc, "Quote")
    assert f"\u201c{QUOTES['assign_id3']}\u201d\n\u2014 id3 · transcript" in quotes
    assert f"\u201c{QUOTES['assign_id1']}\u201d\n\u2014 id1 · transcript" in quotes
    assert f"\u201c{QUOTES['slides_id2']}\u201d\n\u2014 id2 · transcript" in quotes
    assert len(quotes) == 5  # every coded segment, at most 3 per code
