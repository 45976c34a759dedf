"""The plan of one transcript import: who is the interviewer and which case each speaker and
the document count for (what the preview dialog shows and ``qualcode import`` applies)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qualcode.core.document import DocumentKind

# English; Russian (И = интервьюер, В = вопрос "question", ведущий = focus-group host); Uzbek Latin
# and Cyrillic (intervyuer, tadqiqotchi "researcher", boshlovchi "host"). "Suhbatdosh" (conversation
# partner) is the interviewee in Uzbek transcripts, so it is a participant (proposals._GENERIC).
_INTERVIEWER = re.compile(
    r"^(interviewer|int|i|iv|moderator|mod|facilitator|researcher|q"
    r"|интервьюер|интервьюерка|и|в|модератор|ведущий|ведущая|исследователь|исследовательница"
    r"|intervyuer|tadqiqotchi|boshlovchi|moderator|интервьюер|тадқиқотчи|бошловчи)\s*\d*[:.]?$", re.IGNORECASE)


def looks_like_interviewer(speaker: str) -> bool:
    return bool(_INTERVIEWER.match(speaker.strip()))


@dataclass(frozen=True)
class SpeakerPlan:
    """What the user decided for one detected speaker in the preview."""

    name: str  # possibly renamed
    is_interviewer: bool
    case_key: str | None


@dataclass(frozen=True)
class FilePlan:
    """Per-file choices from the preview: kind, document case, speaker renames/cases."""

    path: Path
    name: str
    kind: DocumentKind
    case_key: str | None
    speakers: dict[str, SpeakerPlan] = field(default_factory=dict)
