"""What a format reader hands back before turn detection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qualcode.core.document import Turn


@dataclass(frozen=True)
class Extracted:
    """Normalised text plus what only the format knows.

    ``turns`` is set by formats whose structure defines the turns (srt, vtt);
    otherwise turns are detected from ``text`` and ``bold_prefixes``. ``bold_at``, where a
    reader sets it, gives the bold openings of the lines whose start is not in the set it is
    given, found only when asked (turn detection asks about the lines no pattern took).
    """

    text: str
    encoding: str | None = None
    bold_prefixes: tuple[tuple[int, int], ...] = ()
    turns: tuple[Turn, ...] | None = None
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = ()
    bold_at: Callable[[set[int]], list[tuple[int, int]]] | None = None
