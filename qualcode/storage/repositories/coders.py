from __future__ import annotations

from sqlalchemy import select, update
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
        return Coder(id=row.id, name=row.name, is_reference=bool(row.is_reference))

    def all(self) -> list[Coder]:
        return [Coder(r.id, r.name, bool(r.is_reference))
                for r in self.s.scalars(select(CoderRow).order_by(CoderRow.id))]

    def set_reference(self, coder_id: int | None) -> None:
        """Make ``coder_id`` the one reference coder (None: no reference coder)."""
        self.s.execute(update(CoderRow).values(is_reference=False))
        if coder_id is not None:
            self.s.execute(update(CoderRow).where(CoderRow.id == coder_id).values(is_reference=True))
