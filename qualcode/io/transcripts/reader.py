"""Entry points: pick the reader by file extension, then find the turns."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from qualcode.core.document import Turn, validate_turn_rows
from qualcode.core.errors import InputFileError, ValidationError
from qualcode.core.languages import detect_language
from qualcode.core.span import Span
from qualcode.io.transcripts.compact import CompactTranscript, compact_rows
from qualcode.io.transcripts.extracted import Extracted
from qualcode.io.transcripts.parsed import ParsedTranscript
from qualcode.io.transcripts.turns import TooManyTurns, TurnPatterns, detect_turn_rows

# Text we decode (a file, or the XML part inside a docx/odt). The longest
# real transcripts are a few MB; 64 MiB keeps peak memory well under 500 MB.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# A docx/odt file may carry big images we never read; its own size may be larger.
CONTAINER_FACTOR = 8
# At most one speaker turn per this many bytes of the limit: 262,144 turns for
# 64 MiB (long focus groups have a few thousand). Each turn costs ~450 bytes
# while parsing, so a 10 MB file of "A: b" lines took 900 MB before this cap.
BYTES_PER_TURN = 256
FORMATS = {
    ".txt": "txt", ".text": "txt", ".docx": "docx", ".odt": "odt", ".pdf": "pdf",
    ".rtf": "rtf", ".srt": "srt", ".vtt": "vtt", ".html": "html", ".htm": "html",
    ".md": "md", ".markdown": "md",
}
_CONTAINERS = {"docx", "odt", "pdf"}
# One shared instance, so its combined regex is built once per process.
DEFAULT_PATTERNS = TurnPatterns()


def format_of(name: str) -> str:
    """The transcript format for a file name, from its extension."""
    suffix = Path(name).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise InputFileError(name, f"Unknown transcript type {suffix or '(none)'!r}; use one of {known}.") from None


def _limit(fmt: str, max_bytes: int) -> int:
    return max_bytes * CONTAINER_FACTOR if fmt in _CONTAINERS else max_bytes


def _extract(data: bytes, name: str, fmt: str, encoding: str | None,
             patterns: TurnPatterns, max_bytes: int) -> Extracted:
    # Readers are imported lazily so a txt-only import never loads pypdf/lxml.
    if fmt in ("txt", "md"):
        from qualcode.io.transcripts.txt_reader import read_txt
        return read_txt(data, name, encoding)
    if fmt == "docx":
        from qualcode.io.transcripts.docx_reader import read_docx
        return read_docx(data, name, max_bytes)
    if fmt == "odt":
        from qualcode.io.transcripts.odt_reader import read_odt
        return read_odt(data, name, max_bytes)
    if fmt == "pdf":
        from qualcode.io.transcripts.pdf_reader import read_pdf
        return read_pdf(data, name, max_bytes)
    if fmt == "rtf":
        from qualcode.io.transcripts.rtf_reader import read_rtf
        return read_rtf(data, name)
    if fmt in ("srt", "vtt"):
        from qualcode.io.transcripts.subtitles import read_subtitles
        return read_subtitles(data, name, vtt=fmt == "vtt", encoding=encoding, patterns=patterns,
                              max_cues=max(1, max_bytes // BYTES_PER_TURN))
    from qualcode.io.transcripts.markup_reader import read_html
    return read_html(data, name, encoding, max_bytes)


def read_transcript_bytes(
    data: bytes,
    name: str,
    *,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    format: str | None = None,
) -> ParsedTranscript:
    """Import a transcript from its bytes.

    Parameters
    ----------
    data:
        The raw file content.
    name:
        The file name: picks the format by extension and names the file
        in errors.
    patterns:
        Speaker-label patterns; defaults when ``None``.
    encoding:
        Force a text encoding for txt/md/srt/vtt/html; detected when ``None``.
    max_bytes:
        Largest text payload to decode (docx/odt/pdf files may be
        ``8 * max_bytes`` on disk), and the most characters of text a
        file may give.
    format:
        Override the extension (``"txt"``, ``"docx"`` ...).

    Returns
    -------
    ParsedTranscript

    Raises
    ------
    InputFileError
        Whatever is wrong with the file, naming it and the place where known.

    Examples
    --------
    >>> parsed = read_transcript_bytes(b"I: Hello\\nP1: Hi there", "a.txt")
    >>> parsed.speakers
    {'I': 1, 'P1': 1}
    """
    fmt = format or format_of(name)
    text, rows, warnings, extracted = _parse(data, name, patterns, encoding, max_bytes, fmt)
    return ParsedTranscript(
        text=text,
        turns=tuple(Turn(speaker, Span(start, end), ts) for speaker, start, end, ts in rows),
        format=fmt,
        encoding=extracted.encoding,
        source_hash=hashlib.sha256(data).hexdigest(),
        warnings=warnings,
        pages_without_text=extracted.pages_without_text,
        language=detect_language(text),
    )


def _parse(data: bytes, name: str, patterns: TurnPatterns | None, encoding: str | None, max_bytes: int,
           fmt: str) -> tuple[str, list[tuple[str, int, int, float | None]], tuple[str, ...], Extracted]:
    """Text, validated turn rows and warnings of one file (both public readers share this)."""
    if not data:
        raise InputFileError(name, "The file is empty.")
    if len(data) > _limit(fmt, max_bytes):
        raise InputFileError(name, f"The file is {len(data):,} bytes; the limit is {_limit(fmt, max_bytes):,}.")
    patterns = patterns or DEFAULT_PATTERNS
    extracted = _extract(data, name, fmt, encoding, patterns, max_bytes)
    if len(extracted.text) > max_bytes:
        # Readers stop early where text can grow past its source (odt, pdf);
        # this is the same limit for every format.
        raise InputFileError(
            name, f"The text is {len(extracted.text):,} characters long; the limit is {max_bytes:,}."
        )
    if not extracted.text.strip():
        raise InputFileError(name, "The file contains no text.")
    warnings = list(extracted.warnings)
    max_turns = max(1, max_bytes // BYTES_PER_TURN)
    too_many = InputFileError(
        name, f"The file has more than {max_turns:,} speaker turns (the limit); is it really a transcript?"
    )
    if extracted.turns is not None:
        if len(extracted.turns) > max_turns:
            raise too_many
        rows = [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in extracted.turns]
    else:
        try:
            rows, found = detect_turn_rows(extracted.text, patterns, extracted.bold_prefixes, max_turns=max_turns,
                                           bold_at=extracted.bold_at)
        except TooManyTurns:
            raise too_many from None
        warnings.extend(found)
    try:
        validate_turn_rows(len(extracted.text), rows)
    except ValidationError as exc:  # a bug or a bad custom pattern, not the file
        raise InputFileError(name, f"Speaker turns are inconsistent: {exc}") from exc
    return extracted.text, rows, tuple(warnings), extracted


def read_transcript_compact(
    path: str | os.PathLike[str],
    *,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CompactTranscript:
    """:func:`read_transcript` in the bulk-import form: turns as columns, no ``Turn`` objects."""
    name, fmt, data = _read_file(Path(path), max_bytes)
    text, rows, warnings, extracted = _parse(data, name, patterns, encoding, max_bytes, fmt)
    return compact_rows(text, rows, fmt, extracted.encoding, hashlib.sha256(data).hexdigest(), warnings,
                        extracted.pages_without_text, detect_language(text))


def read_transcript(
    path: str | os.PathLike[str],
    *,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedTranscript:
    """Import the transcript file at ``path``.

    The size is checked before the file is read, so an oversized file costs
    nothing. See :func:`read_transcript_bytes` for the parameters.
    """
    name, fmt, data = _read_file(Path(path), max_bytes)
    return read_transcript_bytes(
        data, name, patterns=patterns, encoding=encoding, max_bytes=max_bytes, format=fmt
    )


def _read_file(path: Path, max_bytes: int) -> tuple[str, str, bytes]:
    """The file's name, format and bytes; unreadable files raise :class:`InputFileError`."""
    name = path.name
    fmt = format_of(name)
    try:
        data = read_regular_file(path, _limit(fmt, max_bytes))
    except IsADirectoryError:
        raise InputFileError(name, "This is a folder, not a file.") from None
    except FileNotFoundError:
        raise InputFileError(name, "The file does not exist.") from None
    except PermissionError:
        raise InputFileError(name, "The file cannot be read (permission denied).") from None
    except OSError as exc:
        raise InputFileError(name, f"The file cannot be read ({exc.strerror}).") from None
    return name, fmt, data


_NOT_REGULAR = "This is not a regular file (a pipe, socket or device); refusing to read it."


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing anything but a regular file of at most ``limit`` bytes.

    A FIFO named ``x.txt`` would block forever and a link to ``/dev/zero``
    never ends, so the type is checked before opening, and again on the open
    descriptor (opened non-blocking) in case the path was swapped meanwhile.

    Raises
    ------
    InputFileError
        Not a regular file, or larger than ``limit``.
    OSError
        The file cannot be opened (missing, a folder, no permission ...).
    """
    name = path.name
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(name)
    if not stat.S_ISREG(mode):
        raise InputFileError(name, _NOT_REGULAR)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(descriptor, "rb", closefd=True) as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError(name, _NOT_REGULAR)
        if info.st_size > limit:
            raise InputFileError(name, f"The file is {info.st_size:,} bytes; the limit is {limit:,}.")
        # One byte past the limit: a file growing while we read is caught too.
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(name, f"The file is larger than the limit of {limit:,} bytes.")
    return data
