"""A regression results table as a Word document (APA style, the template's real styles).

The caption is a 'Caption' paragraph, the table uses :data:`~qualcode.io.word.blocks.APA_TABLE_STYLE`
(horizontal rules only), and the fit statistics and notes follow as paragraphs, each note
with its "Note." label in the 'Strong' style, so the user can restyle it all in Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx

from qualcode.core.labels import OutputLabels, output_labels
from qualcode.io.atomic_write import atomic_save
from qualcode.io.word.blocks import Writer

ENGLISH = output_labels("en")
_FIXED_TERMS = frozenset({"(Intercept)", "Intercept"})

__all__ = ["build_result_table", "write_result_table_docx"]


def build_result_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]], fit_line: str = "",
                       notes: Sequence[str] = (), labels: OutputLabels = ENGLISH) -> docx.document.Document:
    """The document: caption, table (header row repeats), fit line, notes.

    Parameters
    ----------
    title : str
        Caption, e.g. ``"Logistic regression: SR (n = 121)"``.
    header, rows : sequences of str
        Already formatted cells (estimates to 2 decimals, p as ".008").
    fit_line : str
        Model statistics; line breaks start new paragraphs.
    notes : sequence of str
        One "Note." paragraph each.
    labels : OutputLabels
        The output language: header terms the catalogue knows ("Term", "b", "SE", "95% CI",
        "OR" ...) and "Note." are translated; with a decimal comma every number in the
        cells (the first column, the term names, aside), the fit line and the notes is rewritten
        (``0.21`` -> ``0,21``, ``[0.12, 0.45]`` -> ``[0,12; 0,45]``).
    """
    document = docx.Document()
    w = Writer(document)
    num = labels.number
    w.paragraph(num(title), "Caption")
    # the first column holds the user's variable names: only the intercept is a fixed label
    body = [[labels(cells[0]) if cells[0] in _FIXED_TERMS else cells[0], *(num(c) for c in cells[1:])]
            if cells else [] for cells in (list(r) for r in rows)]
    w.table([[labels(h) for h in header], *body], header=True)
    for line in fit_line.splitlines():
        w.paragraph(num(line))
    for note in notes:
        w.labelled(labels("Note."), num(note))
    return document


def write_result_table_docx(path: str | Path, title: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                            fit_line: str = "", notes: Sequence[str] = (), labels: OutputLabels = ENGLISH) -> None:
    """Write :func:`build_result_table` to ``path``."""
    atomic_save(path, build_result_table(title, header, rows, fit_line, notes, labels).save)
