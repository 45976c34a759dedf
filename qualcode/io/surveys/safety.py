"""Checks made before a survey file is parsed: size caps and zip-bomb defence."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from qualcode.core.errors import InputFileError
from qualcode.io.surveys.table import SurveyLimits

# Parts smaller than this are never called bombs: tiny XML parts of real
# workbooks (styles, shared strings of repeated values) can compress 100x+.
_RATIO_FLOOR_BYTES = 1024 * 1024


def _megabytes(size: float) -> str:
    if size < 1024 * 1024:
        return f"{size:.0f} bytes"
    return f"{size / (1024 * 1024):.0f} MB"


def check_file_size(path: Path, limit: int, kind: str) -> int:
    """Return the file's size; raise when it is not a regular file, empty, or above ``limit``.

    A FIFO would block the reader forever and a device such as ``/dev/zero``
    never ends, so only regular files are read.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise InputFileError(str(path), f"The file cannot be opened: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputFileError(str(path), "This is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise InputFileError(str(path), "This is not a regular file (a pipe, socket or device); refusing to read it.")
    size = info.st_size
    if size == 0:
        raise InputFileError(str(path), "The file is empty (0 bytes).")
    if size > limit:
        raise InputFileError(
            str(path),
            f"The {kind} file is {_megabytes(size)}, larger than the limit of {_megabytes(limit)}. "
            "Raise the limit in the import settings if the file is genuine.",
        )
    return size


def _starts_like_zip(path: Path) -> bool:
    """Whether the file begins with a zip signature (local file header or empty-archive end record)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def check_zip_container(path: Path, limits: SurveyLimits) -> None:
    """Refuse an .xlsx whose parts would expand to too much data.

    The declared sizes in the zip directory are what ``zipfile`` enforces while
    reading (it stops at the declared size and checks the CRC), so trusting
    them here is safe: a part that lies about its size fails to read.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError) as exc:
        if _starts_like_zip(path):
            # A zip's directory sits at its end: a workbook cut off while copying or
            # downloading starts right but has none. Calling it renamed would mislead.
            raise InputFileError(
                str(path),
                "This .xlsx workbook is damaged or incomplete (the file ends early); "
                "open it in Excel and save it again.",
            ) from exc
        raise InputFileError(
            str(path), "This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?"
        ) from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > _RATIO_FLOOR_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                raise InputFileError(
                    str(path),
                    f"The workbook part {info.filename!r} would expand {ratio:.0f}-fold to "
                    f"{_megabytes(info.file_size)}; this looks like a zip bomb and was not opened.",
                )
    if total > limits.max_uncompressed_bytes:
        raise InputFileError(
            str(path),
            f"The workbook would expand to {_megabytes(total)}, more than the limit of "
            f"{_megabytes(limits.max_uncompressed_bytes)}; it was not opened.",
        )
