"""Fast speaker and case attribution for many segments across many documents.

:class:`~qualcode.services.coding.attribution.DocumentAttributor` states the rule; this
module applies the same rule to hundreds of documents at once without rebuilding
``Turn`` objects each time. A document's turns never change after import, so they
are cached per open project, keyed by the document id *and* its creation time
(SQLite may re-use the id of a deleted document; the creation time tells them apart).
Speaker mappings change while the user works, so they are read fresh every time.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qualcode.storage.project import Project


@dataclass(frozen=True)
class TurnTable:
    """One document's turns as parallel sorted lists."""

    starts: list[int]
    ends: list[int]
    speakers: list[str]

    def speaker_at(self, offset: int) -> str | None:
        """The speaker of ``offset``, by the rule of ``DocumentAttributor.at``."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return self.speakers[i]
        if i >= 0 and i + 1 < len(self.starts):
            return self.speakers[i + 1]  # in a label between turns: the next turn's speaker
        if i < 0 and self.starts:
            return self.speakers[0]
        return None

    def turn_at(self, offset: int) -> int | None:
        """Index of the turn ``offset`` counts for (same rule as :meth:`speaker_at`)."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        if i >= 0 and i + 1 < len(self.starts):
            return i + 1
        if i < 0 and self.starts:
            return 0
        return None


_EMPTY = TurnTable([], [], [])
_cache: weakref.WeakKeyDictionary[Project, dict[int, tuple[object, TurnTable]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def turn_tables(project: Project, uow: Any, stamps: dict[int, object]) -> dict[int, TurnTable]:
    """Turn tables of the documents in ``stamps`` (``document_id -> creation stamp``), cached."""
    with _lock:
        cached = _cache.setdefault(project, {})
        out: dict[int, TurnTable] = {}
        missing: list[int] = []
        for document_id, created in stamps.items():
            hit = cached.get(document_id)
            if hit is not None and hit[0] == created:
                out[document_id] = hit[1]
            else:
                missing.append(document_id)
    if missing:
        loaded = uow.retrieval.turns_of(missing)
        fresh = {}
        for document_id in missing:
            starts, ends, speakers = loaded.get(document_id, ([], [], []))
            table = TurnTable(starts, ends, speakers) if starts else _EMPTY
            fresh[document_id] = (stamps[document_id], table)
            out[document_id] = table
        with _lock:
            _cache.setdefault(project, {}).update(fresh)
    return out


class CaseResolver:
    """speaker -> case for each document, by the rule of ``DocumentAttributor.case_for``."""

    def __init__(self, mappings: Sequence[tuple[int, str, int | None, bool]],
                 document_cases: dict[int, int | None]) -> None:
        self._mapping: dict[tuple[int, str], tuple[int | None, bool]] = {
            (doc, speaker): (case_id, interviewer) for doc, speaker, case_id, interviewer in mappings
        }
        self._document_cases = document_cases
        self._mapped_documents = {doc for doc, _ in self._mapping}

    def case_for(self, document_id: int, speaker: str | None) -> int | None:
        if speaker is not None:
            mapped = self._mapping.get((document_id, speaker))
            if mapped is not None:
                case_id, interviewer = mapped
                if interviewer:
                    return None
                if case_id is not None:
                    return case_id
        return self._document_cases.get(document_id)

    def is_interviewer(self, document_id: int, speaker: str | None) -> bool:
        """Whether ``speaker`` is mapped as the interviewer (moderator) of this document."""
        mapped = self._mapping.get((document_id, speaker)) if speaker is not None else None
        return mapped is not None and mapped[1]

    def interviewers(self) -> dict[int, set[str]]:
        """``document_id -> speakers mapped as its interviewer (moderator)``."""
        out: dict[int, set[str]] = {}
        for (doc, speaker), (_, interviewer) in self._mapping.items():
            if interviewer:
                out.setdefault(doc, set()).add(speaker)
        return out

    def possible_cases(self) -> set[int]:
        """Every case id a segment of these documents could be attributed to."""
        cases = {c for c in self._document_cases.values() if c is not None}
        return cases | {case_id for case_id, _ in self._mapping.values() if case_id is not None}

    def has_mappings(self, document_id: int) -> bool:
        return document_id in self._mapped_documents


def clear_cache(project: Project) -> None:
    """Forget the cached turns of ``project`` (tests; after a re-import of turns)."""
    with _lock:
        _cache.pop(project, None)
