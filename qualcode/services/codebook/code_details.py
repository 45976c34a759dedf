"""Read-only details of one code for the structured-codebook editor: its version history
with coder names, and its own coded segments (candidates for typical / atypical examples)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qualcode.services.coding.retrieval import segment_rows
from qualcode.storage.project import Project


@dataclass(frozen=True)
class HistoryEntry:
    """One field change: when, who (None: not recorded), which field, old and new value."""

    at: datetime
    coder: str | None
    field: str
    old: str
    new: str


def code_history(project: Project, code_id: int) -> list[HistoryEntry]:
    """Every recorded change of the code, oldest first."""
    with project.unit_of_work() as uow:
        coders = {c.id: c.name for c in uow.coders.all()}
        rows = uow.codes.history(code_id)
    return [HistoryEntry(r.at, coders.get(r.coder_id) if r.coder_id is not None else None, r.field, r.old, r.new)
            for r in rows]


def code_segments(project: Project, code_id: int) -> list[dict[str, Any]]:
    """The segments coded with exactly this code (not its sub-codes), in document order."""
    rows = segment_rows(project, code_ids=[code_id], with_children=False)
    return sorted(rows, key=lambda r: (str(r["document"]).casefold(), r["start"]))
