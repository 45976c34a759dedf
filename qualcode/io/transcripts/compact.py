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
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

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
    # C-level maps over the rows (~300 a file, 300,000 a bulk import): names in order of first appearance
    speakers = list(map(itemgetter(0), rows))
    names = tuple(dict.fromkeys(speakers))
    number = dict(zip(names, range(len(names))))
    per_name = Counter(speakers)
    columns = TurnColumns(names, array("I", map(number.__getitem__, speakers)), array("q", map(itemgetter(1), rows)),
                          array("q", map(itemgetter(2), rows)),
                          array("d", [_NO_TIME if ts is None else ts for ts in map(itemgetter(3), rows)]))
    return CompactTranscript(text, format, encoding, source_hash, columns, tuple(map(per_name.__getitem__, names)),
                             warnings, pages_without_text, language)


def compact(parsed: ParsedTranscript) -> CompactTranscript:
    rows = [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in parsed.turns]
    return compact_rows(parsed.text, rows, parsed.format, parsed.encoding, parsed.source_hash,
                        parsed.warnings, parsed.pages_without_text, parsed.language)
