"""Survey tables: variables (with the user's type corrections) and one record per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from qualcode.core.clock import utcnow
from qualcode.core.survey import Variable
from qualcode.storage.tables import SurveyRecordRow, SurveyTableRow, SurveyVariableRow

_VAR = SurveyVariableRow.__table__
_REC = SurveyRecordRow.__table__


class SurveyTableHeader(NamedTuple):
    """A stored survey table without its rows."""

    id: int
    name: str
    id_column: str


class SurveyRecord(NamedTuple):
    """One stored survey row: its row number in the file, ID, linked case and values."""

    row_number: int
    key: str
    case_id: int | None
    values: dict[str, Any]


class SurveyRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def find_table(self, name: str) -> int | None:
        return self.s.scalar(select(SurveyTableRow.id).where(SurveyTableRow.name == name))

    def tables(self) -> list[SurveyTableHeader]:
        """Every survey table's id, name and ID column."""
        rows = self.s.execute(select(SurveyTableRow.id, SurveyTableRow.name, SurveyTableRow.id_column))
        return [SurveyTableHeader(r[0], r[1], r[2]) for r in rows]

    def delete_table(self, table_id: int) -> None:
        self.s.execute(delete(SurveyTableRow).where(SurveyTableRow.id == table_id))

    def add_table(self, name: str, source_name: str, source_hash: str, id_column: str,
                  variables: Sequence[Variable], records: Sequence[tuple[int, str, int | None, dict[str, Any]]]) -> int:
        """Store a table; ``records`` are (row_number, key, case_id, values)."""
        row = SurveyTableRow(name=name, source_name=source_name, source_hash=source_hash,
                             id_column=id_column, imported=utcnow())
        self.s.add(row)
        self.s.flush()
        # one executemany, not an ORM object per variable: a 20,000-column survey spent
        # seconds building and flushing the objects
        specs = [(var, var.to_dict()) for var in variables]
        if specs:
            self.s.execute(insert(_VAR), [
                {"table_id": row.id, "name": var.name, "label": var.label, "type": var.type.value,
                 "levels": spec["levels"], "value_labels": spec["value_labels"],
                 "missing_values": spec["missing_values"], "missing_ranges": spec["missing_ranges"],
                 "position": var.position}
                for var, spec in specs
            ])
        if records:
            self.s.execute(insert(_REC), [
                {"table_id": row.id, "row_number": n, "key": key, "case_id": case_id, "values": values}
                for n, key, case_id, values in records
            ])
        self.s.flush()
        return row.id

    def variables(self, table_id: int) -> list[Variable]:
        rows = self.s.scalars(
            select(SurveyVariableRow).where(SurveyVariableRow.table_id == table_id).order_by(SurveyVariableRow.position)
        )
        return [Variable.from_dict({
            "name": r.name, "label": r.label, "type": r.type, "levels": r.levels, "value_labels": r.value_labels,
            "missing_values": r.missing_values, "missing_ranges": r.missing_ranges, "position": r.position,
        }) for r in rows]

    def records(self, table_id: int) -> list[SurveyRecord]:
        rows = self.s.execute(
            select(_REC.c.row_number, _REC.c.key, _REC.c.case_id, _REC.c["values"])
            .where(_REC.c.table_id == table_id).order_by(_REC.c.row_number)
        )
        return [SurveyRecord(r[0], r[1], r[2], r[3]) for r in rows]
