"""Codebook counts (segments · documents · cases per code) for some coders only.

The same attribution as :func:`qualcode.services.codebook.code_counts.code_counts`: a segment
counts for the case its words belong to (in a focus group the speaker's case, in an interview
the document's case, never the interviewer's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from qualcode.services.codebook.code_counts import CodeCounts
from qualcode.services.coding.attribution import DocumentAttributor
from qualcode.storage.project import Project

__all__ = ["code_counts_for"]


def code_counts_for(project: Project, coder_ids: Collection[int]) -> dict[int, CodeCounts]:
    """``code_id -> CodeCounts`` over the codings of ``coder_ids`` (codes they did not use are absent)."""
    chosen = set(coder_ids)
    with project.unit_of_work(write=False) as uow:
        segments = [s for s in uow.segments.all() if s.coder_id in chosen]
        mappings = uow.cases.speaker_mappings()
        doc_case = {h.id: h.case_id for h in uow.documents.list_headers()}
        by_doc: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
        for m in mappings:
            by_doc[m.document_id].append(m)
        used = {s.document_id for s in segments}
        attributors = {d: DocumentAttributor(uow.documents.turns(d), by_doc[d], doc_case.get(d))
                       for d in by_doc if d in used}
    n_segments: dict[int, int] = defaultdict(int)
    documents: dict[int, set[int]] = defaultdict(set)
    cases: dict[int, set[int]] = defaultdict(set)
    for s in segments:
        n_segments[s.code_id] += 1
        documents[s.code_id].add(s.document_id)
        attributor = attributors.get(s.document_id)
        case_id = attributor.at(s.span.start).case_id if attributor is not None else doc_case.get(s.document_id)
        if case_id is not None:
            cases[s.code_id].add(case_id)
    return {c: CodeCounts(n, len(documents[c]), len(cases[c])) for c, n in n_segments.items()}
