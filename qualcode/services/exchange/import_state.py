"""What a REFI-QDA import tracks while it adds objects, shared by its parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.core.codebook import Code
from qualcode.core.memo import MemoTarget
from qualcode.io.refi import guid_key
from qualcode.services.exchange.report import ExchangeReport


@dataclass
class ImportState:
    """The report being filled, the project's codes and the file's GUIDs mapped to our ids."""

    report: ExchangeReport
    codes: dict[int, Code]
    code_ids: dict[str, int] = field(default_factory=dict)  # guid key -> our id
    notes: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # guid key -> (name, text, user)
    used_notes: set[str] = field(default_factory=set)
    guids: dict[str, str] = field(default_factory=dict)  # "code:12" -> the GUID in the file (to keep)


def add_memos(uow: object, state: ImportState, target: MemoTarget, target_id: int | None,
              guids: tuple[str, ...] | list[str], coders: dict[str, int]) -> None:
    """A memo on ``target`` for each referenced note; references to missing notes are counted."""
    for guid in guids:
        note = state.notes.get(guid_key(guid))
        if note is None:
            state.report.drop("references to notes that are not in the file")
            continue
        state.used_notes.add(guid_key(guid))
        name, text, user = note
        uow.memos.add(target, target_id, text, coders.get(guid_key(user)), title=name)  # type: ignore[attr-defined]
        state.report.counts["notes"] += 1


