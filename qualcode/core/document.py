"""Documents (plain text after import) and their speaker turns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

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
