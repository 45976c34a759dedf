"""Text normalisation: every stored document text passes through here.

Offsets in QualCode are Python code points of the *normalised* text, so the
normalisation must happen exactly once, before anything is stored.
"""

from __future__ import annotations

import unicodedata


def normalise_text(text: str) -> str:
    """Return ``text`` with CRLF/CR turned into LF and in Unicode NFC.

    Leading byte-order marks are dropped (editors sometimes stack them). Idempotent:
    ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())
