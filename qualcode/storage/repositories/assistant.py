"""The coding assistant's embedding index and decisions (assistant_units, assistant_decisions)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from qualcode.core.assistant import AssistantDecision, IndexedDocument, PackedUnits, SuggestionDecision
from qualcode.core.clock import utcnow
from qualcode.storage.fast_insert import insert_tuples
from qualcode.storage.tables import AssistantDecisionRow, AssistantUnitsRow, DocumentRow

_U = AssistantUnitsRow.__table__
_D = AssistantDecisionRow.__table__


def _to_decision(r: AssistantDecisionRow) -> AssistantDecision:
    return AssistantDecision(r.id, r.code_id, r.code_name, r.document_id, r.start, r.end,
                             SuggestionDecision(r.decision), r.score, r.model, r.model_version, r.coder, r.at)


class AssistantRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the index -------------------------------------------------------------------------
    def document_languages(self) -> dict[int, str]:
        """``document_id -> language`` of every document (for sentence boundaries)."""
        rows = self.s.execute(select(DocumentRow.id, DocumentRow.language))
        return {r[0]: r[1] or "en" for r in rows}

    def indexed(self) -> dict[int, IndexedDocument]:
        """``document_id -> IndexedDocument`` for every document in the index."""
        rows = self.s.execute(select(_U.c.document_id, _U.c.text_hash, _U.c.model, _U.c.version, _U.c.count))
        return {r[0]: IndexedDocument(r[0], r[1], r[2], r[3], r[4]) for r in rows}

    def coverage(self) -> tuple[int, int, int]:
        """(documents in the project, documents in the index, units in the index)."""
        documents = self.s.execute(select(func.count()).select_from(DocumentRow)).scalar_one()
        row = self.s.execute(select(func.count(), func.coalesce(func.sum(_U.c.count), 0))).one()
        return int(documents), int(row[0]), int(row[1])

    def fingerprint(self, model: str, version: str) -> tuple[int, int, str]:
        """(documents, units, last build time) of this model's index: changes whenever a document
        is added, re-embedded or removed. One aggregate query, cheap enough to check per search."""
        row = self.s.execute(select(func.count(), func.coalesce(func.sum(_U.c.count), 0), func.max(_U.c.built))
                             .where(_U.c.model == model, _U.c.version == version)).one()
        return int(row[0]), int(row[1]), str(row[2])

    def replace_units(self, rows: Sequence[PackedUnits], text_hashes: dict[int, str], model: str,
                      version: str) -> None:
        """Store (or replace) these documents' units in one executemany."""
        if not rows:
            return
        ids = [r.document_id for r in rows]
        self.remove_documents(ids)
        now = utcnow()
        insert_tuples(self.s, _U, ["document_id", "text_hash", "model", "version", "dim", "count", "built", "spans",
                                   "vectors"],
                      [(r.document_id, text_hashes[r.document_id], model, version, r.dim, r.count, now, r.spans,
                        r.vectors) for r in rows])

    def remove_documents(self, document_ids: Sequence[int]) -> None:
        for first in range(0, len(document_ids), 500):
            chunk = list(document_ids[first:first + 500])
            self.s.execute(delete(_U).where(_U.c.document_id.in_(chunk)))

    def units(self, model: str, version: str) -> Iterator[PackedUnits]:
        """Every document's packed units made by this model and version, one row at a time."""
        query = (select(_U.c.document_id, _U.c.count, _U.c.dim, _U.c.spans, _U.c.vectors)
                 .where(_U.c.model == model, _U.c.version == version).order_by(_U.c.document_id))
        for r in self.s.execute(query):
            yield PackedUnits(r[0], r[1], r[2], bytes(r[3]), bytes(r[4]))

    # -- decisions -------------------------------------------------------------------------
    def add_decision(self, code_id: int | None, code_name: str, document_id: int, start: int, end: int,
                     decision: SuggestionDecision, score: float, model: str, model_version: str,
                     coder: str) -> AssistantDecision:
        row = AssistantDecisionRow(code_id=code_id, code_name=code_name, document_id=document_id, start=start,
                                   end=end, decision=decision.value, score=float(score), model=model,
                                   model_version=model_version, coder=coder, at=utcnow())
        self.s.add(row)
        self.s.flush()
        return _to_decision(row)

    def restore_decision(self, d: AssistantDecision) -> None:
        """Re-insert a deleted decision with its id (redo)."""
        self.s.add(AssistantDecisionRow(id=d.id, code_id=d.code_id, code_name=d.code_name, document_id=d.document_id,
                                        start=d.start, end=d.end, decision=d.decision.value, score=d.score,
                                        model=d.model, model_version=d.model_version, coder=d.coder, at=d.at))
        self.s.flush()

    def delete_decision(self, decision_id: int) -> None:
        self.s.execute(delete(_D).where(_D.c.id == decision_id))

    def decisions(self, code_id: int | None = None) -> list[AssistantDecision]:
        """Decisions, oldest first (of one code when given)."""
        query = select(AssistantDecisionRow).order_by(AssistantDecisionRow.id)
        if code_id is not None:
            query = query.where(AssistantDecisionRow.code_id == code_id)
        return [_to_decision(r) for r in self.s.scalars(query)]
