"""Cases (participants) and the mapping from focus-group speakers to cases."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.core.errors import ValidationError


@dataclass(frozen=True)
class Case:
    """A participant. ``key`` is the value that links a survey row to this case."""

    id: int
    key: str
    label: str = ""
    attributes: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.key.strip():
            raise ValidationError("A case needs a key (the participant ID).")


@dataclass(frozen=True)
class SpeakerMapping:
    """In one document, the turns of ``speaker`` belong to ``case_id``.

    ``is_interviewer`` marks the researcher's own turns, which count for no case.
    """

    document_id: int
    speaker: str
    case_id: int | None = None
    is_interviewer: bool = False
