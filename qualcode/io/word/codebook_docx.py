"""The structured codebook as a Word document (UX.md "Word output").

Title block (project, date, coders, phase); Heading 1 per top-level code, Heading 2 per
sub-code (Heading 3 below that); a two-column table of every field; example quotes in the
'Quote' style with their source; an appendix frequency table. Only the template's own
styles are used, so the user can restyle the whole document in Word.
"""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode.io.atomic_write import atomic_save
from qualcode.io.word.blocks import Writer
from qualcode.core.labels import OutputLabels
from qualcode.io.word.model import ENGLISH, CodebookCode, CodebookDocument

FIELD_LABELS = (
    ("definition", "Definition"), ("inclusion", "Inclusion criteria"), ("exclusion", "Exclusion criteria"),
    ("typical_example", "Typical example"), ("atypical_example", "Atypical example"), ("origin", "Origin"),
)


def _field_rows(code: CodebookCode, labels: OutputLabels = ENGLISH) -> list[list[str]]:
    rows = [[labels(label), getattr(code, attr) or "\u2014"] for attr, label in FIELD_LABELS]
    rows[-1][1] = labels(rows[-1][1])  # origin: deductive / inductive / in-vivo
    rows.append([labels("Frequency"), code.frequency.label(labels)])
    if code.frequency_with_subcodes is not None:
        rows.append([labels("With sub-codes"), code.frequency_with_subcodes.label(labels)])
    if code.history:
        rows.append([labels("Version history"), "\n".join(code.history)])
    return rows


def _field_widths(rows: list[list[str]]) -> tuple[float, float]:
    """4 cm for the labels, more when a label word is longer ("Происхождение" in bold needs ~4.8 cm)."""
    longest = max((len(word) for row in rows for word in row[0].split()), default=0)
    first = min(6.0, max(4.0, 0.34 * longest + 0.4))
    return first, 16.0 - first


def build_codebook(model: CodebookDocument) -> docx.document.Document:
    document = docx.Document()
    w = Writer(document)
    tr = model.labels
    w.heading(tr(model.title), 0)
    w.paragraph(model.project, "Subtitle")
    w.labelled(tr("Date:"), model.date)
    w.labelled(tr("Coders:"), ", ".join(model.coders) or "\u2014")
    w.labelled(tr("Analysis phase:"), tr(model.phase))
    w.labelled(tr("Codes:"), tr("{total} ({top} top-level)", total=len(model.codes),
                                top=sum(1 for c in model.codes if c.depth == 0)))
    for code in model.codes:
        w.heading(code.name, min(code.depth + 1, 3))
        if code.depth:
            w.paragraph(code.path, "Subtitle")
        rows = _field_rows(code, tr)
        w.table(rows, header=False, first_column=True, widths_cm=_field_widths(rows))
        if code.quotes:
            w.paragraph(tr("Examples from the data"), "Heading 4")
            for quote in code.quotes:
                w.quote(quote.text, quote.source_in(tr), marks=tr.quote_marks)
    w.heading(tr("Appendix: code frequencies"), 1)
    w.paragraph(tr("Table A1"), "Caption")
    w.paragraph(tr("Coded segments, documents and cases per code"), "Caption")
    rows = [[tr("Code"), tr("Origin"), tr("Segments"), tr("Documents"), tr("Cases")]]
    rows += [[("\u2003" * c.depth) + c.name, tr(c.origin), str(c.frequency.segments), str(c.frequency.documents),
              str(c.frequency.cases)] for c in model.codes]
    w.table(rows, header=True, widths_cm=(7.0, 2.6, 2.2, 2.2, 2.0))
    return document


def write_codebook_docx(model: CodebookDocument, path: str | Path) -> None:
    atomic_save(path, build_codebook(model).save)
