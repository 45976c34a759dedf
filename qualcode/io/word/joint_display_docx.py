"""Joint displays as a Word document: one APA-style table per display, real styles.

Side by side: Domain | Quantitative result | Theme (cases) | Exemplar quotes | Meta-inference.
Statistics by themes: Theme | one column per group (n) with "n (%)" and a quote per cell.
Each table has an APA label ("Table 1", bold) and title (italic), then a "Note." paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx

from qualcode.core.joint_display import DisplayKind, JointDisplayView, MetaInference, QuoteView
from qualcode.core.labels import OutputLabels, output_labels
from qualcode.io.atomic_write import atomic_save
from qualcode.io.word.blocks import Writer

ENGLISH = output_labels("en")
_EFFECT_NOTE = ("OR = odds ratio; IRR = incidence rate ratio; B = unstandardised coefficient with 95% CI; "
                "\u03b2 = standardised coefficient.")

_LABELS = {MetaInference.CONFIRM: "Confirm", MetaInference.EXPAND: "Expand", MetaInference.DISCORD: "Discord",
           MetaInference.UNLABELLED: "\u2014"}


def _quote(q: QuoteView) -> str:
    return f"\u201c{q.text}\u201d \u2014 {q.source}"


def _meta(label: MetaInference, note: str, tr: OutputLabels = ENGLISH) -> str:
    return tr(_LABELS[label]) + (f"\n{note}" if note else "")


def side_by_side_rows(view: JointDisplayView, tr: OutputLabels = ENGLISH) -> list[list[str]]:
    rows = [[tr("Domain"), tr("Quantitative result"), tr("Theme (cases)"), tr("Exemplar quotes"),
             tr("Meta-inference")]]
    for r in view.side_rows:
        quant = (f"{r.quant.analysis_name}, {r.quant.term}: {tr.number(r.quant.text)} (n = {r.quant.n})"
                 if r.quant else (r.problem or "\u2014"))
        theme = f"{r.theme} ({r.cases_with_theme}/{r.cases_total})" if r.theme else "\u2014"
        quotes = "\n".join(_quote(q) for q in r.quotes) or "\u2014"
        rows.append([r.domain, quant, theme, quotes, _meta(r.meta_inference, r.note, tr)])
    return rows


def stats_rows(view: JointDisplayView, tr: OutputLabels = ENGLISH) -> list[list[str]]:
    header = [tr("Theme"), *(tr("{label} (n = {n}; survey n = {survey})", label=c.label, n=c.n_cases,
                                survey=c.n_survey) for c in view.columns)]
    rows = [header]
    for r in view.stats_rows:
        cells = []
        for cell in r.cells:
            text = f"{cell.n} ({cell.percent:.0f} %)" if cell.percent is not None else f"{cell.n} (\u2014)"
            if cell.quote is not None:
                text += "\n" + _quote(cell.quote)
            cells.append(text)
        name = r.theme + (f"\n[{tr(_LABELS[r.meta_inference])}]"
                          if r.meta_inference is not MetaInference.UNLABELLED else "")
        rows.append([name, *cells])
    return rows


def write_joint_displays_docx(views: Sequence[JointDisplayView], path: str | Path, *, project: str = "",
                              date: str = "", labels: OutputLabels = ENGLISH) -> None:
    """Write one table per joint display (APA label, italic title, note) to ``path``, with the
    fixed labels and decimal mark of ``labels`` (the project's output language)."""
    tr = labels
    document = docx.Document()
    w = Writer(document)
    w.heading(tr("Joint displays"), 0)
    if project:
        w.paragraph(project, "Subtitle")
    if date:
        w.labelled(tr("Date:"), date)
    for number, view in enumerate(views, start=1):
        w.heading(view.name, 1)
        label = w.paragraph(tr("Table {number}", number=number))
        label.runs[0].bold = True
        title = w.paragraph(view.name)
        title.runs[0].italic = True
        if view.kind is DisplayKind.SIDE_BY_SIDE:
            w.table(side_by_side_rows(view, tr), widths_cm=[2.6, 4.2, 3.0, 5.0, 2.6])
        else:
            rows = stats_rows(view, tr)
            first = 4.0
            rest = (17.4 - first) / max(1, len(rows[0]) - 1)
            w.table(rows, first_column=True, widths_cm=[first, *([rest] * (len(rows[0]) - 1))])
        notes = [view.note] if view.note else []
        notes += list(view.notes)
        if view.kind is DisplayKind.SIDE_BY_SIDE:
            notes.append(tr(_EFFECT_NOTE))
        w.labelled(tr("Note."), " ".join(notes))
    atomic_save(path, document.save)
