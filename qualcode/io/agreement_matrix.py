"""A plain coder x unit table for agreement: rows are coders, columns are units, empty = not coded."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from qualcode.core.errors import InputFileError
from qualcode.io.surveys.safety import check_file_size
from qualcode.io.transcripts.encoding import decode_text

__all__ = ["AgreementMatrix", "read_agreement_matrix"]

_LIMIT = 200 * 1024 * 1024


@dataclass(frozen=True)
class AgreementMatrix:
    """What the file holds: coder names, unit names and the values (None = not coded)."""

    coders: tuple[str, ...]
    units: tuple[str, ...]
    rows: tuple[tuple[float | str | None, ...], ...]


def _value(cell: str) -> float | str | None:
    cell = cell.strip()
    if not cell or cell.upper() in ("NA", "NAN"):
        return None
    try:
        return float(cell)
    except ValueError:
        return cell


def read_agreement_matrix(path: str | Path, *, labels: bool = True) -> AgreementMatrix:
    """Read a CSV (comma, semicolon or tab) of coders (rows) x units (columns).

    Parameters
    ----------
    path : the CSV file
    labels : the first row names the units and the first column the coders (default);
        ``False`` reads a bare matrix of values.

    Raises
    ------
    InputFileError
        Not a readable text table, rows of different length, fewer than two coders.
    """
    path = Path(path)
    check_file_size(path, _LIMIT, "agreement table")
    text, _codec = decode_text(path.read_bytes(), str(path))
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if labels:
        if len(rows) < 2:
            raise InputFileError(str(path), "The table needs a header row of unit names and one row per coder.")
        header, body = rows[0], rows[1:]
        units = tuple(h.strip() for h in header[1:])
    else:
        body = rows
        units = tuple(f"unit {i + 1}" for i in range(max((len(r) for r in rows), default=0)))
    width = len(units) + (1 if labels else 0)
    for number, row in enumerate(body, start=2 if labels else 1):
        if len(row) < width:
            row.extend([""] * (width - len(row)))
        if len(row) > width and any(c.strip() for c in row[width:]):
            raise InputFileError(str(path), f"This row has {len(row)} cells but the header has {width}.",
                                 f"line {number}")
    if len(body) < 2:
        raise InputFileError(str(path), f"Agreement needs at least two coders (rows); the table has {len(body)}.")
    if not units:
        raise InputFileError(str(path), "The table has no unit columns.")
    coders = tuple(r[0].strip() or f"coder {i + 1}" for i, r in enumerate(body)) if labels else tuple(
        f"coder {i + 1}" for i in range(len(body)))
    start = 1 if labels else 0
    values = tuple(tuple(_value(c) for c in r[start:width]) for r in body)
    if all(v is None for r in values for v in r):
        raise InputFileError(str(path), "No coder coded any unit (every cell is empty).")
    return AgreementMatrix(coders, units, values)
