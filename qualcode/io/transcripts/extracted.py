"""What a format reader hands back before turn detection."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.document import Turn


@dataclass(frozen=True)
class Extracted:
    """Normalised text plus what only the format knows.

    ``turns`` is set by formats whose structure defines the turns (srt, vtt);
    otherwise turns are detected from ``text`` and ``bold_prefixes``.
    """

    text: str
    encoding: str | None = None
    bold_prefixes: tuple[tuple[int, int], ...] = ()
    turns: tuple[Turn, ...] | None = None
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = ()
