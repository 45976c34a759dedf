"""Retrieving coded segments with their context: text, code path, coder, speaker, case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qualcode.core.codebook import Code, code_path, descendants
from qualcode.core.segment import Segment
from qualcode.services.attribution import DocumentAttributor
from qualcode.storage.project import Project


def find_code_by_path(project: Project, path_or_name: str) -> Code | None:
    """Find a code by its path (``Legal/Legal aid``) or, if unique, by its name."""
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
    wanted = path_or_name.strip().casefold()
    by_path = [c for c in codes.values() if code_path(codes, c.id).casefold() == wanted]
    if by_path:
        return by_path[0]
    by_name = [c for c in codes.values() if c.name.casefold() == wanted]
    if len(by_name) > 1:
        paths = ", ".join(code_path(codes, c.id) for c in by_name)
        raise ValueError(f"{path_or_name!r} names several codes ({paths}); give the path")
    return by_name[0] if by_name else None


def segment_rows(
    project: Project, *, code_ids: Sequence[int] | None = None, document_id: int | None = None,
    segment_ids: Sequence[int] | None = None, with_children: bool = True, context: int = 0,
) -> list[dict[str, Any]]:
    """One dict per segment: document_id, document, start, end, text, code, code_id, coder,
    speaker, case (its key), and ``before``/``after`` context of ``context`` characters."""
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        if segment_ids is not None:
            segments = uow.segments.get_many(list(segment_ids))
        elif code_ids is not None:
            wanted = set(code_ids)
            if with_children:
                for cid in code_ids:
                    wanted.update(descendants(codes, cid))
            segments = uow.segments.for_codes(sorted(wanted))
        elif document_id is not None:
            segments = uow.segments.for_document(document_id)
        else:
            segments = uow.segments.all()
        if document_id is not None:
            segments = [s for s in segments if s.document_id == document_id]
        coders = {c.id: c.name for c in uow.coders.all()}
        cases = {c.id: c.key for c in uow.cases.all()}
        doc_ids = sorted({s.document_id for s in segments})
        docs = {d: uow.documents.get(d) for d in doc_ids}
        attributors = {
            d: DocumentAttributor(uow.documents.turns(d), uow.cases.speaker_mappings(d), docs[d].case_id)
            for d in doc_ids
        }
    rows = []
    for seg in sorted(segments, key=lambda s: (s.document_id, s.span.start, s.id)):
        rows.append(_row(seg, docs[seg.document_id], codes, coders, cases, attributors[seg.document_id], context))
    return rows


def _row(seg: Segment, doc: Any, codes: dict[int, Code], coders: dict[int, str], cases: dict[int, str],
         attributor: DocumentAttributor, context: int) -> dict[str, Any]:
    who = attributor.at(seg.span.start)
    row: dict[str, Any] = {
        "segment_id": seg.id, "document_id": seg.document_id, "document": doc.name,
        "start": seg.span.start, "end": seg.span.end, "text": doc.text[seg.span.start:seg.span.end],
        "code": code_path(codes, seg.code_id), "code_id": seg.code_id,
        "coder": coders.get(seg.coder_id, ""), "speaker": who.speaker,
        "case": cases.get(who.case_id) if who.case_id is not None else None, "memo": seg.memo,
    }
    if context:
        row["before"] = doc.text[max(0, seg.span.start - context):seg.span.start]
        row["after"] = doc.text[seg.span.end:seg.span.end + context]
    return row
