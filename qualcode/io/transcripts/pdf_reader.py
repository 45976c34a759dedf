"""PDF: the text layer of each page via pypdf (no OCR)."""

from __future__ import annotations

import io
import logging
import warnings

from qualcode.core.errors import InputFileError
from qualcode.core.text import normalise_text
from qualcode.io.transcripts.extracted import Extracted


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def read_pdf(data: bytes, name: str, max_chars: int = 64 * 1024 * 1024) -> Extracted:
    """Extract page texts; pages without a text layer are listed, not fatal.

    pypdf itself caps what one stream may inflate to (75 MB), the page-tree
    depth and cycles; the pages' text together may be at most ``max_chars``
    (many pages can share one big content stream).

    Raises
    ------
    InputFileError
        Damaged or password-protected PDF, a pypdf limit reached, text
        longer than ``max_chars``, or no page with text at all.
    """
    from pypdf import PdfReader

    handler = _Collect()
    logger = logging.getLogger("pypdf")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    texts: list[str] = []
    empty: list[int] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                reader = PdfReader(io.BytesIO(data))
                if reader.is_encrypted and not reader.decrypt(""):
                    raise InputFileError(name, "The PDF is password-protected.")
                pages = list(reader.pages)
            except InputFileError:
                raise
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001 - pypdf raises many types (AttributeError ...) on bad files
                raise InputFileError(name, f"The PDF is damaged or not a PDF ({exc}).") from None
            total = 0
            for number, page in enumerate(pages, start=1):
                try:
                    page_text = page.extract_text() or ""
                except Exception as exc:  # pypdf raises many types on bad pages
                    raise InputFileError(
                        name, f"The page could not be read ({exc}).", f"page {number}"
                    ) from None
                total += len(page_text)
                if total > max_chars:
                    raise InputFileError(
                        name, f"The text is longer than the limit of {max_chars:,} characters.", f"page {number}"
                    )
                if not page_text.strip():
                    empty.append(number)
                texts.append(page_text)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    notes = [f"pypdf: {m}" for m in handler.messages] + [f"pypdf: {w.message}" for w in caught]
    if not texts or len(empty) == len(texts):
        raise InputFileError(
            name,
            "No page of this PDF has a text layer (a scan?); run OCR on it first.",
        )
    if empty:
        pages_list = ", ".join(str(n) for n in empty)
        notes.insert(0, f"Pages without a text layer (a scan?), imported as empty: {pages_list}.")
    return Extracted(
        text=normalise_text("\n".join(t.rstrip("\n") for t in texts)),
        warnings=tuple(notes),
        pages_without_text=tuple(empty),
    )
