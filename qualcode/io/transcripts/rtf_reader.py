"""Rich Text Format via striprtf."""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from qualcode.core.errors import InputFileError
from qualcode.core.text import normalise_text
from qualcode.io.transcripts.encoding import check_not_binary
from qualcode.io.transcripts.extracted import Extracted

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
# \uN is a signed 16-bit number (negative for code points above 32767).
_UNICODE = re.compile(rb"\\u(-?\d+)")
_LOWEST, _HIGHEST = -32768, 65535
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_unicode_escapes(data: bytes, name: str) -> None:
    for match in _UNICODE.finditer(data):
        digits = match.group(1)
        if len(digits) > 6 or not _LOWEST <= int(digits) <= _HIGHEST:
            line = data.count(b"\n", 0, match.start()) + 1
            raise InputFileError(
                name,
                f"The RTF has an invalid Unicode escape \\u{digits.decode()} "
                f"(it must be between {_LOWEST} and {_HIGHEST}).",
                f"line {line}",
            )


def _join_surrogates(text: str) -> str:
    """RTF writes characters beyond U+FFFF as two \\u escapes (a surrogate pair): join them."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


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
    _check_unicode_escapes(data, name)
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=codepage, errors="replace")
    except (ValueError, IndexError, RecursionError, OverflowError) as exc:
        raise InputFileError(name, f"The RTF could not be read ({exc}).") from None
    text = _join_surrogates(text)
    # Escapes like \\'01 decode to control characters: refuse such garbage as binary.
    check_not_binary(text, name)
    return Extracted(text=normalise_text(text), encoding=codepage)
