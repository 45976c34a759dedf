"""Exporting (quantitized) data: CSV, XLSX, SPSS .sav and Stata .dta.

The .sav/.dta writers keep variable labels, value labels and user-missing
codes from the :class:`~qualcode.core.survey.Variable` list, so a table read
with :func:`read_survey` and written back keeps its metadata.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.core.errors import ValidationError
from qualcode.core.survey import Variable, VariableType
from qualcode.io.atomic_write import atomic_path, atomic_save
from qualcode.io.safe_cells import clean_text, csv_cell, xlsx_text

_SPSS_NAME = re.compile(r"^[A-Za-z@][A-Za-z0-9_.@#$]{0,63}$")
_STATA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
_MEASURE = {
    VariableType.CONTINUOUS: "scale",
    VariableType.COUNT: "scale",
    VariableType.ORDINAL: "ordinal",
    VariableType.BINARY: "nominal",
    VariableType.CATEGORICAL: "nominal",
    VariableType.TEXT: "nominal",
    VariableType.ID: "nominal",
}


def write_csv(
    frame: pd.DataFrame,
    path: str | Path,
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    escape_formulas: bool = True,
) -> None:
    """Write ``frame`` as CSV (header row, no index).

    Parameters
    ----------
    encoding:
        ``"utf-8"`` by default; ``"utf-8-sig"`` makes older Excel versions
        recognise UTF-8.
    escape_formulas:
        Prefix text cells (and column names) that start with ``= + - @`` (or a tab
        or carriage return) with ``'`` so that a spreadsheet does not execute a
        respondent's answer as a formula. Numbers are never changed. Control
        characters are dropped either way.

    The file is replaced atomically: a failure leaves the previous file as it was.
    """
    out = frame.copy()
    cell = _csv_cell if escape_formulas else _clean_cell
    for name in out.columns:
        if not pd.api.types.is_numeric_dtype(out[name]) and not pd.api.types.is_datetime64_any_dtype(out[name]):
            out[name] = out[name].map(cell)
    out.columns = [str(cell(str(c))) for c in out.columns]
    with atomic_path(path) as tmp:
        out.to_csv(tmp, index=False, encoding=encoding, sep=delimiter, quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\n")


def _clean_cell(value: object) -> object:
    if isinstance(value, str):
        # the "\n" line ends leave a bare CR unquoted, and readers take it for a row end
        return clean_text(value).replace("\r\n", "\n").replace("\r", "\n")
    return value


def _csv_cell(value: object) -> object:
    return csv_cell(_clean_cell(value))


def write_xlsx(
    frame: pd.DataFrame,
    path: str | Path,
    *,
    variables: Sequence[Variable] = (),
    sheet_name: str = "data",
) -> None:
    """Write ``frame`` to one sheet; with ``variables``, add a ``variables`` sheet.

    Text cells are always written as text, never as formulas, whatever they
    start with. The ``variables`` sheet lists name, label, type, levels, value
    labels and missing codes: the codebook of the exported data.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name)
    sheet.append([_xlsx_cell(sheet, str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    if variables:
        book = workbook.create_sheet("variables")
        book.append(["name", "label", "type", "levels", "value_labels", "missing_values"])
        for var in variables:
            book.append(
                [
                    _xlsx_cell(book, value)
                    for value in (
                        var.name,
                        var.label,
                        var.type.value,
                        "; ".join(var.levels),
                        "; ".join(f"{code}={text}" for code, text in var.value_labels),
                        "; ".join(str(v) for v in var.missing_values),
                    )
                ]
            )
    atomic_save(path, workbook.save)


def _xlsx_cell(sheet: Any, value: object) -> object:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        # openpyxl stores any string starting with "=" as a formula; an answer
        # like "=HYPERLINK(...)" must stay inert text.
        cell = WriteOnlyCell(sheet, xlsx_text(value))
        cell.data_type = "s"
        return cell
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _labels_by_name(frame: pd.DataFrame, variables: Sequence[Variable]) -> dict[str, Variable]:
    by_name = {var.name: var for var in variables}
    unknown = [name for name in by_name if name not in frame.columns]
    if unknown:
        raise ValidationError(f"Variables {unknown!r} are not columns of the data to export.")
    return by_name


def _numeric_labels(var: Variable) -> dict[float, str]:
    return {float(code): clean_text(text) for code, text in var.value_labels if isinstance(code, (int, float))}


def write_sav(frame: pd.DataFrame, variables: Sequence[Variable], path: str | Path) -> None:
    """Write an SPSS .sav file with variable labels, value labels, user-missing codes and measures.

    Raises
    ------
    ValidationError
        If a column name is not a valid SPSS name (letters, digits, ``_.@#$``,
        starting with a letter, at most 64 characters); rename it first.
    """
    import pyreadstat

    by_name = _labels_by_name(frame, variables)
    bad = [str(c) for c in frame.columns if not _SPSS_NAME.match(str(c))]
    if bad:
        raise ValidationError(f"These column names are not valid SPSS variable names: {bad!r}.")
    labels = {name: (clean_text(var.label) or None) for name, var in by_name.items()}
    value_labels = {name: _numeric_labels(var) for name, var in by_name.items() if _numeric_labels(var)}
    missing: dict[str, list[object]] = {}
    for name, var in by_name.items():
        entries: list[object] = [v for v in var.missing_values if isinstance(v, (int, float))]
        entries += [{"lo": lo, "hi": hi} for lo, hi in var.missing_ranges]
        if entries:
            missing[name] = entries
    measure = {name: _MEASURE[var.type] for name, var in by_name.items()}
    with atomic_path(path) as tmp:
        pyreadstat.write_sav(
            _object_columns_as_text(frame),
            str(tmp),
            column_labels=labels or None,
            variable_value_labels=value_labels or None,
            missing_ranges=missing or None,  # type: ignore[arg-type]
            variable_measure=measure or None,
        )
        _check_written(pyreadstat.read_sav, tmp, len(frame), "SPSS")


def write_dta(frame: pd.DataFrame, variables: Sequence[Variable], path: str | Path) -> None:
    """Write a Stata .dta file with variable labels, value labels and ``.a``-``.z`` missing codes.

    Stata value labels need whole-number codes; a variable whose codes are not
    whole numbers raises :class:`ValidationError`.
    """
    import pyreadstat

    by_name = _labels_by_name(frame, variables)
    bad = [str(c) for c in frame.columns if not _STATA_NAME.match(str(c))]
    if bad:
        raise ValidationError(f"These column names are not valid Stata variable names: {bad!r}.")
    value_labels: dict[str, dict[int | float, str]] = {}
    for name, var in by_name.items():
        codes = _numeric_labels(var)
        if any(not code.is_integer() for code in codes):
            raise ValidationError(f"Stata value labels need whole-number codes; {name!r} has {list(codes)!r}.")
        if codes:
            value_labels[name] = {int(code): text for code, text in codes.items()}
    missing = {
        name: [str(v) for v in var.missing_values if isinstance(v, str)]
        for name, var in by_name.items()
        if any(isinstance(v, str) for v in var.missing_values)
    }
    with atomic_path(path) as tmp:
        pyreadstat.write_dta(
            _object_columns_as_text(frame, keep=set(missing)),
            str(tmp),
            column_labels={name: (clean_text(var.label) or None) for name, var in by_name.items()} or None,
            variable_value_labels=value_labels or None,
            missing_user_values=missing or None,
        )
        _check_written(pyreadstat.read_dta, tmp, len(frame), "Stata")


def _check_written(reader: Any, path: Path, rows: int, kind: str) -> None:
    """Read the file back: pyreadstat can leave a short file without raising (full disk)."""
    try:
        back, _meta = reader(str(path))
    except Exception as exc:  # pyreadstat's errors have no common base we can name
        raise OSError(f"The {kind} file was not written completely ({exc}).") from exc
    if len(back) != rows:
        raise OSError(f"The {kind} file was not written completely ({len(back)} of {rows} rows).")


def _object_columns_as_text(frame: pd.DataFrame, keep: set[str] | None = None) -> pd.DataFrame:
    """pyreadstat wants plain object/str columns; pandas' nullable types become those."""
    out = frame.copy()
    for name in out.columns:
        if keep and name in keep:
            out[name] = out[name].astype(object)
        elif pd.api.types.is_bool_dtype(out[name]):
            out[name] = out[name].astype("float64")
        elif not pd.api.types.is_numeric_dtype(out[name]) and not pd.api.types.is_datetime64_any_dtype(out[name]):
            # a NUL would end the C string early, other controls garble SPSS's display
            out[name] = out[name].astype(object).where(out[name].notna(), None).map(_clean_cell)
    return out
