"""A transcript in columns, for moving many of them between processes.

Pickling 125,000 ``Turn`` dataclasses costs ~1.5 s each way; the same turns as
``(speaker, start, end, timestamp)`` tuples cost ~0.1 s per 100k each way, and
as four columns (speaker numbers, starts, ends and timestamps in ``array``s,
whose pickles are one memory copy) almost nothing. Bulk import only needs the
rows, so worker processes return this form and the parent builds row tuples
only while it hands them to the database (measured in benchmarks/import_bench.py).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from qualcode.core.document import Turn
from qualcode.core.span import Span
from qualcode.io.transcripts.parsed import ParsedTranscript

TurnRow = tuple[str, int, int, "float | None"]
_NO_TIME = math.nan  # a turn without a timestamp (None) travels as NaN in the float column


@dataclass(frozen=True)
class CompactTranscript:
    """The fields of :class:`ParsedTranscript`, turns as columns (already validated).

    ``names`` holds each speaker once, in order of first appearance; ``speaker_of[i]`` is the
    index in ``names`` of turn ``i``'s speaker; ``counts[k]`` is how many turns ``names[k]`` has.
    """

    text: str
    format: str
    encoding: str | None
    source_hash: str
    names: tuple[str, ...] = ()
    counts: tuple[int, ...] = ()
    speaker_of: array = field(default_factory=lambda: array("I"))  # type: ignore[type-arg]
    starts: array = field(default_factory=lambda: array("q"))  # type: ignore[type-arg]
    ends: array = field(default_factory=lambda: array("q"))  # type: ignore[type-arg]
    times: array = field(default_factory=lambda: array("d"))  # type: ignore[type-arg]
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = ()

    @property
    def turn_count(self) -> int:
        return len(self.starts)

    @property
    def speakers(self) -> dict[str, int]:
        """Number of turns per speaker, in order of first appearance."""
        return dict(zip(self.names, self.counts))

    @property
    def rows(self) -> tuple[TurnRow, ...]:
        """The turns as ``(speaker, start, end, timestamp)`` tuples."""
        return tuple(self.iter_rows())

    def iter_rows(self, renamed: Mapping[str, str] | None = None) -> Iterator[TurnRow]:
        """``(speaker, start, end, timestamp)`` per turn, speakers renamed by ``renamed``."""
        names = [renamed.get(n, n) for n in self.names] if renamed else self.names
        for k, start, end, ts in zip(self.speaker_of, self.starts, self.ends, self.times):
            yield names[k], start, end, None if ts != ts else ts  # NaN is the only value != itself

    def to_parsed(self) -> ParsedTranscript:
        turns = tuple(Turn(s, Span(a, b), ts) for s, a, b, ts in self.iter_rows())
        return ParsedTranscript(self.text, turns, self.format, self.encoding, self.source_hash,
                                self.warnings, self.pages_without_text)


def compact_rows(text: str, rows: Sequence[TurnRow], format: str, encoding: str | None, source_hash: str,
                 warnings: tuple[str, ...] = (), pages_without_text: tuple[int, ...] = ()) -> CompactTranscript:
    """A :class:`CompactTranscript` of validated ``(speaker, start, end, timestamp)`` rows."""
    number: dict[str, int] = {}
    counts: list[int] = []
    speaker_of = array("I")
    for speaker, *_ in rows:
        k = number.get(speaker)
        if k is None:
            k = number[speaker] = len(counts)
            counts.append(0)
        counts[k] += 1
        speaker_of.append(k)
    return CompactTranscript(
        text, format, encoding, source_hash, tuple(number), tuple(counts), speaker_of,
        array("q", [r[1] for r in rows]), array("q", [r[2] for r in rows]),
        array("d", [_NO_TIME if r[3] is None else r[3] for r in rows]), warnings, pages_without_text,
    )


def compact(parsed: ParsedTranscript) -> CompactTranscript:
    rows = [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in parsed.turns]
    return compact_rows(parsed.text, rows, parsed.format, parsed.encoding, parsed.source_hash,
                        parsed.warnings, parsed.pages_without_text)
