"""A regression results table as a Word document (APA style, the template's real styles).

The caption is a 'Caption' paragraph, the table uses :data:`~qualcode.io.word.blocks.APA_TABLE_STYLE`
(horizontal rules only), and the fit statistics and notes follow as paragraphs, each note
with its "Note." label in the 'Strong' style, so the user can restyle it all in Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx

from qualcode.io.atomic_write import atomic_save
from qualcode.io.word.blocks import Writer

__all__ = ["build_result_table", "write_result_table_docx"]


def build_result_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]], fit_line: str = "",
                       notes: Sequence[str] = ()) -> docx.document.Document:
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
    """
    document = docx.Document()
    w = Writer(document)
    w.paragraph(title, "Caption")
    w.table([list(header), *[list(r) for r in rows]], header=True)
    for line in fit_line.splitlines():
        w.paragraph(line)
    for note in notes:
        w.labelled("Note.", note)
    return document


def write_result_table_docx(path: str | Path, title: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                            fit_line: str = "", notes: Sequence[str] = ()) -> None:
    """Write :func:`build_result_table` to ``path``."""
    atomic_save(path, build_result_table(title, header, rows, fit_line, notes).save)
