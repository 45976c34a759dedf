from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qualcode.core.memo import Coder
from qualcode.storage.tables import CoderRow


class CoderRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get_or_create(self, name: str) -> Coder:
        """The coder named ``name``, inserted if new. On a team server two people may add the
        same name at the same moment: the second insert waits for the first to commit, fails on
        ``uq_coders_name`` inside its savepoint, and then finds the teammate's row."""
        row = self.s.scalar(select(CoderRow).where(CoderRow.name == name))
        if row is None:
            try:
                with self.s.begin_nested():
                    row = CoderRow(name=name)
                    self.s.add(row)
            except IntegrityError:
                row = self.s.scalar(select(CoderRow).where(CoderRow.name == name))
                if row is None:  # refused for another reason than the name
                    raise
        return Coder(id=row.id, name=row.name, is_reference=bool(row.is_reference))

    def all(self) -> list[Coder]:
        return [Coder(r.id, r.name, bool(r.is_reference))
                for r in self.s.scalars(select(CoderRow).order_by(CoderRow.id))]

    def set_reference(self, coder_id: int | None) -> None:
        """Make ``coder_id`` the one reference coder (None: no reference coder)."""
        self.s.execute(update(CoderRow).values(is_reference=False))
        if coder_id is not None:
            self.s.execute(update(CoderRow).where(CoderRow.id == coder_id).values(is_reference=True))
