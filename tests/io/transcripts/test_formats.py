"""Each format on files built here, whose content we therefore know."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P, Span

from qualcode.io.transcripts import NO_SPEAKER, read_transcript, read_transcript_bytes


def _turns(parsed) -> list[tuple[str, float | None, str]]:
    return [(t.speaker, t.timestamp, parsed.turn_text(i)) for i, t in enumerate(parsed.turns)]


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_bold_labels_text_labels_and_tables_in_reading_order() -> None:
    def build(document) -> None:
        document.add_paragraph("Interview 7")
        p = document.add_paragraph()
        p.add_run("Interviewer").bold = True
        p.add_run(" How did it start?")
        p = document.add_paragraph()
        p.add_run("Maria:").bold = True
        p.add_run(" With a letter.")
        document.add_paragraph("It came in May.")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Interviewer"
        table.cell(0, 1).text = "And then?"
        table.cell(1, 0).text = "Maria"
        table.cell(1, 1).text = "Then I left."
        document.add_paragraph("P2: Written as text.")
        p = document.add_paragraph()
        p.add_run("A whole bold heading line").bold = True

    parsed = read_transcript_bytes(_docx_bytes(build), "t.docx")
    assert parsed.text == (
        "Interview 7\nInterviewer How did it start?\nMaria: With a letter.\nIt came in May.\n"
        "Interviewer\tAnd then?\nMaria\tThen I left.\nP2: Written as text.\nA whole bold heading line"
    )
    assert _turns(parsed) == [
        ("Interviewer", None, "How did it start?"),
        ("Maria", None, "With a letter.\nIt came in May."),
        ("Interviewer", None, "And then?"),
        ("Maria", None, "Then I left."),
        ("P2", None, "Written as text.\nA whole bold heading line"),
    ]


def test_odt_bold_span_label() -> None:
    document = OpenDocumentText()
    bold = Style(name="B1", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    p = P()
    p.addElement(Span(stylename=bold, text="Interviewer"))
    p.addText(" Tell me more.")
    document.text.addElement(p)
    second = P()
    # teletype writes the double space as <text:s/>, as office suites do;
    # a literal run of spaces would collapse to one under the ODF rules.
    teletype.addTextToElement(second, "P9: It was  fine.")
    document.text.addElement(second)
    buffer = io.BytesIO()
    document.write(buffer)
    parsed = read_transcript_bytes(buffer.getvalue(), "t.odt")
    assert parsed.text == "Interviewer Tell me more.\nP9: It was  fine."
    assert _turns(parsed) == [("Interviewer", None, "Tell me more."), ("P9", None, "It was  fine.")]


def _pdf(pages: list[str]) -> bytes:
    """A minimal PDF with one Helvetica text line per page ('' = a page without text)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for text in pages:
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET" if text else ""
        content_id = len(objects) + 1
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        kids.append(len(objects) + 1)
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> "
            f"/Contents {content_id} 0 R >>"
        )
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_layer_and_pages_without_text() -> None:
    parsed = read_transcript_bytes(_pdf(["Interviewer: Hello.", "", "P1: Hi there."]), "t.pdf")
    assert parsed.pages_without_text == (2,)
    assert any("Pages without a text layer" in w and "2" in w for w in parsed.warnings)
    assert _turns(parsed) == [("Interviewer", None, "Hello."), ("P1", None, "Hi there.")]


def test_pdf_without_any_text_layer_is_an_error() -> None:
    with pytest.raises(Exception, match="No page of this PDF has a text layer") as info:
        read_transcript_bytes(_pdf(["", ""]), "scan.pdf")
    assert info.value.path == "scan.pdf"


def test_rtf_with_codepage_escapes() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
        rb"\f0 Interviewer: Caf\'e9 ou th\'e9?\par P1: Un caf\'e9, merci.\par }"
    )
    parsed = read_transcript_bytes(rtf, "t.rtf")
    assert _turns(parsed) == [("Interviewer", None, "Café ou thé?"), ("P1", None, "Un café, merci.")]


def test_html_blocks_bold_labels_and_hidden_parts() -> None:
    page = (
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<p><b>Interviewer:</b> Where   were\nyou?</p><p><strong>Ana</strong> At home &amp; work.</p>"
        "<script>var a = 'P3: no';</script><table><tr><td>P3</td><td>Table turn</td></tr></table>"
        "</body></html>"
    )
    parsed = read_transcript_bytes(page.encode(), "t.html")
    assert parsed.text == "Interviewer: Where were you?\nAna At home & work.\nP3\tTable turn"
    assert _turns(parsed) == [
        ("Interviewer", None, "Where were you?"),
        ("Ana", None, "At home & work."),
        ("P3", None, "Table turn"),
    ]


def test_markdown_kept_verbatim_with_bold_labels() -> None:
    md = "# Interview\n\n**Interviewer:** Why?\n\n__P4__: Because.\n"
    parsed = read_transcript_bytes(md.encode(), "t.md")
    assert parsed.format == "md" and parsed.text == md
    assert _turns(parsed) == [("Interviewer", None, "Why?"), ("P4", None, "Because.")]


def test_vtt_voices_tags_and_labels() -> None:
    vtt = (
        "WEBVTT - interview\n\n"
        "00:01.000 --> 00:04.000\n<v Ana Lopez>Hello <i>there</i> &amp; welcome</v>\n\n"
        "intro\n00:00:05.500 --> 00:00:07.000 align:start\n<v.loud Bob>Hi!\n\n"
        "00:00:08.000 --> 00:00:09.000\nP3: Labelled in text\n\n"
        "00:00:10.000 --> 00:00:11.000\nNobody in particular\n"
    )
    parsed = read_transcript_bytes(vtt.encode(), "t.vtt")
    assert parsed.text.split("\n") == [
        "[00:00:01.000] Ana Lopez: Hello there & welcome",
        "[00:00:05.500] Bob: Hi!",
        "[00:00:08.000] P3: Labelled in text",
        "[00:00:10.000] Nobody in particular",
    ]
    assert _turns(parsed) == [
        ("Ana Lopez", 1.0, "Hello there & welcome"),
        ("Bob", 5.5, "Hi!"),
        ("P3", 8.0, "Labelled in text"),
        (NO_SPEAKER, 10.0, "Nobody in particular"),
    ]


def test_srt_bad_timing_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nOk\n\n2\n00:00:03,000 --> soon\nBad\n", encoding="utf-8")
    with pytest.raises(Exception, match="cannot be read") as info:
        read_transcript(path)
    assert (info.value.path, info.value.location) == ("bad.srt", "line 6")


def test_docx_of_plain_paragraphs_bold_labels_found_where_no_pattern_is() -> None:
    """A body of paragraphs only (most transcripts): a bold name without a colon opens a turn,
    a name in the Strong style too, a run whose bold is switched off does not."""
    def build(document) -> None:
        document.add_paragraph("Interview 9")
        p = document.add_paragraph()
        p.add_run("Interviewer").bold = True
        p.add_run(" How did it start?")
        p = document.add_paragraph()
        p.add_run("Maria").style = document.styles["Strong"]
        p.add_run(" With a letter.")
        document.add_paragraph("It came in May.")
        p = document.add_paragraph()
        p.add_run("Lena").bold = False  # <w:b w:val="0"/>: not bold, so no label
        p.add_run(" said nothing.")
        p = document.add_paragraph()
        p.add_run("P2:").bold = True
        p.add_run(" Written with a colon.")

    parsed = read_transcript_bytes(_docx_bytes(build), "t.docx")
    assert parsed.text == ("Interview 9\nInterviewer How did it start?\nMaria With a letter.\nIt came in May.\n"
                           "Lena said nothing.\nP2: Written with a colon.")
    assert _turns(parsed) == [
        ("Interviewer", None, "How did it start?"),
        ("Maria", None, "With a letter.\nIt came in May.\nLena said nothing."),
        ("P2", None, "Written with a colon."),
    ]
