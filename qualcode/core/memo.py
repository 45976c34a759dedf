"""Memos and the reflexive journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class MemoTarget(str, Enum):
    PROJECT = "project"
    DOCUMENT = "document"
    CODE = "code"
    THEME = "theme"
    CASE = "case"


@dataclass(frozen=True)
class Memo:
    """A memo attached to the project or to one object; ``is_journal`` marks
    reflexive-journal entries (dated, first person, about the researcher)."""

    id: int
    target: MemoTarget
    target_id: int | None
    text: str
    author_id: int | None
    created: datetime
    updated: datetime
    title: str = ""
    is_journal: bool = False
    #: the row version it was read at (shared projects: a save from an older read is refused)
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Coder:
    id: int
    name: str
    #: the reference (expert) coder others are compared with
    is_reference: bool = False
