"""Which documents the document list shows: by kind, case, coder, coded or not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.core.languages import fold_apostrophes
from qualcode.storage.project import Project


@dataclass(frozen=True)
class DocumentEntry:
    """A document as the list shows it: no text, with its coding counts."""

    id: int
    name: str
    kind: str
    case_id: int | None
    segments: int  # all coders
    coders: frozenset[int]  # who has coded in it
    case_ids: frozenset[int]  # its own case and every case a speaker maps to


def document_entries(project: Project) -> list[DocumentEntry]:
    """Every document with its segment count, coders and cases (three cheap queries)."""
    with project.unit_of_work() as uow:
        headers = uow.documents.list_headers()
        summary = uow.retrieval.coding_summary()
        mappings = uow.retrieval.speaker_mappings_of()
    counts: dict[int, int] = {}
    coders: dict[int, set[int]] = {}
    for c in summary:
        counts[c.document_id] = counts.get(c.document_id, 0) + c.segments
        coders.setdefault(c.document_id, set()).add(c.coder_id)
    mapped: dict[int, set[int]] = {}
    for m in mappings:
        if m.case_id is not None and not m.is_interviewer:
            mapped.setdefault(m.document_id, set()).add(m.case_id)
    return [
        DocumentEntry(
            id=d, name=name, kind=kind, case_id=case_id, segments=counts.get(d, 0),
            coders=frozenset(coders.get(d, ())),
            case_ids=frozenset(mapped.get(d, set()) | ({case_id} if case_id is not None else set())),
        )
        for d, name, kind, case_id in headers
    ]


def filter_documents(
    entries: Sequence[DocumentEntry], *, kinds: Sequence[str] | None = None, case_ids: Sequence[int] | None = None,
    coder_ids: Sequence[int] | None = None, coded: bool | None = None, name_contains: str = "",
) -> list[DocumentEntry]:
    """Keep the entries that pass every filter given.

    Parameters
    ----------
    kinds:
        Document kinds to keep (``"interview"``, ``"focus-group"``...).
    case_ids:
        Keep documents of these cases (its own case, or a focus group a case speaks in).
    coder_ids:
        With ``coded=True``/``None``: documents these coders have coded in. With
        ``coded=False``: documents none of these coders has coded yet (their to-do list).
    coded:
        ``True``: only documents with codings; ``False``: only documents without.
    name_contains:
        Case-insensitive part of the name; Uzbek apostrophes match each other
        ("Oʻzbek" finds "O'zbek_P07").
    """
    wanted_kinds = set(kinds) if kinds is not None else None
    wanted_cases = set(case_ids) if case_ids is not None else None
    wanted_coders = set(coder_ids) if coder_ids is not None else None
    needle = fold_apostrophes(name_contains.strip().casefold())
    out = []
    for e in entries:
        if wanted_kinds is not None and e.kind not in wanted_kinds:
            continue
        if wanted_cases is not None and not (e.case_ids & wanted_cases):
            continue
        if needle and needle not in fold_apostrophes(e.name.casefold()):
            continue
        by_them = bool(e.coders & wanted_coders) if wanted_coders is not None else e.segments > 0
        if coded is False and by_them:
            continue
        if coded is not False and wanted_coders is not None and not by_them:
            continue
        if coded is True and not by_them:
            continue
        out.append(e)
    return out
