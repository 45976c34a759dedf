"""A transcript in columns, for moving many of them between processes.

Pickling 125,000 ``Turn`` dataclasses costs ~1.5 s each way; the same turns as
``(speaker, start, end, timestamp)`` tuples cost ~0.1 s per 100k each way, and
as four columns (speaker numbers, starts, ends and timestamps in ``array``s,
whose pickles are one memory copy) almost nothing. Bulk import only needs the
rows, so worker processes return this form and the parent hands the columns to
the database without a Python object per turn (measured in benchmarks/import_bench.py).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from qualcode.core.document import Turn, TurnColumns
from qualcode.core.span import Span
from qualcode.io.transcripts.parsed import ParsedTranscript

TurnRow = tuple[str, int, int, "float | None"]
_NO_TIME = math.nan  # a turn without a timestamp (None) travels as NaN in the float column


@dataclass(frozen=True)
class CompactTranscript:
    """The fields of :class:`ParsedTranscript`, turns as columns (already validated).

    ``counts[k]`` is how many turns ``columns.names[k]`` has.
    """

    text: str
    format: str
    encoding: str | None
    source_hash: str
    columns: TurnColumns = field(default_factory=lambda: _columns((), [], [], [], []))
    counts: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = ()
    language: str = "en"

    @property
    def turn_count(self) -> int:
        return len(self.columns.starts)

    @property
    def speakers(self) -> dict[str, int]:
        """Number of turns per speaker, in order of first appearance."""
        return dict(zip(self.columns.names, self.counts))

    @property
    def rows(self) -> tuple[TurnRow, ...]:
        """The turns as ``(speaker, start, end, timestamp)`` tuples."""
        names, speaker_of, starts, ends, times = self.columns
        return tuple((names[k], start, end, None if ts != ts else ts)  # NaN is the only value != itself
                     for k, start, end, ts in zip(speaker_of, starts, ends, times))

    def renamed(self, renamed: Mapping[str, str]) -> TurnColumns:
        """The turn columns with speakers renamed (``old name -> new name``)."""
        if not renamed:
            return self.columns
        return self.columns._replace(names=tuple(renamed.get(n, n) for n in self.columns.names))

    def to_parsed(self) -> ParsedTranscript:
        turns = tuple(Turn(s, Span(a, b), ts) for s, a, b, ts in self.rows)
        return ParsedTranscript(self.text, turns, self.format, self.encoding, self.source_hash,
                                self.warnings, self.pages_without_text, self.language)


def _columns(names: tuple[str, ...], speaker_of: list[int], starts: list[int], ends: list[int],
             times: list[float]) -> TurnColumns:
    return TurnColumns(names, array("I", speaker_of), array("q", starts), array("q", ends), array("d", times))


def compact_rows(text: str, rows: Sequence[TurnRow], format: str, encoding: str | None, source_hash: str,
                 warnings: tuple[str, ...] = (), pages_without_text: tuple[int, ...] = (),
                 language: str = "en") -> CompactTranscript:
    """A :class:`CompactTranscript` of validated ``(speaker, start, end, timestamp)`` rows."""
    number: dict[str, int] = {}
    counts: list[int] = []
    speaker_of: list[int] = []
    for speaker, *_ in rows:
        k = number.get(speaker)
        if k is None:
            k = number[speaker] = len(counts)
            counts.append(0)
        counts[k] += 1
        speaker_of.append(k)
    columns = _columns(tuple(number), speaker_of, [r[1] for r in rows], [r[2] for r in rows],
                       [_NO_TIME if r[3] is None else r[3] for r in rows])
    return CompactTranscript(text, format, encoding, source_hash, columns, tuple(counts), warnings,
                             pages_without_text, language)


def compact(parsed: ParsedTranscript) -> CompactTranscript:
    rows = [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in parsed.turns]
    return compact_rows(parsed.text, rows, parsed.format, parsed.encoding, parsed.source_hash,
                        parsed.warnings, parsed.pages_without_text, parsed.language)
