"""The audit log: what was done to protect participants, by whom, when. Read and export."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qualcode.core.clock import utcnow
from qualcode.io.atomic_write import atomic_path
from qualcode.io.safe_cells import csv_cell
from qualcode.storage.project import Project, ReadOnlyProjectError

__all__ = ["AuditEntry", "audit_entries", "record_action", "write_audit_csv", "write_audit_docx"]


@dataclass(frozen=True)
class AuditEntry:
    """One audited action. ``detail`` holds counts and ids, never the original names."""

    id: int
    at: datetime
    who: str
    action: str
    summary: str
    detail: dict[str, object]


def audit_entries(project: Project, *, action: str | None = None, who: str | None = None) -> list[AuditEntry]:
    """The audit log, oldest first, optionally only one action (prefix) or one person."""
    with project.unit_of_work() as uow:
        rows = uow.privacy.audit()
    return [AuditEntry(*r) for r in rows
            if (action is None or r.action.startswith(action)) and (who is None or r.who == who)]


def record_action(project: Project, who: str, action: str, summary: str,
                  detail: dict[str, object] | None = None) -> int | None:
    """Add an analytic action ("coding", "undo", ...) to the audit log; its id, or ``None`` on a
    read-only project (where nothing can have changed). ``summary`` is the step's name as the
    Undo menu shows it ("Code with Trust"): codes and themes, not transcript text."""
    try:
        with project.unit_of_work() as uow:
            return int(uow.privacy.add_audit(utcnow(), who, action, summary, detail or {}))
    except ReadOnlyProjectError:
        return None


def write_audit_csv(entries: Sequence[AuditEntry], target: str | Path) -> None:
    """Write ``entries`` as CSV (UTF-8 with BOM, for Excel), atomically and formula-safe."""
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["when (UTC)", "who", "action", "summary", "detail"])
        for e in entries:
            writer.writerow([e.at.isoformat(timespec="seconds"), csv_cell(e.who), csv_cell(e.action),
                             csv_cell(e.summary), csv_cell(json.dumps(e.detail, ensure_ascii=False))])


def write_audit_docx(entries: Sequence[AuditEntry], target: str | Path, *, title: str = "") -> None:
    """Write ``entries`` as a Word table, an appendix for a methods section (one row per action)."""
    rows = [[e.at.strftime("%Y-%m-%d %H:%M"), e.who, e.action, e.summary] for e in entries]
    people = sorted({e.who for e in entries})
    notes = [(f"{len(entries)} recorded action(s) by {', '.join(people) or 'nobody'}; times in UTC. "
              "Pseudonymisation entries give counts per replacement, never the original names.")]
    caption = f"Appendix. Audit trail of analytic decisions{': ' + title if title else ''}"
    from qualcode.io.word.result_table_docx import write_result_table_docx  # python-docx: only here

    write_result_table_docx(target, caption, ["When (UTC)", "Who", "Action", "What"], rows, "", notes)
