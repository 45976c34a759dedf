"""The "pseudonymised exports only" setting: every export refuses while identifiers are unreviewed.

Reviewed means replaced (then it is no longer found) or rejected in the review (remembered
by kind and text: the researcher decided it is not an identifier). The check finds
identifiers afresh, so it loads spaCy, and only when the setting is on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import QualCodeError
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project

if TYPE_CHECKING:
    from qualcode.services.privacy.findings import DocumentFinding

__all__ = ["ExportBlockedError", "ensure_export_allowed", "pseudonymised_exports_only", "remember_rejected",
           "set_pseudonymised_exports_only", "unreviewed_findings"]

SETTING = "privacy.pseudonymised_exports_only"
REJECTED = "privacy.rejected"


class ExportBlockedError(QualCodeError):
    """An export refused because the project allows pseudonymised exports only."""


def pseudonymised_exports_only(project: Project) -> bool:
    with project.unit_of_work() as uow:
        return uow.meta.get(SETTING, "0") == "1"


@publishes
def set_pseudonymised_exports_only(project: Project, on: bool, *, initiator: object | None = None) -> OpResult[bool]:
    """Turn the setting on or off."""
    with project.unit_of_work() as uow:
        uow.meta.set(SETTING, "1" if on else "0")
    return OpResult(on, Changes(initiator=initiator))


def _rejected(project: Project) -> set[tuple[str, str]]:
    with project.unit_of_work() as uow:
        raw = uow.meta.get(REJECTED, "[]") or "[]"
    try:
        return {(str(k), str(t)) for k, t in json.loads(raw)}
    except (ValueError, TypeError):
        return set()


@publishes
def remember_rejected(project: Project, findings: Sequence[DocumentFinding], *,
                      initiator: object | None = None) -> OpResult[int]:
    """Remember findings the researcher rejected (not identifiers), so they count as reviewed."""
    keys = _rejected(project) | {(f.finding.kind, f.finding.text.casefold()) for f in findings}
    with project.unit_of_work() as uow:
        uow.meta.set(REJECTED, json.dumps(sorted(keys), ensure_ascii=False))
    return OpResult(len(keys), Changes(initiator=initiator))


def unreviewed_findings(project: Project) -> list[DocumentFinding]:
    """Identifiers still in the documents that were not rejected in a review."""
    from qualcode.services.privacy.findings import find_in_project

    rejected = _rejected(project)
    return [f for f in find_in_project(project) if (f.finding.kind, f.finding.text.casefold()) not in rejected]


def ensure_export_allowed(project: Project) -> None:
    """Raise :class:`ExportBlockedError` if the setting is on and identifiers are unreviewed."""
    if not pseudonymised_exports_only(project):
        return
    left = unreviewed_findings(project)
    if left:
        first = left[0]
        raise ExportBlockedError(
            f"This project allows pseudonymised exports only, and {len(left)} identifier(s) are not reviewed "
            f"yet (the first: a {first.finding.kind} in {first.document_name!r}); review them with "
            "File > Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was exported.")
