"""Write a structured codebook as CSV, XLSX or a Word table (the same columns as the readers)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from qualcode.io.atomic_write import atomic_path, atomic_save
from qualcode.io.codebooks.entries import COLUMNS, CodebookEntry
from qualcode.io.safe_cells import clean_text, csv_cell
from qualcode.io.tables_out import write_rows_xlsx


def write_codebook_csv(entries: Sequence[CodebookEntry], path: Path) -> None:
    # utf-8-sig: Excel opens it with the right encoding on double-click
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows([csv_cell(v) for v in e.as_row()] for e in entries)


def write_codebook_xlsx(entries: Sequence[CodebookEntry], path: Path) -> None:
    write_rows_xlsx(path, "Codebook", list(COLUMNS), [e.as_row() for e in entries],
                    widths={"path": 34, "name": 24, "definition": 50, "inclusion": 40, "exclusion": 40,
                            "typical_example": 44, "atypical_example": 44})


def write_codebook_docx_table(entries: Sequence[CodebookEntry], path: Path) -> None:
    """A plain one-table document, the same shape :func:`read_codebook_docx` reads."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    for cell, name in zip(table.rows[0].cells, COLUMNS):
        cell.text = name
    for entry in entries:
        for cell, value in zip(table.add_row().cells, entry.as_row()):
            cell.text = clean_text(value)
    atomic_save(path, document.save)


def write_codebook(entries: Sequence[CodebookEntry], path: str | Path) -> None:
    """Write by extension: .csv, .xlsx or .docx."""
    p = Path(path)
    suffix = p.suffix.casefold()
    if suffix == ".csv":
        write_codebook_csv(entries, p)
    elif suffix == ".xlsx":
        write_codebook_xlsx(entries, p)
    elif suffix == ".docx":
        write_codebook_docx_table(entries, p)
    else:
        raise ValueError(f"Codebooks can be written as .csv, .xlsx or .docx, not {p.suffix or 'no extension'}.")
