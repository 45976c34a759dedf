"""Who said a segment, and which case it counts for.

A segment belongs to the turn in which it starts. In a focus group the turn's
speaker maps to a case; in an interview the document's case is used, unless
the speaker is marked as the interviewer (whose words count for no case).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from qualcode.core.case import SpeakerMapping
from qualcode.core.document import Turn


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    case_id: int | None


class DocumentAttributor:
    """Attributes offsets of one document to speakers and cases, in O(log turns)."""

    def __init__(self, turns: list[Turn], mappings: list[SpeakerMapping], document_case_id: int | None) -> None:
        self._turns = sorted(turns, key=lambda t: t.span.start)
        self._starts = [t.span.start for t in self._turns]
        self._mapping = {m.speaker: m for m in mappings}
        self._document_case_id = document_case_id

    def at(self, offset: int) -> Attribution:
        i = bisect_right(self._starts, offset) - 1
        speaker: str | None = None
        if i >= 0 and offset < self._turns[i].span.end:
            speaker = self._turns[i].speaker
        elif i >= 0 and i + 1 < len(self._turns):
            # offset in a label between turns: it belongs to the next turn's speaker
            speaker = self._turns[i + 1].speaker
        elif self._turns and offset < self._starts[0]:
            speaker = self._turns[0].speaker
        return Attribution(speaker, self.case_for(speaker))

    def case_for(self, speaker: str | None) -> int | None:
        if speaker is not None and speaker in self._mapping:
            mapping = self._mapping[speaker]
            if mapping.is_interviewer:
                return None
            if mapping.case_id is not None:
                return mapping.case_id
        return self._document_case_id
