from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qualcode.storage.file_format import COUNTED_TABLES
from qualcode.storage.tables import Base, MetaRow


class MetaRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.s.get(MetaRow, key)
        return row.value if row else default

    def set(self, key: str, value: str) -> None:
        self.s.merge(MetaRow(key=key, value=value))

    def counts(self) -> dict[str, int]:
        tables = Base.metadata.tables
        return {
            name: int(self.s.scalar(select(func.count()).select_from(tables[name])) or 0)
            for name in COUNTED_TABLES
        }
