"""Saved analyses (table from migration 0003): specs in, core AnalysisSpec out."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.clock import utcnow
from qualcode.core.errors import NotFoundError
from qualcode.storage.tables import AnalysisRow


def _spec(row: AnalysisRow) -> AnalysisSpec:
    return AnalysisSpec.from_json(row.id, row.name, row.spec or {})


class AnalysisRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def all(self) -> list[AnalysisSpec]:
        rows = self.s.scalars(select(AnalysisRow).order_by(AnalysisRow.position, AnalysisRow.id))
        return [_spec(r) for r in rows]

    def get(self, analysis_id: int) -> AnalysisSpec:
        row = self.s.get(AnalysisRow, analysis_id)
        if row is None:
            raise NotFoundError(f"There is no saved analysis {analysis_id}.")
        return _spec(row)

    def find(self, name: str) -> AnalysisSpec | None:
        row = self.s.scalar(select(AnalysisRow).where(func.lower(AnalysisRow.name) == name.strip().lower()))
        return _spec(row) if row else None

    def add(self, spec: AnalysisSpec, *, keep_id: bool = False) -> AnalysisSpec:
        now = utcnow()
        position = (self.s.scalar(select(func.max(AnalysisRow.position))) or 0) + 1
        row = AnalysisRow(name=spec.name.strip(), kind=spec.kind, spec=spec.to_json(), position=position,
                          created=now, updated=now)
        if keep_id:
            row.id = spec.id
        self.s.add(row)
        self.s.flush()
        return _spec(row)

    def update(self, spec: AnalysisSpec) -> None:
        row = self.s.get(AnalysisRow, spec.id)
        if row is None:
            raise NotFoundError(f"There is no saved analysis {spec.id}.")
        row.name, row.kind, row.spec, row.updated = spec.name.strip(), spec.kind, spec.to_json(), utcnow()
        self.s.flush()

    def delete(self, analysis_id: int) -> None:
        self.s.execute(delete(AnalysisRow).where(AnalysisRow.id == analysis_id))
