"""A transcript as plain tuples, for moving many of them between processes.

Pickling 125,000 ``Turn`` dataclasses costs ~1.5 s each way; the same turns as
``(speaker, start, end, timestamp)`` tuples cost ~0.1 s. Bulk import only needs
the rows, so worker processes return this form and the parent never rebuilds
the objects (measured in benchmarks/import_bench.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.document import Turn
from qualcode.core.span import Span
from qualcode.io.transcripts.parsed import ParsedTranscript

TurnRow = tuple[str, int, int, "float | None"]


@dataclass(frozen=True)
class CompactTranscript:
    """The fields of :class:`ParsedTranscript`, turns as rows (already validated)."""

    text: str
    rows: tuple[TurnRow, ...]
    format: str
    encoding: str | None
    source_hash: str
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = ()
    language: str = "en"

    @property
    def speakers(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for speaker, *_ in self.rows:
            counts[speaker] = counts.get(speaker, 0) + 1
        return counts

    def to_parsed(self) -> ParsedTranscript:
        turns = tuple(Turn(s, Span(a, b), ts) for s, a, b, ts in self.rows)
        return ParsedTranscript(self.text, turns, self.format, self.encoding, self.source_hash,
                                self.warnings, self.pages_without_text, self.language)


def compact(parsed: ParsedTranscript) -> CompactTranscript:
    rows = tuple((t.speaker, t.span.start, t.span.end, t.timestamp) for t in parsed.turns)
    return CompactTranscript(parsed.text, rows, parsed.format, parsed.encoding, parsed.source_hash,
                             parsed.warnings, parsed.pages_without_text, parsed.language)
