"""Per-code frequencies for the codebook: segments, documents and cases.

A segment counts for the case its words belong to (``services.attribution``): in a
focus group the speaker's case, in an interview the document's case, never the
interviewer's. Runs over every segment, so the UI calls it from a worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from qualcode.services.attribution import DocumentAttributor
from qualcode.storage.project import Project


@dataclass(frozen=True)
class CodeCounts:
    """How often one code is used. ``cases`` counts distinct attributed cases."""

    segments: int = 0
    documents: int = 0
    cases: int = 0


def code_counts(project: Project) -> dict[int, CodeCounts]:
    """Counts for every code that codes at least one segment (own segments only).

    Returns
    -------
    dict
        ``code_id -> CodeCounts``; codes without segments are absent.
    """
    with project.unit_of_work() as uow:
        spans = uow.segments.spans()  # (id, document_id, code_id, start, end)
        headers = uow.documents.list_headers()
        mappings = uow.cases.speaker_mappings()
        mapped_docs = {m.document_id for m in mappings}
        turns = uow.documents.all_turns() if mapped_docs else {}
    doc_case = {doc_id: case_id for doc_id, _name, _kind, case_id in headers}
    by_doc: dict[int, list] = defaultdict(list)
    for m in mappings:
        by_doc[m.document_id].append(m)
    attributors = {
        d: DocumentAttributor(turns.get(d, []), by_doc[d], doc_case.get(d)) for d in mapped_docs
    }
    n_segments: dict[int, int] = defaultdict(int)
    documents: dict[int, set[int]] = defaultdict(set)
    cases: dict[int, set[int]] = defaultdict(set)
    for _sid, doc_id, code_id, start, _end in spans:
        n_segments[code_id] += 1
        documents[code_id].add(doc_id)
        attributor = attributors.get(doc_id)
        # without speaker mappings every segment counts for the document's case
        case_id = attributor.at(start).case_id if attributor is not None else doc_case.get(doc_id)
        if case_id is not None:
            cases[code_id].add(case_id)
    return {
        code_id: CodeCounts(n, len(documents[code_id]), len(cases[code_id]))
        for code_id, n in n_segments.items()
    }
