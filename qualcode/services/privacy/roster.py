"""The project's roster: names to pseudonymise, read from CSV ``name,kind,replacement``."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import InputFileError
from qualcode.nlp.identifiers import ROSTER_KINDS, RosterName
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project
from qualcode.storage.repositories.privacy import RosterRecord

__all__ = ["ROSTER_KINDS", "RosterName", "get_roster", "read_roster_csv", "set_roster"]

_MAX_BYTES = 20 * 1024 * 1024


def read_roster_csv(path: str | Path) -> list[RosterName]:
    """Names from a CSV with the columns ``name,kind,replacement`` (``kind`` and ``replacement`` optional).

    Raises
    ------
    InputFileError
        Naming the file (and the row) when it cannot be read or a row is wrong.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()[: _MAX_BYTES + 1]
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "cannot be read") from exc
    if len(raw) > _MAX_BYTES:
        raise InputFileError(str(path), "is larger than 20 MB; a roster is a list of names.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(str(path), "is not UTF-8 text; save the roster as CSV UTF-8.") from exc
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    if "name" not in header:
        raise InputFileError(str(path), "has no 'name' column; the roster needs name,kind,replacement.", "row 1")
    col = {h: i for i, h in enumerate(header)}
    out: list[RosterName] = []
    for number, row in enumerate(rows[1:], start=2):
        name = " ".join(_cell(row, col, "name").split())
        kind = (_cell(row, col, "kind") or "person").lower()
        if not name:
            continue
        if kind not in ROSTER_KINDS:
            raise InputFileError(str(path), f"kind {kind!r} is not one of {', '.join(ROSTER_KINDS)}.",
                                 f"row {number}")
        out.append(RosterName(name, kind, _cell(row, col, "replacement")))
    return out


def _cell(row: list[str], col: dict[str, int], key: str) -> str:
    i = col.get(key)
    return row[i].strip() if i is not None and i < len(row) else ""


def get_roster(project: Project) -> list[RosterName]:
    """The roster stored in ``project``."""
    with project.unit_of_work() as uow:
        return [RosterName(r.name, r.kind, r.replacement) for r in uow.privacy.roster()]


@publishes
def set_roster(project: Project, entries: Sequence[RosterName], *,
               initiator: object | None = None) -> OpResult[int]:
    """Replace the project's roster with ``entries``; returns how many were stored."""
    with project.unit_of_work() as uow:
        uow.privacy.replace_roster([RosterRecord(e.name, e.kind, e.replacement) for e in entries])
    return OpResult(len(entries), Changes(initiator=initiator))
