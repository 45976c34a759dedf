"""Map REFI positions (code points of another tool's plain text) onto our stored text.

We store text with LF line ends, in NFC, without a BOM (:func:`qualcode.core.text.normalise_text`).
Another tool counts code points of *its* file: CRLF is two, a BOM may be there, letters may be
decomposed. :func:`normalise_with_map` normalises and returns, for every position of the raw
text, where a selection starting or ending there lands, so the selected text is the same.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class PositionMap:
    """``text`` normalised; ``starts[i]``/``ends[i]`` map raw position ``i`` (0..len(raw))."""

    text: str
    starts: tuple[int, ...] | None  # None: the identity (the raw text was already normal)
    ends: tuple[int, ...] | None
    raw_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a raw ``[start, end)``; positions outside the raw text are clamped."""
        start = min(max(start, 0), self.raw_length)
        end = min(max(end, 0), self.raw_length)
        if self.starts is None or self.ends is None:
            return start, end
        if start == end:
            return self.starts[start], self.starts[start]
        return self.starts[start], max(self.starts[start], self.ends[end])


def _starter(ch: str) -> bool:
    # A chunk boundary for NFC: a character that never composes with what precedes it.
    # Hangul vowels/trailing consonants and combining marks do; so does anything NFC_QC=Maybe.
    return unicodedata.combining(ch) == 0 and not 0x1160 <= ord(ch) <= 0x11FF and unicodedata.is_normalized(
        "NFC", "a" + ch) and unicodedata.normalize("NFC", "a" + ch) == "a" + ch


def normalise_with_map(raw: str) -> PositionMap:
    """Normalise ``raw`` as :func:`~qualcode.core.text.normalise_text` does, keeping the map.

    Line ends: a CR of a CRLF pair maps onto the LF; a lone CR becomes an LF. A selection
    that *ends* between CR and LF ends after the new LF (it held the line break). Inside a
    run that NFC recomposes, a start maps to the run's start and an end to its end.
    """
    n = len(raw)
    if ("\r" not in raw and "\x00" not in raw and not raw.startswith("\ufeff")
            and unicodedata.is_normalized("NFC", raw)):
        return PositionMap(raw, None, None, n)
    starts = [0] * (n + 1)
    ends = [0] * (n + 1)
    out: list[str] = []
    i = 0
    while i < n and raw[i] == "\ufeff":  # leading BOMs hold no text
        i += 1
    length = 0
    while i < n:
        ch = raw[i]
        if ch == "\r":
            starts[i] = ends[i] = length
            if i + 1 < n and raw[i + 1] == "\n":
                starts[i + 1] = length
                ends[i + 1] = length + 1
                i += 1
            out.append("\n")
            length += 1
            i += 1
            continue
        if ch == "\x00":  # dropped by normalise_text: it holds no text
            starts[i] = ends[i] = length
            i += 1
            continue
        # a run: this character and the non-starters after it (NULs dropped), recomposed together
        j = i + 1
        while j < n and raw[j] != "\r" and (raw[j] == "\x00" or not _starter(raw[j])):
            j += 1
        chunk = raw[i:j]
        kept = chunk.replace("\x00", "")
        piece = unicodedata.normalize("NFC", kept)
        if len(piece) == len(kept):
            pos = length
            for k, c in enumerate(chunk):
                starts[i + k] = ends[i + k] = pos
                if c != "\x00":
                    pos += 1
        else:
            for k in range(j - i):
                starts[i + k] = length
                ends[i + k] = length if k == 0 else length + len(piece)
        out.append(piece)
        length += len(piece)
        i = j
    starts[n] = ends[n] = length
    text = "".join(out)
    return PositionMap(text, tuple(starts), tuple(ends), n)
