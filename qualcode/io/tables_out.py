"""Plain tables out to CSV and XLSX (codebooks, coded segments)."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

# Control characters other than tab/LF/CR are illegal in XLSX XML; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value: object) -> object:
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def write_rows_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


def write_rows_xlsx(path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                    *, widths: dict[str, int] | None = None) -> None:
    """One sheet, bold frozen header, wrapped long text, sensible column widths."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=_cell(value))
            if isinstance(value, str) and value.startswith("="):
                # openpyxl would store "=..." as a formula; a quote or definition must stay text
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    for i, name in enumerate(header, start=1):
        width = (widths or {}).get(name, 14)
        ws.column_dimensions[get_column_letter(i)].width = width
        if width > 30:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(str(path))
