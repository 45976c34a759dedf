"""Text normalisation: every stored document text passes through here.

Offsets in QualCode are Python code points of the *normalised* text, so the
normalisation must happen exactly once, before anything is stored.
"""

from __future__ import annotations

import unicodedata


def normalise_text(text: str) -> str:
    """Return ``text`` with CRLF/CR turned into LF and in Unicode NFC.

    Leading byte-order marks are dropped (editors sometimes stack them), and so are NUL
    characters: they carry no text, and SQLite's ``length()`` stops at the first one, so a
    span check on a text holding one would measure the wrong length. Idempotent:
    ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    text = text.lstrip("\ufeff").replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())
