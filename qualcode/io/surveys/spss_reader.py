"""SPSS .sav surveys via pyreadstat, keeping labels and user-missing codes."""

from __future__ import annotations

from pathlib import Path

from qualcode.io.surveys.readstat_common import ReadstatResult, collect_meta, run_pyreadstat


def read_sav_survey(path: Path, *, encoding: str | None = None) -> ReadstatResult:
    """Read a .sav file.

    ``user_missing=True`` keeps codes such as ``-99`` as values; they are listed
    in the metadata so analyses can treat them as missing while the user still
    sees that "refused" differs from "not asked".
    """
    import pyreadstat

    frame, meta = run_pyreadstat(path, pyreadstat.read_sav, "an SPSS .sav file", user_missing=True, encoding=encoding)
    return ReadstatResult(
        frame=frame,
        row_numbers=tuple(range(1, len(frame) + 1)),
        encoding=getattr(meta, "file_encoding", None),
        columns=collect_meta(frame, meta),
    )
