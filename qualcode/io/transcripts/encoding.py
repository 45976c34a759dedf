"""Decode the bytes of a plain-text file: fast path for UTF-8, detection otherwise."""

from __future__ import annotations

import codecs
import re

from qualcode.core.errors import InputFileError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, LF, VT, FF, CR; plus DEL. Text files hardly have them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SAMPLE = 65536
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_PREFERRED = ("cp1252", "cp1251")
# Codecs that are certain (BOM, strict UTF-8/16 decode); others are guesses.
SURE_CODECS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def _line_of(data: bytes, position: int) -> str:
    line = data.count(b"\n", 0, position) + 1
    return f"line {line}"


def _strict_prefix(sample: bytes, codec: str) -> str | None:
    """``sample`` decoded strictly, allowing only a character cut at its end."""
    try:
        return sample.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:
            return None
        return sample[: exc.start].decode(codec, "ignore")


def _looks_like_text(text: str) -> bool:
    """Nearly all printable characters, and a fair share of them letters."""
    if len(text) < 2:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r\f\v")
    letters = sum(1 for ch in text if ch.isalpha())
    return printable >= 0.95 * len(text) and letters >= 0.3 * len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when a sample decodes strictly to mostly letters, else ``None``.

    Only called where the bytes have zeros or control bytes that no 8-bit text
    has. ASCII in UTF-16 makes every other byte zero, but Cyrillic or CJK
    text has zeros only for spaces and line ends, so the side where most
    zeros fall says which byte order to try first, and a strict decode that
    gives printable letters decides.
    """
    sample = data[:_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if zeros_odd >= zeros_even else ("utf-16-be", "utf-16-le")
    for codec in order:
        text = _strict_prefix(sample, codec)
        if text is not None and _looks_like_text(text):
            return codec
    return None


def check_not_binary(text: str, name: str) -> None:
    """Refuse decoded text that has many control characters (binary data, or garbage).

    Raises
    ------
    InputFileError
        More than 1 % of the first 64 K characters are C0 controls other than
        tab, line and page breaks.
    """
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise InputFileError(
            name, "This looks like a binary file, not text (it has many control characters)."
        )


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and say which encoding was used.

    Parameters
    ----------
    data:
        The raw bytes of a text file.
    name:
        The file name, for error messages.
    encoding:
        Force this codec; ``None`` detects: BOM, then strict UTF-8, then
        UTF-16 without BOM, then charset-normalizer.

    Returns
    -------
    tuple of (str, str)
        The decoded text (BOM removed, line ends untouched) and the codec name.

    Raises
    ------
    InputFileError
        Unknown codec, bytes invalid in the forced codec (with the line),
        binary content, or an encoding that cannot be told.
    """
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputFileError(name, f"Unknown text encoding {encoding!r}.") from None
        except UnicodeDecodeError as exc:
            raise InputFileError(
                name, f"The bytes are not valid {encoding} text.", _line_of(data, exc.start)
            ) from None
        # UTF-16 read with an 8-bit codec "decodes" to letters between NULs; imported so (the NULs
        # dropped later) the ASCII looks right and every accented letter is wrong.
        head = text[:_SAMPLE]
        if len(_CONTROL.findall(head)) > max(2, len(head) // 100):
            first = _CONTROL.search(head)
            at = len(head[: first.start() if first else 0].encode(encoding, errors="replace"))
            raise InputFileError(name, f"The bytes are not valid {encoding} text.", _line_of(data, at))
        return text.removeprefix("\ufeff"), encoding
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputFileError(
                    name,
                    f"The file starts with a {codec} byte-order mark but is not valid {codec}.",
                    _line_of(data, exc.start),
                ) from None
            check_not_binary(text, name)
            return text.removeprefix("\ufeff"), codec
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # In UTF-8 a control character is always a single byte, and deleting
        # bytes is far faster than a regex over the decoded text.
        sample = data[:_SAMPLE]
        if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > max(2, len(sample) // 100):
            # As UTF-8 this would be refused as binary; UTF-16 without a BOM
            # (Cyrillic is all control bytes and ASCII when read as UTF-8) is the
            # one kind of text that looks like that.
            guess = utf16_without_bom(data)
            if guess is not None:
                return _decode_guess(data, name, guess)
            check_not_binary(text, name)
        return text, "utf-8"
    if b"\x00" in data[:_SAMPLE]:
        # No 8-bit text has NUL bytes; UTF-16 text nearly always has some.
        guess = utf16_without_bom(data)
        if guess is not None:
            return _decode_guess(data, name, guess)
        raise InputFileError(name, "This looks like a binary file, not text (it has NUL bytes).")
    return _detect(data, name)


def _decode_guess(data: bytes, name: str, codec: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            name, f"The file looks like {codec} text but is not valid {codec}.",
            f"byte {exc.start}",
        ) from None
    check_not_binary(text, name)
    return text, codec


def _detect(data: bytes, name: str) -> tuple[str, str]:
    # Imported here: charset-normalizer costs ~50 ms to import and most
    # transcripts are UTF-8, so the common path never pays for it.
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = results[0] if results else None
    if best is not None:
        # Short texts often tie between Windows code pages (cp1250 vs cp1252
        # for French); prefer the most widespread one among equals.
        for match in results[1:]:
            if (
                match.encoding in _PREFERRED
                and match.chaos <= best.chaos
                and match.coherence >= best.coherence - 0.05
                and best.encoding not in _PREFERRED
            ):
                best = match
                break
    if best is None:
        raise InputFileError(
            name,
            "The text encoding could not be recognised; save the file as UTF-8 "
            "or name the encoding when importing.",
        )
    text = str(best)
    check_not_binary(text, name)
    return text.removeprefix("\ufeff"), _common_name(data, text, best.encoding)


# charset-normalizer names the rare Ukrainian DOS page cp1125 for Russian DOS text; where the
# widespread page gives the very same text, say that one (the user may re-import naming it).
_COMMON_TWINS = {"cp1125": "cp866"}


def _common_name(data: bytes, text: str, codec: str) -> str:
    twin = _COMMON_TWINS.get(codec)
    if twin is not None:
        try:
            if data.decode(twin).removeprefix("\ufeff") == text:
                return twin
        except UnicodeDecodeError:
            pass
    return codec
