"""Rich Text Format via striprtf."""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from qualcode.core.errors import InputFileError
from qualcode.core.text import normalise_text
from qualcode.io.transcripts.extracted import Extracted

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(data: bytes, name: str) -> Extracted:
    """Extract the text of an .rtf file.

    RTF is 7-bit; non-ASCII characters come as ``\\'xx`` escapes in the code
    page named by ``\\ansicpg`` (cp1252 when absent) or as ``\\uN`` escapes.
    """
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputFileError(name, "This is not an RTF file (it does not start with '{\\rtf').")
    match = _CODEPAGE.search(data[:4096])
    codepage = f"cp{match.group(1).decode()}" if match else "cp1252"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=codepage, errors="replace")
    except (ValueError, IndexError, RecursionError) as exc:
        raise InputFileError(name, f"The RTF could not be read ({exc}).") from None
    return Extracted(text=normalise_text(text), encoding=codepage)
