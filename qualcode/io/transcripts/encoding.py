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


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of a sample is mostly NUL."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    if zeros_odd > 0.3 * half and zeros_even < 0.05 * half:
        return "utf-16-le"
    if zeros_even > 0.3 * half and zeros_odd < 0.05 * half:
        return "utf-16-be"
    return None


def _check_not_binary(text: str, name: str) -> None:
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
            _check_not_binary(text, name)
            return text.removeprefix("\ufeff"), codec
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            guess = _utf16_without_bom(data)
            if guess is not None:
                return _decode_guess(data, name, guess)
        # In UTF-8 a control character is always a single byte, and deleting
        # bytes is far faster than a regex over the decoded text.
        sample = data[:_SAMPLE]
        if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > max(2, len(sample) // 100):
            _check_not_binary(text, name)
        return text, "utf-8"
    guess = _utf16_without_bom(data)
    if guess is not None:
        return _decode_guess(data, name, guess)
    if b"\x00" in data[:_SAMPLE]:
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
    _check_not_binary(text, name)
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
    _check_not_binary(text, name)
    return text.removeprefix("\ufeff"), best.encoding
