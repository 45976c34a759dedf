"""Per-code frequencies for the codebook: segments, documents and cases.

A segment counts for the case its words belong to (``services.attribution``): in a
focus group the speaker's case, in an interview the document's case, never the
interviewer's. Documents without speaker mappings are counted in SQL (every segment
counts for the document's case); only documents whose speakers map to cases are
attributed turn by turn in Python. The UI still calls this from a worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from qualcode.services.coding.attribution import DocumentAttributor
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
        mappings = uow.cases.speaker_mappings()
        mapped = sorted({m.document_id for m in mappings})
        frequencies = uow.workbench.code_frequencies(mapped)
        if not mapped:
            return {c: CodeCounts(*v) for c, v in frequencies.items()}
        starts = uow.workbench.segment_starts_in(mapped)
        doc_case = {h.id: h.case_id for h in uow.documents.list_headers()}
        turns = {d: uow.documents.turns(d) for d in mapped}
        mapped_pairs: set[tuple[int, int]] = set()
        by_doc: dict[int, list] = defaultdict(list)
        for m in mappings:
            by_doc[m.document_id].append(m)
        attributors = {d: DocumentAttributor(turns[d], by_doc[d], doc_case.get(d)) for d in mapped}
        for doc_id, code_id, start in starts:
            case_id = attributors[doc_id].at(start).case_id
            if case_id is not None:
                mapped_pairs.add((code_id, case_id))
        touched = sorted({code_id for code_id, _case in mapped_pairs})
        # cases seen in mapped documents may also be seen elsewhere: union the sets
        other_pairs = uow.workbench.code_case_pairs(touched, mapped)
    pairs_by_code: dict[int, set[int]] = defaultdict(set)
    for code_id, case_id in mapped_pairs | other_pairs:
        pairs_by_code[code_id].add(case_id)
    out = {}
    for code_id, (n, docs, cases) in frequencies.items():
        out[code_id] = CodeCounts(n, docs, len(pairs_by_code[code_id]) if code_id in pairs_by_code else cases)
    return out
