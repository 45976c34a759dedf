"""Read a structured codebook from CSV, XLSX (first sheet, or one named "Codebook") or the
first suitable table of a Word document."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from qualcode.core.errors import InputFileError
from qualcode.io.codebooks.entries import CodebookEntry, _canonical, entries_from_rows
from qualcode.io.safe_cells import is_formula_like
from qualcode.io.transcripts.zip_safety import open_zip

MAX_BYTES = 50 * 1024 * 1024  # a codebook is kilobytes; anything this big is not one


def _bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(path.name, f"The file is {size // (1024 * 1024)} MB; a codebook should be far smaller.")
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(path.name, f"The file could not be read ({exc.strerror or exc}).") from None


def read_codebook_csv(path: Path) -> list[CodebookEntry]:
    from qualcode.io.surveys.csv_reader import detect_encoding

    data = _bytes(path)
    # As for surveys: BOM, UTF-8, UTF-16 without BOM, else the Windows code page that fits
    # (Excel's "CSV" is cp1251 on a Russian Windows, cp1252 on a French one).
    text = data.decode(detect_encoding(path.name, data, []), errors="replace").removeprefix("\ufeff")
    rows = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    return entries_from_rows(([_unquote(c) for c in row] for row in rows), path.name)


def _unquote(cell: str) -> str:
    """Undo the ``'`` our CSV writer puts before text that looks like a formula."""
    return cell[1:] if cell.startswith("'") and is_formula_like(cell[1:]) else cell


def _delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab: whichever the header line uses most."""
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return max((",", ";", "\t"), key=line.count)
    return ","


def read_codebook_xlsx(path: Path) -> list[CodebookEntry]:
    import openpyxl

    data = _bytes(path)
    open_zip(data, path.name, "Excel")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise InputFileError(path.name, f"This is not a readable Excel workbook ({type(exc).__name__}).") from None
    try:
        names = {n.casefold(): n for n in book.sheetnames}
        sheet = book[names.get("codebook", book.sheetnames[0])]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return entries_from_rows(rows, path.name)


def _table_rows(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def read_codebook_docx(path: Path) -> list[CodebookEntry]:
    """The first table whose header row names the code (``name``/``code``/``path``)."""
    import docx

    data = _bytes(path)
    open_zip(data, path.name, "Word")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputFileError(path.name, f"This is not a readable Word document ({type(exc).__name__}).") from None
    for table in document.tables:
        rows = _table_rows(table)
        if rows and {"name", "path"} & {_canonical(c) for c in rows[0]}:
            return entries_from_rows(rows, path.name)
    raise InputFileError(path.name, "No table with a 'name' (or 'code') column was found in the document.")


def read_codebook(path: str | Path) -> list[CodebookEntry]:
    """Read a codebook; the format follows the file extension (.csv, .tsv, .xlsx, .docx)."""
    p = Path(path)
    suffix = p.suffix.casefold()
    if suffix in (".csv", ".tsv", ".txt"):
        return read_codebook_csv(p)
    if suffix in (".xlsx", ".xlsm"):
        return read_codebook_xlsx(p)
    if suffix == ".docx":
        return read_codebook_docx(p)
    if suffix in (".qdc", ".qdpx"):
        # The REFI-QDA exchange formats (NVivo, ATLAS.ti, MAXQDA, QualCoder) have their own importer.
        raise InputFileError(
            p.name,
            "This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, .qdc)… "
            "(on the command line: qualcode refi import). Codebooks here are read from .csv, .xlsx or .docx files.",
        )
    raise InputFileError(p.name, "Codebooks can be read from .csv, .xlsx or .docx files.")
