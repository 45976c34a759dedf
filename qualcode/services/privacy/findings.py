"""Identifiers found across a project's documents, with consistent proposed replacements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from qualcode.core.errors import QualCodeError
from qualcode.nlp.identifiers import Finding, IdentifierFinder, RosterName
from qualcode.storage.project import Project

__all__ = ["DocumentFinding", "find_in_project", "group_by_entity"]

_TAGS = {"participant": "P", "person": "Person", "staff": "Staff", "place": "Place",
         "organisation": "Organisation", "email": "Email", "phone": "Phone",
         "date of birth": "Date of birth", "address": "Address", "id number": "ID"}


@dataclass(frozen=True)
class DocumentFinding:
    """A :class:`Finding` in one document, with the replacement proposed for it.

    ``status`` is ``proposed`` (not reviewed), ``accepted`` or ``rejected``.
    """

    document_id: int
    document_name: str
    finding: Finding
    replacement: str
    status: str = "proposed"

    @property
    def key(self) -> tuple[str, str]:
        """What groups findings of one entity: (kind, entity)."""
        return (self.finding.kind, self.finding.entity)


def _proposals(findings: Sequence[tuple[int, str, Finding]]) -> dict[tuple[str, str], str]:
    """One replacement per entity: the roster's, else a numbered tag per kind (``P01``, ``[Place 2]``)."""
    chosen: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    used = {f.replacement for _d, _n, f in findings if f.replacement}  # the roster's own: never proposed twice
    for _doc, _name, f in findings:
        key = (f.kind, f.entity if f.source == "roster" else f.entity.casefold())
        if key in chosen:
            continue
        if f.replacement:
            chosen[key] = f.replacement
            continue
        tag = _TAGS.get(f.kind, f.kind.title())
        while True:
            counters[f.kind] = counters.get(f.kind, 0) + 1
            proposal = f"P{counters[f.kind]:02d}" if tag == "P" else f"[{tag} {counters[f.kind]}]"
            if proposal not in used:
                break
        chosen[key] = proposal
    return chosen


def find_in_project(project: Project, roster: Sequence[RosterName] | None = None, *,
                    ner_package: str | None = None,
                    document_ids: Sequence[int] | None = None,
                    cancel: Callable[[], bool] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> list[DocumentFinding]:
    """Identifiers in the project's documents (the stored roster unless ``roster`` is given).

    Parameters
    ----------
    roster
        Names to find; ``None`` reads the project's roster.
    ner_package
        A trained spaCy pipeline (package name or path) to add its entities; ``None`` for none.
    document_ids
        Only these documents (default: all).
    cancel, progress
        For a worker: ``cancel()`` true stops with :class:`QualCodeError`; ``progress(done, total)``
        is called after each document.
    """
    with project.unit_of_work() as uow:
        if roster is None:
            roster = [RosterName(r.name, r.kind, r.replacement) for r in uow.privacy.roster()]
        documents = [d for d in uow.documents.all() if document_ids is None or d.id in document_ids]
    finders: dict[str, IdentifierFinder] = {}
    found: list[tuple[int, str, Finding]] = []
    for n, doc in enumerate(documents):
        if cancel is not None and cancel():
            raise QualCodeError("Looking for identifiers was cancelled.")
        if progress is not None:
            progress(n, len(documents))
        finder = finders.get(doc.language)
        if finder is None:
            finder = finders[doc.language] = IdentifierFinder(roster, doc.language, ner_package)
        found += [(doc.id, doc.name, f) for f in finder.find(doc.text)]
    chosen = _proposals(found)
    out = []
    for doc_id, name, f in found:
        key = (f.kind, f.entity if f.source == "roster" else f.entity.casefold())
        out.append(DocumentFinding(doc_id, name, replace(f, replacement=chosen[key]), chosen[key]))
    return out


def group_by_entity(findings: Sequence[DocumentFinding]) -> dict[tuple[str, str], list[DocumentFinding]]:
    """Findings keyed by (kind, entity), in order of first appearance."""
    groups: dict[tuple[str, str], list[DocumentFinding]] = {}
    for f in findings:
        groups.setdefault((f.finding.kind, f.finding.entity if f.finding.source == "roster"
                           else f.finding.entity.casefold()), []).append(f)
    return groups
