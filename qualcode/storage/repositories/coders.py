from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualcode.core.memo import Coder
from qualcode.storage.tables import CoderRow


class CoderRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get_or_create(self, name: str) -> Coder:
        row = self.s.scalar(select(CoderRow).where(CoderRow.name == name))
        if row is None:
            row = CoderRow(name=name)
            self.s.add(row)
            self.s.flush()
        return Coder(id=row.id, name=row.name)

    def all(self) -> list[Coder]:
        return [Coder(r.id, r.name) for r in self.s.scalars(select(CoderRow).order_by(CoderRow.id))]
