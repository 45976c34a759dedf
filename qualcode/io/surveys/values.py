"""Turning raw cells (strings from a CSV, Python values from a sheet) into typed columns."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import cast

import numpy as np
import pandas as pd

from qualcode.core.errors import InputFileError

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
# European Excel with a thousands separator: "1.234,50", "1 234,50" (no-break spaces in French).
# Only with the decimal comma present: "1.234" alone could be 1.234 or 1234.
_GROUPED_DECIMAL_COMMA = re.compile(r"^[+-]?\d{1,3}(?:[.\u00a0\u202f ]\d{3})+,\d+$")
_GROUP_MARKS = re.compile(r"[.\u00a0\u202f ]")
# "007" is an identifier, not the number 7; converting would lose the zeros.
_LEADING_ZERO = re.compile(r"^[+-]?0\d")
# What R, pandas, SAS/Stata exports and people write for "no value". Only whole
# cells match, and the user is told which columns had them.
MISSING_TOKENS = frozenset({"NA", "N/A", "n/a", "na", "NaN", "nan", "null", "NULL", "."})
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


def comma_decimals_to_points(texts: pd.Series) -> pd.Series:
    """Stripped cell texts with decimal-comma numbers ("72,5", "1.234,50") written as "72.5", "1234.50"."""
    comma = texts.str.match(_DECIMAL_COMMA.pattern)
    grouped = texts.str.match(_GROUPED_DECIMAL_COMMA.pattern)
    if grouped.any():
        texts = texts.where(~grouped, texts.str.replace(_GROUP_MARKS.pattern, "", regex=True))
        comma = comma | grouped
    return texts.where(~comma, texts.str.replace(",", ".", regex=False))


def _numbers(cells: pd.Series, decimal_comma: bool, all_text: bool) -> pd.Series:
    """Each cell as a float, NaN where it is not a number (vectorised: CSVs can be large)."""
    if all_text:
        is_text = cells.notna()
    else:
        is_text = cells.map(lambda v: isinstance(v, str)).astype(bool)
    numeric = pd.Series(np.nan, index=cells.index, dtype=float)
    direct = cells[~is_text & cells.notna()]
    if len(direct):
        numeric[direct.index] = direct.astype(float)
    texts = cells[is_text].astype(str).str.strip()
    if len(texts):
        if decimal_comma:
            texts = comma_decimals_to_points(texts)
        parsed = pd.to_numeric(texts.where(~texts.str.match(_LEADING_ZERO.pattern)), errors="coerce")
        # to_numeric also reads "inf"/"nan"; in a survey those are words, not numbers.
        parsed = parsed.where(np.isfinite(parsed))
        numeric[texts.index] = parsed.astype(float)
    return numeric


def build_column(
    name: str,
    raw: Sequence[object],
    row_numbers: Sequence[int],
    warnings: list[str],
    *,
    decimal_comma: bool = False,
    all_text: bool = False,
) -> pd.Series:
    """A typed Series from raw cells (``all_text``: every cell is a ``str``, as from a CSV).

    A column is numeric when every non-empty cell is a number (or a string
    that reads as one, without leading zeros). Otherwise the cells are kept
    as strings, unmodified; if most were numbers, a warning names the cells
    that were not, because a stray ``"n/a"`` usually means a missing value.
    """
    if all_text:
        # CSV fast path: every cell is a str already.
        cells = pd.Series([v if v.strip() else None for v in cast("Sequence[str]", raw)], dtype=object)
        tokens = cells.isin(MISSING_TOKENS)
        if tokens.any():
            found = sorted(set(cells[tokens]))
            warnings.append(
                f"Column {name!r}: {int(tokens.sum())} cells written {', '.join(map(repr, found))} "
                "were read as missing values."
            )
            cells = cells.where(~tokens, None)
    else:
        cells = pd.Series([_as_cell(value) for value in raw], dtype=object)
    present = cells.notna()
    n_present = int(present.sum())
    if not all_text and n_present and cells[present].map(lambda v: isinstance(v, bool)).all():
        return pd.Series(list(cells.where(present, None)), name=name, dtype="boolean")
    numeric = _numbers(cells, decimal_comma, all_text) if n_present else pd.Series(np.nan, index=cells.index)
    bad = present & numeric.isna()
    n_bad = int(bad.sum())
    # Whole numbers beyond 2**53 (long numeric IDs) would lose digits as floats.
    if n_present and not n_bad and not bool((numeric.abs() >= 2**53).any()):
        series = numeric.rename(name)
        if series.notna().all() and bool(((series % 1) == 0).all()):
            return series.astype("int64")
        return series
    if n_present and n_bad < n_present and (n_present - n_bad) / n_present >= _MOSTLY_NUMERIC:
        positions: list[int] = np.flatnonzero(bad.to_numpy()).tolist()
        shown = ", ".join(f"{cells.iloc[i]!r} (row {row_numbers[i]})" for i in positions[:5])
        more = f" and {n_bad - 5} more" if n_bad > 5 else ""
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
