"""Themes (Braun & Clarke): built from codes, reviewed, defined and named."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from qualcode.core.errors import ValidationError


class ThemeStatus(str, Enum):
    CANDIDATE = "candidate"
    REVIEWED = "reviewed"
    DEFINED = "defined"


@dataclass(frozen=True)
class Theme:
    id: int
    name: str
    parent_id: int | None = None
    status: ThemeStatus = ThemeStatus.CANDIDATE
    definition: str = ""
    narrative: str = ""
    code_ids: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("A theme needs a name.")
