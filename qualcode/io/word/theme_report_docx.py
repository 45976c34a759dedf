"""The thematic report (phase 6) as a Word document.

Title block; the thematic map as a figure; an APA summary table of themes (prevalence
across cases); then per theme (Heading 1, sub-themes Heading 2): definition, narrative,
codes, sub-themes, prevalence and 2-4 illustrative quotes in the 'Quote' style.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import docx
from docx.shared import Inches

from qualcode.io.atomic_write import atomic_save
from qualcode.io.word.blocks import Writer
from qualcode.io.word.map_picture import render_map_png
from qualcode.core.labels import OutputLabels
from qualcode.io.word.model import ENGLISH, ReportTheme, ThemeReportDocument

MAX_QUOTES = 4


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}" if whole else "\u2014"


def _picture_size(png: bytes, max_width_in: float = 6.0, max_height_in: float = 4.6) -> dict[str, Any]:
    """Fit the picture in the text width and low enough to share page 1 with the title."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        return {"width": Inches(max_width_in)}
    width, height = struct.unpack(">II", png[16:24])
    scale = min(max_width_in / width, max_height_in / height)
    return {"width": Inches(width * scale), "height": Inches(height * scale)}


def _summary_rows(themes: tuple[ReportTheme, ...], tr: OutputLabels = ENGLISH) -> list[list[str]]:
    rows = [[tr("Theme"), tr("Status"), tr("Cases"), "%", tr("Segments"), tr("Documents")]]
    for t in themes:
        rows.append([("\u2003" * t.depth) + t.name, tr(t.status), f"{t.frequency.cases}/{t.cases_total}",
                     _pct(t.frequency.cases, t.cases_total), str(t.frequency.segments), str(t.frequency.documents)])
    return rows


def build_report(model: ThemeReportDocument) -> docx.document.Document:
    document = docx.Document()
    w = Writer(document)
    tr = model.labels
    w.heading(tr(model.title), 0)
    w.paragraph(model.project, "Subtitle")
    w.labelled(tr("Date:"), model.date)
    w.labelled(tr("Coders:"), ", ".join(model.coders) or "\u2014")
    w.labelled(tr("Themes:"), tr("{themes} themes, {subs} sub-themes",
                                 themes=sum(1 for t in model.themes if t.depth == 0),
                                 subs=sum(1 for t in model.themes if t.depth > 0)))
    png = model.map_png
    if png is None and model.thematic_map is not None and model.thematic_map.nodes:
        png = render_map_png(model.thematic_map, model.map_membership)
    if png is not None:
        w.heading(tr("Thematic map"), 1)
        document.add_picture(io.BytesIO(png), **_picture_size(png))
        w.paragraph(f"{tr('Figure')} 1. "
                    + tr("Thematic map: themes (boxes), their codes (pills) and the relations drawn between them."),
                    "Caption")
    w.heading(tr("Overview of themes"), 1)
    w.paragraph(tr("Table {number}", number=1), "Caption")
    w.paragraph(tr("Prevalence of themes across cases"), "Caption")
    w.table(_summary_rows(model.themes, tr), widths_cm=(4.4, 2.4, 1.8, 1.4, 2.6, 3.4))
    for theme in model.themes:
        w.heading(theme.name, 1 if theme.depth == 0 else 2)
        w.labelled(tr("Definition."), theme.definition or tr("Not yet defined."))
        if theme.narrative:
            for para in [p for p in theme.narrative.split("\n\n") if p.strip()]:
                w.paragraph(para.strip())
        w.labelled(tr("Prevalence."), theme.prevalence_in(tr))
        if theme.codes:
            w.labelled(tr("Codes."), "; ".join(theme.codes) + ".")
        if theme.sub_themes:
            w.labelled(tr("Sub-themes."), "; ".join(theme.sub_themes) + ".")
        if theme.warnings:
            w.labelled(tr("Review notes."), "; ".join(theme.warnings) + ".")
        for quote in theme.quotes[:MAX_QUOTES]:
            w.quote(quote.text, quote.source_in(tr), marks=tr.quote_marks)
    return document


def write_theme_report_docx(model: ThemeReportDocument, path: str | Path) -> None:
    atomic_save(path, build_report(model).save)
