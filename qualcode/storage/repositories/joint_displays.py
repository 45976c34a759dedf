"""Joint displays and their rows (tables from migration 0003)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from qualcode.core.clock import utcnow
from qualcode.core.errors import NotFoundError
from qualcode.core.joint_display import DisplayKind, Grouping, GroupRule, JointDisplay, JointRow, MetaInference
from qualcode.storage.tables import JointDisplayItemRow, JointDisplayRow


def _grouping_json(grouping: Grouping | None) -> dict[str, Any]:
    if grouping is None:
        return {}
    return {"variable": grouping.variable, "rule": grouping.rule.value, "threshold": grouping.threshold,
            "labels": [list(p) for p in grouping.labels]}


def _grouping(data: dict[str, Any] | None) -> Grouping | None:
    if not data or not data.get("variable"):
        return None
    return Grouping(str(data["variable"]), GroupRule(data.get("rule", "levels")), data.get("threshold"),
                    tuple((str(a), str(b)) for a, b in data.get("labels", ())))


def _row(r: JointDisplayItemRow) -> JointRow:
    return JointRow(r.id, r.display_id, r.position, r.theme_id, r.domain, r.analysis_id, r.term,
                    MetaInference(r.meta_inference or ""), r.note, tuple(int(i) for i in r.quote_ids or ()))


class JointDisplayRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _rows(self, display_ids: list[int]) -> dict[int, list[JointRow]]:
        out: dict[int, list[JointRow]] = defaultdict(list)
        if not display_ids:
            return out
        q = (select(JointDisplayItemRow).where(JointDisplayItemRow.display_id.in_(display_ids))
             .order_by(JointDisplayItemRow.position, JointDisplayItemRow.id))
        for r in self.s.scalars(q):
            out[r.display_id].append(_row(r))
        return out

    def all(self) -> list[JointDisplay]:
        heads = list(self.s.scalars(select(JointDisplayRow).order_by(JointDisplayRow.id)))
        rows = self._rows([h.id for h in heads])
        return [JointDisplay(h.id, h.name, DisplayKind(h.kind), _grouping(h.grouping), h.note, tuple(rows[h.id]))
                for h in heads]

    def get(self, display_id: int) -> JointDisplay:
        h = self.s.get(JointDisplayRow, display_id)
        if h is None:
            raise NotFoundError(f"There is no joint display {display_id}.")
        return JointDisplay(h.id, h.name, DisplayKind(h.kind), _grouping(h.grouping), h.note,
                            tuple(self._rows([h.id])[h.id]))

    def add(self, display: JointDisplay, *, keep_id: bool = False) -> JointDisplay:
        now = utcnow()
        head = JointDisplayRow(name=display.name.strip(), kind=display.kind.value,
                               grouping=_grouping_json(display.grouping), note=display.note,
                               created=now, updated=now)
        if keep_id:
            head.id = display.id
        self.s.add(head)
        self.s.flush()
        for row in display.rows:
            self.add_row(row, display_id=head.id, keep_id=keep_id)
        return self.get(head.id)

    def update(self, display: JointDisplay) -> None:
        head = self.s.get(JointDisplayRow, display.id)
        if head is None:
            raise NotFoundError(f"There is no joint display {display.id}.")
        head.name, head.kind = display.name.strip(), display.kind.value
        head.grouping, head.note, head.updated = _grouping_json(display.grouping), display.note, utcnow()
        self.s.flush()

    def delete(self, display_id: int) -> None:
        self.s.execute(delete(JointDisplayRow).where(JointDisplayRow.id == display_id))

    def get_row(self, row_id: int) -> JointRow:
        r = self.s.get(JointDisplayItemRow, row_id)
        if r is None:
            raise NotFoundError(f"There is no joint display row {row_id}.")
        return _row(r)

    def add_row(self, row: JointRow, *, display_id: int | None = None, keep_id: bool = False) -> JointRow:
        target = display_id if display_id is not None else row.display_id
        position = row.position or (self.s.scalar(
            select(func.max(JointDisplayItemRow.position)).where(JointDisplayItemRow.display_id == target)) or 0) + 1
        r = JointDisplayItemRow(
            display_id=target, position=position, theme_id=row.theme_id, domain=row.domain,
            analysis_id=row.analysis_id, term=row.term, meta_inference=row.meta_inference.value,
            note=row.note, quote_ids=list(row.quote_ids),
        )
        if keep_id:
            r.id = row.id
        self.s.add(r)
        self.s.flush()
        return _row(r)

    def update_row(self, row: JointRow) -> None:
        r = self.s.get(JointDisplayItemRow, row.id)
        if r is None:
            raise NotFoundError(f"There is no joint display row {row.id}.")
        r.position, r.theme_id, r.domain = row.position, row.theme_id, row.domain
        r.analysis_id, r.term, r.meta_inference = row.analysis_id, row.term, row.meta_inference.value
        r.note, r.quote_ids = row.note, list(row.quote_ids)
        self.s.flush()

    def delete_row(self, row_id: int) -> None:
        self.s.execute(delete(JointDisplayItemRow).where(JointDisplayItemRow.id == row_id))
