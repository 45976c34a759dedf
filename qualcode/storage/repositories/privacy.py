"""Roster, audit log, sealed mappings, and the in-place text edits of a pseudonymisation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from qualcode.storage.tables import (
    AuditEntryRow,
    CaseRow,
    DocumentRow,
    MemoRow,
    PseudonymMappingRow,
    RosterEntryRow,
    SegmentRow,
    SpeakerMappingRow,
    TurnRow,
)


class RosterRecord(NamedTuple):
    name: str
    kind: str
    replacement: str


class AuditRecord(NamedTuple):
    id: int
    at: datetime
    who: str
    action: str
    summary: str
    detail: dict[str, Any]


class SealedMapping(NamedTuple):
    id: int
    created: datetime
    scheme: str
    salt: bytes
    nonce: bytes
    sealed: bytes


class PrivacyRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # roster
    def roster(self) -> list[RosterRecord]:
        rows = self.s.scalars(select(RosterEntryRow).order_by(RosterEntryRow.position, RosterEntryRow.id))
        return [RosterRecord(r.name, r.kind, r.replacement) for r in rows]

    def replace_roster(self, entries: Sequence[RosterRecord]) -> None:
        self.s.execute(delete(RosterEntryRow))
        if entries:
            self.s.execute(insert(RosterEntryRow), [
                {"name": e.name, "kind": e.kind, "replacement": e.replacement, "position": i}
                for i, e in enumerate(entries)
            ])

    # audit log
    def add_audit(self, at: datetime, who: str, action: str, summary: str, detail: dict[str, Any]) -> int:
        row = AuditEntryRow(at=at, who=who, action=action, summary=summary, detail=detail)
        self.s.add(row)
        self.s.flush()
        return int(row.id)

    def audit(self, action: str | None = None) -> list[AuditRecord]:
        query = select(AuditEntryRow).order_by(AuditEntryRow.at, AuditEntryRow.id)
        if action is not None:
            query = query.where(AuditEntryRow.action == action)
        return [AuditRecord(r.id, r.at, r.who, r.action, r.summary, dict(r.detail or {}))
                for r in self.s.scalars(query)]

    # sealed mappings
    def add_mapping(self, created: datetime, scheme: str, salt: bytes, nonce: bytes, sealed: bytes) -> int:
        row = PseudonymMappingRow(created=created, scheme=scheme, salt=salt, nonce=nonce, sealed=sealed)
        self.s.add(row)
        self.s.flush()
        return int(row.id)

    def mappings(self) -> list[SealedMapping]:
        rows = self.s.scalars(select(PseudonymMappingRow).order_by(PseudonymMappingRow.id))
        return [SealedMapping(r.id, r.created, r.scheme, bytes(r.salt), bytes(r.nonce), bytes(r.sealed))
                for r in rows]

    def delete_mapping(self, mapping_id: int) -> None:
        self.s.execute(delete(PseudonymMappingRow).where(PseudonymMappingRow.id == mapping_id))

    # text edits (the caller keeps every span on its words)
    def wipe_freed_space(self) -> None:
        """Ask SQLite to zero the space that replaced text frees (no originals left in free pages)."""
        if self.s.get_bind().dialect.name == "sqlite":
            self.s.execute(text("PRAGMA secure_delete = ON"))

    def set_document(self, document_id: int, text: str, name: str) -> None:
        self.s.execute(update(DocumentRow).where(DocumentRow.id == document_id).values(text=text, name=name))

    def set_turns(self, rows: Sequence[tuple[int, str, int, int]]) -> None:
        """``(turn id, speaker, start, end)`` per turn."""
        for turn_id, speaker, start, end in rows:
            self.s.execute(update(TurnRow).where(TurnRow.id == turn_id)
                           .values(speaker=speaker, start=start, end=end))

    def set_segment_spans(self, rows: Sequence[tuple[int, int, int]]) -> None:
        """``(segment id, start, end)`` per segment. Ends first, so no unique index sees a clash midway."""
        if rows:
            self.s.execute(update(SegmentRow).where(SegmentRow.id.in_([r[0] for r in rows]))
                           .values(start=-SegmentRow.id, end=-SegmentRow.id))
        for segment_id, start, end in rows:
            self.s.execute(update(SegmentRow).where(SegmentRow.id == segment_id).values(start=start, end=end))

    def speaker_rows(self, document_id: int) -> list[tuple[str, int | None, bool]]:
        """``(speaker, case id, is interviewer)`` of each speaker mapping of the document."""
        rows = self.s.execute(select(SpeakerMappingRow.speaker, SpeakerMappingRow.case_id,
                                     SpeakerMappingRow.is_interviewer)
                              .where(SpeakerMappingRow.document_id == document_id)
                              .order_by(SpeakerMappingRow.speaker))
        return [(r[0], r[1], bool(r[2])) for r in rows]

    def set_speaker_rows(self, document_id: int, rows: Sequence[tuple[str, int | None, bool]]) -> None:
        """Replace the document's speaker mappings with ``rows``."""
        self.s.execute(delete(SpeakerMappingRow).where(SpeakerMappingRow.document_id == document_id))
        if rows:
            self.s.execute(insert(SpeakerMappingRow), [
                {"document_id": document_id, "speaker": sp, "case_id": case_id, "is_interviewer": interviewer}
                for sp, case_id, interviewer in rows
            ])

    def notes(self) -> list[tuple[str, int, str, str]]:
        """The researcher's own writing that may name people: ``("memo", id, title, text)`` per memo
        and ``("segment", id, "", memo)`` per segment with a memo."""
        memos = [("memo", r[0], r[1], r[2]) for r in self.s.execute(select(MemoRow.id, MemoRow.title, MemoRow.text))]
        segments = [("segment", r[0], "", r[1]) for r in
                    self.s.execute(select(SegmentRow.id, SegmentRow.memo).where(SegmentRow.memo != ""))]
        return memos + segments

    def set_notes(self, rows: Sequence[tuple[str, int, str, str]]) -> None:
        """Write back rows shaped as :meth:`notes` returns them."""
        for kind, row_id, title, body in rows:
            if kind == "memo":
                self.s.execute(update(MemoRow).where(MemoRow.id == row_id).values(title=title, text=body))
            else:
                self.s.execute(update(SegmentRow).where(SegmentRow.id == row_id).values(memo=body))

    def case_names(self) -> list[tuple[int, str, str]]:
        """``(case id, key, label)`` of every case."""
        return [(r[0], r[1], r[2]) for r in self.s.execute(select(CaseRow.id, CaseRow.key, CaseRow.label))]

    def set_case_names(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Rename cases; keys move through a temporary value so a swap never meets the unique index."""
        for case_id, _key, _label in rows:
            self.s.execute(update(CaseRow).where(CaseRow.id == case_id).values(key=f"\x00{case_id}"))
        for case_id, key, label in rows:
            self.s.execute(update(CaseRow).where(CaseRow.id == case_id).values(key=key, label=label))
