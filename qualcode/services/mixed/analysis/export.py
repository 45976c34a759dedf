"""Writing a formatted results table (the regression panel's "Word…" button)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qualcode.io.word.result_table_docx import write_result_table_docx
from qualcode.services.output_language import project_labels
from qualcode.storage.project import Project

__all__ = ["export_result_table_docx"]


def export_result_table_docx(path: str | Path, title: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                             fit_line: str = "", notes: Sequence[str] = (), *, project: Project | None = None,
                             language: str | None = None, decimal_comma: bool | None = None) -> Path:
    """Write a results table as a Word document with the template's real styles.

    Parameters
    ----------
    path : str or Path
        The ``.docx`` file to write (replaced if it exists).
    title, header, rows, fit_line, notes
        The table as the panel formats it (strings only, English APA terms and decimal points).
    project, language, decimal_comma
        The output language: ``language`` (en, ru, uz) if given, else the ``project``'s
        setting, else English. Known header terms ("b", "SE", "95% CI", "OR" ...) and "Note."
        are translated and, with a decimal comma, the numbers rewritten ("0,21", "[0,12; 0,45]").

    Returns
    -------
    Path
        The file written.
    """
    target = Path(path)
    if project is not None:
        labels = project_labels(project, language, decimal_comma)
    else:
        from qualcode.core.labels import output_labels

        labels = output_labels(language or "en", decimal_comma)
    write_result_table_docx(target, title, header, rows, fit_line, notes, labels)
    return target
