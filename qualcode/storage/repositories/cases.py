from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qualcode.core.case import Case, SpeakerMapping
from qualcode.core.errors import NotFoundError
from qualcode.storage.tables import CaseRow, SpeakerMappingRow


def _to_case(row: CaseRow) -> Case:
    return Case(id=row.id, key=row.key, label=row.label, attributes=dict(row.attributes or {}))


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, key: str, label: str = "", attributes: dict[str, object] | None = None) -> Case:
        row = CaseRow(key=key, label=label, attributes=attributes or {})
        self.s.add(row)
        self.s.flush()
        return _to_case(row)

    def get_or_create(self, key: str) -> Case:
        row = self.s.scalar(select(CaseRow).where(CaseRow.key == key))
        return _to_case(row) if row else self.add(key)

    def ensure_keys(self, keys: set[str]) -> dict[str, int]:
        """Ids of the cases with these keys, creating the missing ones (bulk import)."""
        table = CaseRow.__table__
        found: dict[str, int] = {}
        wanted = sorted(keys)
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            found.update({r[1]: r[0] for r in self.s.execute(select(table.c.id, table.c.key).where(table.c.key.in_(chunk)))})
        missing = [k for k in wanted if k not in found]
        if missing:
            result = self.s.execute(
                table.insert().returning(table.c.id, table.c.key, sort_by_parameter_order=True),
                [{"key": k, "label": "", "attributes": {}} for k in missing],
            )
            found.update({r[1]: r[0] for r in result})
        return found

    def add_speaker_mappings(self, mappings: list[SpeakerMapping]) -> None:
        """Insert mappings for documents that have none yet (bulk import)."""
        if mappings:
            self.s.execute(SpeakerMappingRow.__table__.insert(), [
                {"document_id": m.document_id, "speaker": m.speaker, "case_id": m.case_id,
                 "is_interviewer": m.is_interviewer} for m in mappings
            ])

    def get(self, case_id: int) -> Case:
        row = self.s.get(CaseRow, case_id)
        if row is None:
            raise NotFoundError(f"There is no case {case_id}.")
        return _to_case(row)

    def all(self) -> list[Case]:
        return [_to_case(r) for r in self.s.scalars(select(CaseRow).order_by(CaseRow.id))]

    def set_speaker_mapping(self, mapping: SpeakerMapping) -> None:
        table = SpeakerMappingRow.__table__
        self.s.execute(delete(table).where(
            table.c.document_id == mapping.document_id, table.c.speaker == mapping.speaker))
        self.s.execute(table.insert().values(
            document_id=mapping.document_id, speaker=mapping.speaker,
            case_id=mapping.case_id, is_interviewer=mapping.is_interviewer,
        ))

    def speaker_mappings(self, document_id: int | None = None) -> list[SpeakerMapping]:
        query = select(SpeakerMappingRow)
        if document_id is not None:
            query = query.where(SpeakerMappingRow.document_id == document_id)
        return [
            SpeakerMapping(r.document_id, r.speaker, r.case_id, r.is_interviewer)
            for r in self.s.scalars(query)
        ]

    def delete(self, case_id: int) -> None:
        self.s.execute(delete(CaseRow).where(CaseRow.id == case_id))

    def restore(self, case: Case) -> None:
        """Re-insert a deleted case with its original id (undo of a removal)."""
        self.s.execute(CaseRow.__table__.insert().values(
            id=case.id, key=case.key, label=case.label, attributes=dict(case.attributes)))
