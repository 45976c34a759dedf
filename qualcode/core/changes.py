"""What a service call changed, so views refresh only what they show (Anki's OpChanges).

The flags say *what kind* of thing changed; the id sets say *which* ones, and
``initiator`` says who asked, so a widget can ignore the echo of its own edit
(Anki's ``handler is not self.editor``). :class:`ChangeHub` publishes them to
plain callbacks: the Qt relay, the CLI, tests and a future team change feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Generic, TypeVar

T = TypeVar("T")

_FLAGS = ("documents", "segments", "codes", "themes", "cases", "memos", "links", "survey", "assistant_index")
_IDS = ("document_ids", "segment_ids", "code_ids", "theme_ids", "case_ids", "memo_ids")


def ids(*values: int | None) -> frozenset[int]:
    """The ids among ``values`` (None dropped), for building :class:`Changes`."""
    return frozenset(v for v in values if v is not None)


@dataclass(frozen=True)
class Changes:
    """Flags of what changed, the ids touched and who asked.

    The id sets say where: ``segment_ids`` the segments added, removed or edited,
    ``document_ids`` the documents they lie in (or that changed themselves),
    ``code_ids`` the codes added, edited, removed or whose codings changed, and so
    on. An empty set means "not told", not "none": the flags stay the contract for
    what to refresh. ``assistant_index`` says the coding assistant's meaning index was
    built or updated (``document_ids``: the documents embedded or removed): derived
    data, nothing the coder wrote, so views of codings ignore it. ``initiator`` is
    whatever object the caller passed (a widget, a CLI tag); it takes no part in equality.

    Examples
    --------
    >>> a = Changes(segments=True, segment_ids=frozenset({4}))
    >>> (a | Changes(codes=True, code_ids=frozenset({2}))).code_ids
    frozenset({2})
    """

    documents: bool = False
    segments: bool = False
    codes: bool = False
    themes: bool = False
    cases: bool = False
    memos: bool = False
    links: bool = False
    survey: bool = False
    assistant_index: bool = False
    document_ids: frozenset[int] = frozenset()
    segment_ids: frozenset[int] = frozenset()
    code_ids: frozenset[int] = frozenset()
    theme_ids: frozenset[int] = frozenset()
    case_ids: frozenset[int] = frozenset()
    memo_ids: frozenset[int] = frozenset()
    initiator: object | None = field(default=None, compare=False)

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once; the first initiator that is set wins."""
        values: dict[str, object] = {name: getattr(self, name) or getattr(other, name) for name in _FLAGS}
        values.update({name: getattr(self, name) | getattr(other, name) for name in _IDS})
        initiator = self.initiator if self.initiator is not None else other.initiator
        return Changes(**values, initiator=initiator)  # type: ignore[arg-type]

    def any(self) -> bool:
        """Whether anything changed at all (a flag is set or an id named)."""
        return any(getattr(self, f.name) for f in fields(self) if f.name != "initiator")

    def by(self, initiator: object | None) -> Changes:
        """The same changes, initiated by ``initiator``."""
        return replace(self, initiator=initiator)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """The value a service produced and what it changed."""

    value: T
    changes: Changes
