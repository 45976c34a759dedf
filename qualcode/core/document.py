"""Documents (plain text after import) and their speaker turns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span


class DocumentKind(str, Enum):
    INTERVIEW = "interview"
    FOCUS_GROUP = "focus-group"
    FIELD_NOTES = "field-notes"
    OPEN_SURVEY_ANSWER = "open-survey-answer"


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: a span of the document text.

    ``timestamp`` is seconds from the start of the recording (may be negative,
    as in mission transcripts counted from launch), or ``None``.
    """

    speaker: str
    span: Span
    timestamp: float | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.speaker.strip():
            raise ValidationError("A turn needs a speaker name.")


@dataclass(frozen=True)
class Document:
    """An imported transcript or text. ``text`` is NFC with LF line ends."""

    id: int
    name: str
    text: str
    kind: DocumentKind = DocumentKind.INTERVIEW
    language: str = "en"
    source_name: str = ""
    source_hash: str = ""
    case_id: int | None = None

    @property
    def length(self) -> int:
        return len(self.text)


def validate_turns(text_length: int, turns: list[Turn]) -> None:
    """Turns must lie inside the text and must not overlap each other."""
    previous: Turn | None = None
    for turn in sorted(turns, key=lambda t: t.span):
        turn.span.check_within(text_length)
        if previous is not None and previous.span.overlaps(turn.span):
            raise ValidationError(
                f"Turns of {previous.speaker!r} and {turn.speaker!r} overlap "
                f"at {turn.span.start}."
            )
        previous = turn


def validate_turn_rows(text_length: int, rows: Sequence[tuple[str, int, int, float | None]]) -> None:
    """:func:`validate_turns` for ``(speaker, start, end, timestamp)`` rows (the bulk-import form),
    with the checks a ``Turn`` makes of itself: a speaker name, ``0 <= start < end <= text_length``,
    no overlaps. One pass when the rows are in text order, as detected turns are."""
    ordered = all(rows[i][1] <= rows[i + 1][1] for i in range(len(rows) - 1))
    previous_end = 0
    previous_speaker = ""
    for speaker, start, end, _ts in rows if ordered else sorted(rows, key=lambda r: (r[1], r[2])):
        if not speaker.strip():
            raise ValidationError("A turn needs a speaker name.")
        if not 0 <= start < end <= text_length:
            Span(start, end).check_within(text_length)  # raises what a Turn's span would
        if start < previous_end:
            raise ValidationError(f"Turns of {previous_speaker!r} and {speaker!r} overlap at {start}.")
        previous_end, previous_speaker = end, speaker


class TurnColumns(NamedTuple):
    """A document's turns as columns, the bulk-import form (no object per turn).

    ``names`` holds each speaker once; turn ``i`` is spoken by ``names[speaker_of[i]]``,
    spans ``starts[i]:ends[i]`` and has timestamp ``times[i]``, NaN for none. The
    columns are ``array``s (``I``, ``q``, ``q``, ``d``), which pickle as one memory copy.
    """

    names: tuple[str, ...]
    speaker_of: Any
    starts: Any
    ends: Any
    times: Any
