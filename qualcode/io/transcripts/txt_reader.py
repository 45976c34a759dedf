"""Plain-text transcripts (.txt, and .md which is kept as typed)."""

from __future__ import annotations

from qualcode.core.text import normalise_text
from qualcode.io.transcripts.encoding import decode_text
from qualcode.io.transcripts.extracted import Extracted


def read_txt(data: bytes, name: str, encoding: str | None = None) -> Extracted:
    """Decode and normalise a text file; turns are found afterwards."""
    text, used = decode_text(data, name, encoding)
    return Extracted(text=normalise_text(text), encoding=used)
