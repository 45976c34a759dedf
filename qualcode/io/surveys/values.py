"""Turning raw cells (strings from a CSV, Python values from a sheet) into typed columns."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

import pandas as pd

from qualcode.core.errors import InputFileError

_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
# "007" is an identifier, not the number 7; converting would lose the zeros.
_LEADING_ZERO = re.compile(r"^[+-]?0\d")
# Share of cells that must parse as numbers before we mention the rest.
_MOSTLY_NUMERIC = 0.8


def _as_cell(value: object) -> object:
    """Normalise one cell: None for empty, numbers as int/float, else str."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def _parse_number(text: str, decimal_comma: bool) -> float | int | None:
    stripped = text.strip()
    if _LEADING_ZERO.match(stripped):
        return None
    if decimal_comma and _DECIMAL_COMMA.match(stripped):
        stripped = stripped.replace(",", ".")
    if not _NUMBER.match(stripped):
        return None
    number = float(stripped)
    if "." not in stripped and "e" not in stripped.lower() and abs(number) < 2**53:
        return int(stripped)
    return number


def build_column(
    name: str,
    raw: Sequence[object],
    row_numbers: Sequence[int],
    warnings: list[str],
    *,
    decimal_comma: bool = False,
) -> pd.Series:
    """A typed Series from raw cells.

    A column is numeric when every non-empty cell is a number (or a string
    that reads as one, without leading zeros). Otherwise the cells are kept
    as strings, unmodified; if most were numbers, a warning names the cells
    that were not, because a stray ``"n/a"`` usually means a missing value.
    """
    cells = [_as_cell(value) for value in raw]
    present = [(i, cell) for i, cell in enumerate(cells) if cell is not None]
    if present and all(isinstance(cell, bool) for _, cell in present):
        return pd.Series([c if c is not None else None for c in cells], name=name, dtype="boolean")
    numbers: list[float | int | None] = []
    bad: list[int] = []
    for i, cell in enumerate(cells):
        if cell is None:
            numbers.append(None)
        elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
            numbers.append(cell)
        else:
            parsed = _parse_number(str(cell), decimal_comma)
            numbers.append(parsed)
            if parsed is None:
                bad.append(i)
    if present and not bad:
        values = [math.nan if n is None else n for n in numbers]
        series = pd.Series(values, name=name, dtype=float)
        if series.notna().all() and all(float(v).is_integer() for v in values):
            return series.astype("int64")
        return series
    if present and len(bad) < len(present) and (len(present) - len(bad)) / len(present) >= _MOSTLY_NUMERIC:
        shown = ", ".join(f"{cells[i]!r} (row {row_numbers[i]})" for i in bad[:5])
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        warnings.append(
            f"Column {name!r} is mostly numbers but has non-numeric cells {shown}{more}; "
            "it was read as text. Mark such codes as missing or fix them in the file."
        )
    texts = [None if cell is None else str(cell) for cell in cells]
    return pd.Series(texts, name=name, dtype="str")


def clean_header(path: str, header: Sequence[object], location: str, warnings: list[str]) -> list[str]:
    """Column names: stripped, blanks named ``column_N``, duplicates refused."""
    names: list[str] = []
    for position, raw in enumerate(header, start=1):
        cell = _as_cell(raw)
        text = "" if cell is None else str(cell).strip()
        if not text:
            text = f"column_{position}"
            warnings.append(f"Column {position} has no name in the header; it was called {text!r}.")
        names.append(text)
    seen: dict[str, int] = {}
    for position, text in enumerate(names, start=1):
        if text in seen:
            raise InputFileError(
                path,
                f"The column name {text!r} occurs twice in the header (columns {seen[text]} and {position}). "
                "Rename one of them.",
                location,
            )
        seen[text] = position
    return names
