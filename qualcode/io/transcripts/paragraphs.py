"""Join paragraphs from word processors into one normalised text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from qualcode.core.errors import InputFileError


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's text and how many of its first characters are bold."""

    text: str
    bold_prefix: int = 0


# A paragraph costs ~200 bytes while reading; one per 64 bytes of the size
# limit (1 million for 64 MiB) is far more than any real document has, and
# keeps 7-byte "<p></p>" floods from taking gigabytes.
BYTES_PER_PARAGRAPH = 64


def limit_paragraphs(paragraphs: Iterable[Paragraph], name: str, max_bytes: int) -> Iterator[Paragraph]:
    """Pass ``paragraphs`` through, refusing the file past ``max_bytes // 64`` of them.

    Raises
    ------
    InputFileError
        Too many paragraphs.
    """
    limit = paragraph_limit(max_bytes)
    for count, paragraph in enumerate(paragraphs, start=1):
        if count > limit:
            raise too_many_paragraphs(name, limit)
        yield paragraph


def paragraph_limit(max_bytes: int) -> int:
    """The most paragraphs a file may have: ``max_bytes // 64``."""
    return max(1, max_bytes // BYTES_PER_PARAGRAPH)


def too_many_paragraphs(name: str, limit: int) -> InputFileError:
    return InputFileError(name, f"The file has more than {limit:,} paragraphs (the limit).")


def join_paragraphs(paragraphs: Iterable[Paragraph]) -> tuple[str, list[tuple[int, int]]]:
    """One LF-joined NFC text and the ``(offset, length)`` of bold line openings.

    Each paragraph is normalised on its own, so the bold prefix can be
    measured in the same code points the stored text uses.
    """
    paragraphs = list(paragraphs)
    fast = _join_if_normal(paragraphs)
    if fast is not None:
        return fast
    parts: list[str] = []
    bold: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        text = paragraph.text.replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text)
        if paragraph.bold_prefix:
            prefix = unicodedata.normalize("NFC", paragraph.text[: paragraph.bold_prefix])
            bold.append((offset, min(len(prefix), len(text))))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), bold


def _join_if_normal(paragraphs: list[Paragraph]) -> tuple[str, list[tuple[int, int]]] | None:
    """The cheap path: join once when the result is already NFC with LF only."""
    text = "\n".join(p.text for p in paragraphs)
    if "\r" in text or not unicodedata.is_normalized("NFC", text):
        return None
    bold: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        if paragraph.bold_prefix:
            bold.append((offset, paragraph.bold_prefix))
        offset += len(paragraph.text) + 1
    return text, bold
