"""Coded segments: a code applied to a span of a document by a coder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span


@dataclass(frozen=True)
class Segment:
    id: int
    document_id: int
    code_id: int
    span: Span
    coder_id: int
    created: datetime
    updated: datetime
    memo: str = ""

    def text_in(self, document_text: str) -> str:
        return document_text[self.span.start : self.span.end]


def validate_new_coding(
    text_length: int, span: Span, code_id: int, existing: list[Segment], coder_id: int
) -> None:
    """A span inside the text, not already coded with the same code by the same coder."""
    span.check_within(text_length)
    for seg in existing:
        if seg.code_id == code_id and seg.span == span and seg.coder_id == coder_id:
            raise ValidationError("This text is already coded with that code.")
