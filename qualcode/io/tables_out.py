"""Plain tables out to CSV and XLSX (codebooks, coded segments)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qualcode.io.atomic_write import atomic_path, atomic_save
from qualcode.io.safe_cells import csv_cell, xlsx_text


def write_rows_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Header and rows as CSV (UTF-8 with BOM); text that looks like a formula gets a ``'``."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_cell(v) for v in header])
        for row in rows:
            writer.writerow(["" if v is None else csv_cell(v) for v in row])


def xlsx_value(value: object) -> object:
    """Cell value for openpyxl; text comes back cleaned (mark the cell ``data_type = "s"``)."""
    return xlsx_text(value) if isinstance(value, str) else value


def _text_cell(ws: Any, row: int, column: int, value: object) -> Any:
    cell = ws.cell(row=row, column=column, value=xlsx_value(value))
    if isinstance(value, str):
        # openpyxl would store "=..." as a formula; a quote or definition must stay text
        cell.data_type = "s"
    return cell


def write_rows_xlsx(path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                    *, widths: dict[str, int] | None = None) -> None:
    """One sheet, bold frozen header, wrapped long text, sensible column widths."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet[:31]
    for c, name in enumerate(header, start=1):
        _text_cell(ws, 1, c, name).font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _text_cell(ws, r, c, value)
    ws.freeze_panes = "A2"
    for i, name in enumerate(header, start=1):
        width = (widths or {}).get(name, 14)
        ws.column_dimensions[get_column_letter(i)].width = width
        if width > 30:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    atomic_save(path, book.save)
