"""Plain-text transcripts (.txt, and .md which is kept as typed)."""

from __future__ import annotations

from qualcode.core.text import normalise_text
from qualcode.io.transcripts.encoding import SURE_CODECS, decode_text
from qualcode.io.transcripts.extracted import Extracted


def read_txt(data: bytes, name: str, encoding: str | None = None) -> Extracted:
    """Decode and normalise a text file; turns are found afterwards."""
    text, used = decode_text(data, name, encoding)
    warnings: tuple[str, ...] = ()
    if encoding is None and used not in SURE_CODECS:
        warnings = (
            f"The text encoding was guessed as {used}; if characters look wrong, "
            "import again naming the encoding.",
        )
    return Extracted(text=normalise_text(text), encoding=used, warnings=warnings)
