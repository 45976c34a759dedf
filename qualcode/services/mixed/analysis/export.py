"""Writing a formatted results table (the regression panel's "Word…" button)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qualcode.io.word.result_table_docx import write_result_table_docx

__all__ = ["export_result_table_docx"]


def export_result_table_docx(path: str | Path, title: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                             fit_line: str = "", notes: Sequence[str] = ()) -> Path:
    """Write a results table as a Word document with the template's real styles.

    Parameters
    ----------
    path : str or Path
        The ``.docx`` file to write (replaced if it exists).
    title, header, rows, fit_line, notes
        The table as the panel formats it (strings only).

    Returns
    -------
    Path
        The file written.
    """
    target = Path(path)
    write_result_table_docx(target, title, header, rows, fit_line, notes)
    return target
