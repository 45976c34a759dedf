"""Stata .dta surveys via pyreadstat, keeping labels and extended missing values."""

from __future__ import annotations

from pathlib import Path

from qualcode.io.surveys.readstat_common import ReadstatResult, collect_meta, run_pyreadstat


def read_dta_survey(path: Path, *, encoding: str | None = None) -> ReadstatResult:
    """Read a .dta file.

    With ``user_missing=True`` Stata's extended missing values ``.a`` .. ``.z``
    arrive as the letters ``"a"`` .. ``"z"`` in numeric columns; they are kept
    and listed as the column's missing values (``frame_with_missing_as_nan``
    turns them into NaN).
    """
    import pyreadstat

    frame, meta = run_pyreadstat(path, pyreadstat.read_dta, "a Stata .dta file", user_missing=True, encoding=encoding)
    return ReadstatResult(
        frame=frame,
        row_numbers=tuple(range(1, len(frame) + 1)),
        encoding=getattr(meta, "file_encoding", None),
        columns=collect_meta(frame, meta),
    )
