"""What the SPSS and Stata readers share: pyreadstat metadata -> Variable fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.core.errors import InputFileError


@dataclass(frozen=True)
class ColumnMeta:
    """Metadata of one column as stored in a .sav/.dta file."""

    label: str = ""
    value_labels: tuple[tuple[float | str, str], ...] = ()
    missing_values: tuple[float | str, ...] = ()
    missing_ranges: tuple[tuple[float, float], ...] = ()
    measure: str | None = None


@dataclass(frozen=True)
class ReadstatResult:
    """Frame plus per-column metadata from pyreadstat."""

    frame: pd.DataFrame
    row_numbers: tuple[int, ...]
    encoding: str | None
    columns: dict[str, ColumnMeta] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def _plain(value: Any) -> float | str:
    """Codes as plain floats (numbers) or str, so they compare with frame values."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return str(value)


def run_pyreadstat(path: Path, reader: Callable[..., Any], kind: str, **kwargs: Any) -> tuple[pd.DataFrame, Any]:
    """Call a pyreadstat reader, turning its errors into an :class:`InputFileError`."""
    import pyreadstat

    try:
        return reader(str(path), **kwargs)  # type: ignore[no-any-return]
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError, UnicodeDecodeError, OSError) as exc:
        raise InputFileError(str(path), f"The file cannot be read as {kind}: {exc}.") from exc


def collect_meta(frame: pd.DataFrame, meta: Any) -> dict[str, ColumnMeta]:
    """Per-column metadata from a pyreadstat ``metadata_container``."""
    labels = dict(zip(meta.column_names, meta.column_labels or [None] * len(meta.column_names)))
    value_labels = meta.variable_value_labels or {}
    ranges = getattr(meta, "missing_ranges", None) or {}
    user_values = getattr(meta, "missing_user_values", None) or {}
    measures = getattr(meta, "variable_measure", None) or {}
    result: dict[str, ColumnMeta] = {}
    for name in frame.columns:
        discrete: list[float | str] = []
        spans: list[tuple[float, float]] = []
        for item in ranges.get(name, []):
            lo, hi = item["lo"], item["hi"]
            if lo == hi:
                discrete.append(_plain(lo))
            else:
                spans.append((float(lo), float(hi)))
        discrete.extend(_plain(v) for v in user_values.get(name, []))
        measure = measures.get(name)
        result[name] = ColumnMeta(
            label=labels.get(name) or "",
            value_labels=tuple((_plain(code), str(text)) for code, text in value_labels.get(name, {}).items()),
            missing_values=tuple(dict.fromkeys(discrete)),
            missing_ranges=tuple(spans),
            measure=None if measure in (None, "unknown") else str(measure),
        )
    return result
