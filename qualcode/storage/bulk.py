"""Bulk loading for synthetic benchmark projects (one transaction, executemany).

Going through ``apply_code`` costs one durable commit per segment (~8 ms of fsync);
a 200,000-segment benchmark project would take half an hour that way. This loader
writes prepared rows in one transaction (one fsync at the commit), executemany in
batches; it is meant for generated data, not for user imports (no validation here
beyond the database's own constraints).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from qualcode.core.clock import utcnow
from qualcode.storage.project import Project
from qualcode.storage.results import inserted_id
from qualcode.storage.tables import CaseRow, CodeRow, CoderRow, DocumentRow, SegmentRow, TurnRow


@dataclass
class BulkDocument:
    """A document with its turns ``(speaker, start, end, timestamp)`` in code points."""

    name: str
    text: str
    kind: str = "interview"
    case_key: str | None = None
    turns: list[tuple[str, int, int, float | None]] = field(default_factory=list)


def bulk_load(
    project: Project, *, coder: str, codes: list[tuple[str, str]], documents: Iterable[BulkDocument],
    segments: Iterable[tuple[int, int, int, int]],
) -> dict[str, int]:
    """Insert codes ``(name, colour)``, documents and segments ``(document index, code index,
    start, end)`` (indexes into the given lists, 0-based). Returns counts inserted."""
    now = utcnow()
    with project.engine.begin() as conn:
        coder_id = inserted_id(conn.execute(CoderRow.__table__.insert().values(name=coder)))
        code_ids = []
        for position, (name, colour) in enumerate(codes):
            result = conn.execute(CodeRow.__table__.insert().values(
                name=name, colour=colour, origin="inductive", position=position, definition="", inclusion="",
                exclusion="", example="", atypical_example=""))
            code_ids.append(inserted_id(result))
        doc_ids: list[int] = []
        cases: dict[str, int] = {}
        for doc in documents:
            case_id = None
            if doc.case_key is not None:
                case_id = cases.get(doc.case_key)
                if case_id is None:
                    case_id = inserted_id(conn.execute(CaseRow.__table__.insert().values(
                        key=doc.case_key, label="", attributes={})))
                    cases[doc.case_key] = case_id
            doc_id = inserted_id(conn.execute(DocumentRow.__table__.insert().values(
                name=doc.name, text=doc.text, kind=doc.kind, language="en", source_name="", source_hash="",
                case_id=case_id, created=now)))
            doc_ids.append(doc_id)
            if doc.turns:
                conn.execute(TurnRow.__table__.insert(), [
                    {"document_id": doc_id, "speaker": s, "start": a, "end": b, "timestamp": t}
                    for s, a, b, t in doc.turns])
        batch: list[dict[str, object]] = []
        n = 0
        for d, c, start, end in segments:
            batch.append({"document_id": doc_ids[d], "code_id": code_ids[c], "start": start, "end": end,
                          "coder_id": coder_id, "created": now, "updated": now, "memo": ""})
            if len(batch) >= 20_000:
                conn.execute(SegmentRow.__table__.insert(), batch)
                n += len(batch)
                batch = []
        if batch:
            conn.execute(SegmentRow.__table__.insert(), batch)
            n += len(batch)
    return {"codes": len(code_ids), "documents": len(doc_ids), "segments": n}
