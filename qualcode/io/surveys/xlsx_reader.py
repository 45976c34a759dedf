"""Excel .xlsx surveys, read in openpyxl's streaming (read-only) mode.

Read-only mode does not load merged-cell ranges, so the sheet XML is scanned
once more, streaming, for ``<mergeCell ref="B1:C1"/>`` elements: a merged
header cell means a column without its own name, which we refuse. The same
pass finds formula cells whose result was never saved (they read as empty).
"""

from __future__ import annotations

import dataclasses
import warnings as warnings_module
import zipfile
from xml.etree.ElementTree import ParseError
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from defusedxml.ElementTree import iterparse
from openpyxl.utils import get_column_letter, range_boundaries

from qualcode.core.errors import InputFileError
from qualcode.io.surveys.values import build_column, clean_header

_MERGE_TAG = "mergeCell"


@dataclass(frozen=True)
class XlsxResult:
    """What :func:`read_xlsx_survey` found."""

    frame: pd.DataFrame
    row_numbers: tuple[int, ...]
    sheet: str
    warnings: tuple[str, ...]


def _scan_sheet(worksheet: Any) -> tuple[list[str], list[str]]:
    """Merged ranges, and formula cells without a saved result, from one pass over the sheet XML.

    A formula's result is stored in the file only by programs that calculate
    (Excel, LibreOffice); openpyxl and many exporters write the formula alone,
    and with ``data_only=True`` such a cell reads as empty. Finding them costs
    nothing extra: the XML is streamed here anyway for the merged ranges.
    """
    refs: list[str] = []
    uncached: list[str] = []
    has_formula = has_value = False
    source = worksheet._get_source()  # openpyxl's own stream of the sheet part
    try:
        for _event, element in iterparse(source, events=("end",)):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "f":
                has_formula = True
            elif tag == "v":
                has_value = bool(element.text)
            elif tag == "c":
                # An empty <v/> of a string formula ("t=str") is a real empty result.
                if has_formula and not has_value and element.get("t") != "str":
                    uncached.append(element.get("r") or "?")
                has_formula = has_value = False
            elif tag == _MERGE_TAG:
                ref = element.get("ref")
                if ref:
                    refs.append(ref)
            element.clear()
    finally:
        source.close()
    return refs, uncached


def _uncached_note(title: str, cells: list[str]) -> str:
    shown = ", ".join(cells[:10]) + (f" and {len(cells) - 10} more" if len(cells) > 10 else "")
    return (
        f"Sheet {title!r}: {len(cells)} formula cell(s) have no saved result and were read as empty: {shown}. "
        "The program that wrote the file did not calculate them; open and save it in Excel or LibreOffice "
        "to store the results."
    )


def _pick_sheet(path: str, workbook: Any, sheet: str | None, notes: list[str]) -> Any:
    names = list(workbook.sheetnames)
    if sheet is None:
        if not names:
            raise InputFileError(path, "The workbook has no sheets.")
        if len(names) > 1:
            notes.append(f"Read the first sheet, {names[0]!r}; the workbook also has {names[1:]!r}.")
        return workbook[names[0]]
    if sheet not in names:
        raise InputFileError(path, f"The workbook has no sheet {sheet!r}; its sheets are {names!r}.")
    return workbook[sheet]


def read_xlsx_survey(path: Path, *, sheet: str | None = None) -> XlsxResult:
    """Read one sheet: first non-empty row is the header, later non-empty rows are respondents.

    Raises
    ------
    InputFileError
        Merged header cells (naming the ranges), duplicate column names, values
        in columns without a header, no data rows, or an unreadable workbook.
    """
    name = str(path)
    notes: list[str] = []
    try:
        with warnings_module.catch_warnings(record=True) as caught:
            warnings_module.simplefilter("always")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                result = _read_sheet(name, _pick_sheet(name, workbook, sheet, notes), notes)
            finally:
                workbook.close()
    except InputFileError:
        raise
    except (zipfile.BadZipFile, ParseError, KeyError, OSError, ValueError, TypeError) as exc:
        raise InputFileError(name, f"The workbook cannot be read ({type(exc).__name__}: {exc}).") from exc
    # openpyxl warns about features it skips (data validation, ...); those are
    # notes for the user, not failures.
    extra = tuple(f"Excel reader: {item.message}" for item in caught)
    return dataclasses.replace(result, warnings=result.warnings + extra) if extra else result


def _read_sheet(name: str, worksheet: Any, notes: list[str]) -> XlsxResult:
    title = str(worksheet.title)
    merged, uncached = _scan_sheet(worksheet)
    if uncached:
        notes.append(_uncached_note(title, uncached))
    # Some writers store a wrong <dimension ref="A1"/>; without this openpyxl
    # would silently cut every row to that size.
    worksheet.reset_dimensions()
    rows: list[tuple[int, tuple[object, ...]]] = []
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if any(v is not None and str(v).strip() for v in values):
            rows.append((number, tuple(values)))
    if not rows:
        raise InputFileError(name, f"The sheet {title!r} is empty.")
    header_row, header_values = rows[0]
    # Trailing empty header cells are formatting, not columns.
    width = len(header_values)
    while width and (header_values[width - 1] is None or not str(header_values[width - 1]).strip()):
        width -= 1

    header_merges: list[str] = []
    data_merges: list[str] = []
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        (header_merges if min_row <= header_row <= max_row else data_merges).append(ref)
    if header_merges:
        raise InputFileError(
            name,
            f"The header row has merged cells {', '.join(header_merges)}; every column needs its own name "
            "in a single cell. Unmerge them and give each column a name.",
            f"sheet {title!r}, row {header_row}",
        )
    if data_merges:
        notes.append(
            f"Sheet {title!r} has merged cells {', '.join(data_merges[:10])}; only the first cell of each "
            "merged range holds a value, the others were read as empty."
        )
    header = clean_header(name, header_values[:width], f"sheet {title!r}, row {header_row}", notes)
    data = rows[1:]
    if not data:
        raise InputFileError(name, "The sheet has a header but no data rows.", f"sheet {title!r}, row {header_row}")
    numbers = [number for number, _ in data]
    for number, values in data:
        for index in range(width, len(values)):
            value = values[index]
            if value is not None and str(value).strip():
                cell = f"{get_column_letter(index + 1)}{number}"
                raise InputFileError(
                    name,
                    f"Cell {cell} holds {value!r} but its column has no name in the header row {header_row}.",
                    f"sheet {title!r}, cell {cell}",
                )
    columns = {
        col: build_column(
            col,
            [values[i] if i < len(values) else None for _, values in data],
            numbers,
            notes,
        )
        for i, col in enumerate(header)
    }
    return XlsxResult(pd.DataFrame(columns), tuple(numbers), title, tuple(notes))
