"""What a service call changed, so views refresh only what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    documents: bool = False
    segments: bool = False
    codes: bool = False
    themes: bool = False
    cases: bool = False
    memos: bool = False
    links: bool = False
    survey: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """The value a service produced and what it changed."""

    value: T
    changes: Changes
