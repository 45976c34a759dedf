from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from qualcode.core.errors import NotFoundError
from qualcode.core.theme import Theme, ThemeStatus
from qualcode.storage.tables import ThemeCodeRow, ThemeRow


class ThemeRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _codes(self) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = {}
        for theme_id, code_id in self.s.execute(select(ThemeCodeRow.theme_id, ThemeCodeRow.code_id)):
            out.setdefault(theme_id, []).append(code_id)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def all(self) -> list[Theme]:
        codes = self._codes()
        return [
            Theme(r.id, r.name, r.parent_id, ThemeStatus(r.status), r.definition, r.narrative, codes.get(r.id, ()))
            for r in self.s.scalars(select(ThemeRow).order_by(ThemeRow.position, ThemeRow.id))
        ]

    def get(self, theme_id: int) -> Theme:
        for theme in self.all():
            if theme.id == theme_id:
                return theme
        raise NotFoundError(f"There is no theme {theme_id}.")

    def add(self, theme: Theme, *, keep_id: bool = False) -> Theme:
        row = ThemeRow(
            name=theme.name, parent_id=theme.parent_id, status=theme.status.value,
            definition=theme.definition, narrative=theme.narrative,
        )
        if keep_id:
            row.id = theme.id
        self.s.add(row)
        self.s.flush()
        self.set_codes(row.id, theme.code_ids)
        return Theme(row.id, theme.name, theme.parent_id, theme.status, theme.definition,
                     theme.narrative, tuple(sorted(theme.code_ids)))

    def update(self, theme: Theme) -> None:
        row = self.s.get(ThemeRow, theme.id)
        if row is None:
            raise NotFoundError(f"There is no theme {theme.id}.")
        row.name, row.parent_id, row.status = theme.name, theme.parent_id, theme.status.value
        row.definition, row.narrative = theme.definition, theme.narrative
        self.set_codes(theme.id, theme.code_ids)

    def set_codes(self, theme_id: int, code_ids: tuple[int, ...]) -> None:
        self.s.execute(delete(ThemeCodeRow).where(ThemeCodeRow.theme_id == theme_id))
        for code_id in sorted(set(code_ids)):
            self.s.add(ThemeCodeRow(theme_id=theme_id, code_id=code_id))
        self.s.flush()

    def delete(self, theme_id: int) -> None:
        self.s.execute(delete(ThemeRow).where(ThemeRow.id == theme_id))

    def set_coder(self, theme_ids: list[int], coder_id: int | None) -> None:
        """Record who created or last changed these themes (ids that no longer exist are skipped)."""
        if theme_ids:
            self.s.execute(update(ThemeRow).where(ThemeRow.id.in_(theme_ids)).values(coder_id=coder_id))

    def coders(self) -> dict[int, int | None]:
        """theme id -> the coder who created or last changed it."""
        return {r[0]: r[1] for r in self.s.execute(select(ThemeRow.id, ThemeRow.coder_id))}
