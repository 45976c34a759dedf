"""CSV surveys: encoding and delimiter sniffed, ragged rows reported by line."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer
import pandas as pd

from qualcode.core.errors import InputFileError
from qualcode.io.surveys.text_columns import build_text_frame
from qualcode.io.transcripts.encoding import utf16_without_bom
from qualcode.io.surveys.values import clean_header

_DELIMITERS = ",;\t|"
_SNIFF_CHARS = 64 * 1024
# Magic numbers of files people rename to .csv by mistake, with what they are.
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (an .xlsx workbook?)"),
    (b"$FL2", "an SPSS .sav file"),
    (b"$FL3", "an SPSS .sav file"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls / Office file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class CsvResult:
    """What :func:`read_csv_survey` found."""

    frame: pd.DataFrame
    row_numbers: tuple[int, ...]
    encoding: str
    delimiter: str
    warnings: tuple[str, ...]


def detect_encoding(path: str, data: bytes, warnings: list[str]) -> str:
    """Name the encoding of ``data``: BOM, then strict UTF-8, then charset-normalizer.

    Raises
    ------
    InputFileError
        If the bytes are not text at all.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputFileError(path, f"This is not a CSV text file; it looks like {what}.")
    if b"\x00" in head:
        # UTF-16 without a BOM: zero bytes on one side for ASCII, and a strict
        # decode to letters for Cyrillic or CJK (shared with transcripts).
        guess = utf16_without_bom(data)
        if guess is not None:
            return guess
        raise InputFileError(path, "This is not a CSV text file; it contains binary data (zero bytes).")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = _pick_guess(charset_normalizer.from_bytes(data))
    if best is None:
        raise InputFileError(path, "This is not a CSV text file; its bytes are not text in any known encoding.")
    warnings.append(
        f"The file is not UTF-8; its encoding was guessed as {best.encoding}. "
        "Check accented and non-Latin letters in the preview, and choose the encoding if they look wrong."
    )
    return str(best.encoding)


# The most widespread Windows pages, preferred among exact ties (as for transcripts).
_PREFERRED = ("cp1252", "cp1251")
# Chaos scores this close are noise on a few hundred bytes of survey text.
_CHAOS_WINDOW = 0.05


def _pick_guess(matches: Any) -> Any:
    """Among nearly-as-clean candidates, the one whose text fits a language best.

    charset-normalizer ranks mostly by "chaos"; on short files several code
    pages tie there (French cp1252 text came out as Baltic cp1257, turning
    "Âge" into "Āge"), and its language coherence then tells them apart.
    Among exact ties the widespread Windows page wins (German "Genève" in cp1252 ties with
    Central European cp1250, which would read it "Genčve"), as for transcripts; other ties keep
    charset-normalizer's order.
    """
    candidates = list(matches)
    if not candidates:
        return None
    floor = min(m.chaos for m in candidates)
    close = [m for m in candidates if m.chaos <= floor + _CHAOS_WINDOW]
    # max() keeps the first of equals
    return max(close, key=lambda m: (m.coherence, m.chaos == floor and m.encoding in _PREFERRED))


def _decode(path: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputFileError(
            path,
            f"The bytes at offset {exc.start} are not valid {encoding}. Choose the file's real encoding.",
            f"line {line}",
        ) from exc
    except LookupError as exc:
        raise InputFileError(path, f"Unknown encoding {encoding!r}.") from exc


def _field_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in reader:
            if row:
                counts.append(len(row))
    except csv.Error:
        pass
    # The sample may cut the last record in half.
    return counts[:-1] if len(counts) > 1 else counts


def sniff_delimiter(text: str) -> str:
    """The delimiter: csv.Sniffer's answer if the rows then agree, else the most consistent one."""
    sample = text[:_SNIFF_CHARS]
    candidates: list[str] = []
    try:
        candidates.append(csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter)
    except csv.Error:
        pass
    candidates.extend(d for d in _DELIMITERS if d not in candidates)
    best, best_score = ",", (0.0, 0)
    for delimiter in candidates:
        counts = _field_counts(sample, delimiter)
        if not counts or counts[0] < 2:
            continue
        agree = sum(1 for c in counts if c == counts[0]) / len(counts)
        if agree == 1.0:
            return delimiter
        score = (agree, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_survey(
    path: Path, data: bytes, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvResult:
    """Parse CSV bytes into a typed DataFrame.

    Rows shorter than the header are padded with empty cells (spreadsheet
    programs drop trailing empty cells); rows longer than the header are an
    error unless the extra cells are empty, since we cannot know which column
    the extra values belong to.
    """
    name = str(path)
    warnings: list[str] = []
    if not data.strip(b" \t\r\n\x00"):
        raise InputFileError(name, "The file is empty.")
    used_encoding = encoding or detect_encoding(name, data, warnings)
    text = _decode(name, data, used_encoding)
    if encoding is not None and "\x00" in text[:65536]:
        # A named 8-bit codec "decodes" UTF-16 into letters between NULs.
        offset = data.find(b"\x00")
        line = data[:offset].count(b"\n") + 1
        raise InputFileError(
            name,
            f"The bytes at offset {offset} are not valid {encoding}. Choose the file's real encoding.",
            f"line {line}",
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    used_delimiter = delimiter or sniff_delimiter(text)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_delimiter, strict=True)
    records: list[list[str]] = []
    starts: list[int] = []
    last_line = 0
    try:
        for row in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            records.append(row)
            starts.append(start)
    except csv.Error as exc:
        raise InputFileError(name, f"The CSV is malformed: {exc}.", f"line {reader.line_num}") from exc
    if not records:
        raise InputFileError(name, "The file has no rows.")
    header_line = starts[0]
    header = clean_header(name, records[0], f"line {header_line}", warnings)
    width = len(header)
    rows, numbers = records[1:], starts[1:]
    if not rows:
        raise InputFileError(name, "The file has a header but no data rows.", f"line {header_line}")

    short: list[int] = []
    for row, line in zip(rows, numbers):
        if len(row) > width:
            extra = row[width:]
            if any(cell.strip() for cell in extra):
                first = width + next(i for i, cell in enumerate(extra) if cell.strip()) + 1
                raise InputFileError(
                    name,
                    f"This row has {len(row)} cells but the header has {width} columns; the value "
                    f"{row[first - 1]!r} in column {first} has no column name. "
                    f"Check for an unquoted {used_delimiter!r} inside a value.",
                    f"line {line}, column {first}",
                )
            del row[width:]
        elif len(row) < width:
            short.append(line)
            row.extend([""] * (width - len(row)))
    if short:
        shown = ", ".join(str(n) for n in short[:10]) + (" ..." if len(short) > 10 else "")
        warnings.append(f"{len(short)} row(s) had fewer cells than the header and were padded with empty cells: lines {shown}.")

    decimal_comma = used_delimiter == ";"
    frame = build_text_frame(header, rows, numbers, warnings, decimal_comma=decimal_comma)
    return CsvResult(frame, tuple(numbers), used_encoding, used_delimiter, tuple(warnings))
