from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import NamedTuple

from qualcode.core.clock import utcnow

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualcode.core.codebook import Code, CodeOrigin, is_colour, palette_colour
from qualcode.core.errors import NotFoundError
from qualcode.storage.tables import CodeHistoryRow, CodeRow, ThemeCodeRow


class CodeChange(NamedTuple):
    """One recorded edit of a code's field."""

    at: datetime
    coder_id: int | None
    field: str
    old: str
    new: str


_FIELDS = (
    "name", "parent_id", "colour", "definition", "inclusion", "exclusion", "example",
    "atypical_example", "quick_key", "position",
)


def _to_code(row: CodeRow) -> Code:
    # A project from elsewhere may hold values our own writes never make (a colour "red", an
    # unknown origin): show the code with a palette colour / as inductive rather than making
    # every view that lists codes fail.
    colour = row.colour if is_colour(row.colour) else palette_colour(row.id)
    origin = CodeOrigin(row.origin) if row.origin in {o.value for o in CodeOrigin} else CodeOrigin.INDUCTIVE
    return Code(
        id=row.id, name=row.name, parent_id=row.parent_id, colour=colour,
        definition=row.definition, inclusion=row.inclusion, exclusion=row.exclusion,
        example=row.example, atypical_example=row.atypical_example,
        origin=origin, quick_key=row.quick_key, position=row.position, version=row.version,
    )


class CodeRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def all(self) -> dict[int, Code]:
        rows = self.s.scalars(select(CodeRow).order_by(CodeRow.position, CodeRow.id))
        return {r.id: _to_code(r) for r in rows}

    def get(self, code_id: int) -> Code:
        row = self.s.get(CodeRow, code_id)
        if row is None:
            raise NotFoundError(f"There is no code {code_id}.")
        return _to_code(row)

    def add(self, code: Code, *, keep_id: bool = False) -> Code:
        """Insert ``code``; its ``id`` is ignored unless ``keep_id`` (undo restores ids)."""
        values = asdict(code)
        values["origin"] = code.origin.value
        values.pop("version")
        if not keep_id:
            values.pop("id")
        row = CodeRow(**values)
        self.s.add(row)
        self.s.flush()
        return _to_code(row)

    def update(self, code: Code, *, coder_id: int | None = None, check_version: bool = False) -> Code:
        """Write every field of ``code``; record what changed in the code's history.

        With ``check_version``, a ``code`` read at another row version than the stored one
        (someone saved the code since) raises StaleDataError instead of overwriting.
        """
        row = self.s.get(CodeRow, code.id)
        if row is None:
            raise NotFoundError(f"There is no code {code.id}.")
        if check_version and code.version and code.version != row.version:
            # read at another version: someone saved this code since; never overwrite their edit
            raise StaleDataError(f"code {code.id} is at version {row.version}, not {code.version}")
        now = utcnow()
        for field in (*_FIELDS, "origin"):
            new = getattr(code, field)
            new = new.value if isinstance(new, CodeOrigin) else new
            old = getattr(row, field)
            if old != new:
                self.s.add(CodeHistoryRow(
                    code_id=code.id, coder_id=coder_id, at=now, field=field,
                    old="" if old is None else str(old), new="" if new is None else str(new),
                ))
                setattr(row, field, new)
        self.s.flush()
        return _to_code(row)

    def delete(self, code_id: int) -> None:
        self.s.execute(delete(CodeRow).where(CodeRow.id == code_id))

    def history(self, code_id: int) -> list[CodeChange]:
        """Every recorded change of the code, oldest first."""
        rows = self.s.scalars(
            select(CodeHistoryRow).where(CodeHistoryRow.code_id == code_id).order_by(CodeHistoryRow.id)
        )
        return [CodeChange(r.at, r.coder_id, r.field, r.old, r.new) for r in rows]

    def theme_links(self, code_ids: list[int]) -> list[tuple[int, int]]:
        """(theme_id, code_id) pairs for these codes."""
        rows = self.s.execute(
            select(ThemeCodeRow.theme_id, ThemeCodeRow.code_id).where(ThemeCodeRow.code_id.in_(code_ids))
        )
        return [(r[0], r[1]) for r in rows]

    def add_theme_links(self, links: list[tuple[int, int]]) -> None:
        for theme_id, code_id in links:
            self.s.merge(ThemeCodeRow(theme_id=theme_id, code_id=code_id))
        self.s.flush()
