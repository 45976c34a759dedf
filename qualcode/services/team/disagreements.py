"""Where two coders disagree, unit by unit, and what the team decided there.

A decision never edits either coder's own codings (agreement stays reproducible): accepting
one coder, or merging both, copies their codings of the unit to the shared *consensus* coder;
a memo records the discussion. Every decision is kept in ``agreement_decisions`` and can be
undone (:class:`DecideOperation`), which removes exactly the decision and the codings it made.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult, ids
from qualcode.core.errors import QualCodeError
from qualcode.core.segment import Segment
from qualcode.core.team import CONSENSUS_CODER, AgreementDecision, DecisionKind
from qualcode.services.operations.operation import Operation
from qualcode.services.operations.publish import publishes
from qualcode.services.team.units import (
    check_unit_kind,
    document_units,
    sentence_units,
    unit_range,
)
from qualcode.storage.project import Project

__all__ = ["CONSENSUS_CODER", "DecideOperation", "DecisionSnapshot", "DisagreementUnit", "SetReferenceCoderOperation", "decide",
           "disagreements", "list_decisions", "set_reference_coder", "undo_decision"]

# CONSENSUS_CODER (the coder who holds the team's agreed codings) lives in core.team, re-exported here


@dataclass(frozen=True)
class DisagreementUnit:
    """One unit where coder A's codes differ from coder B's."""

    document_id: int
    document: str
    start: int
    end: int
    text: str
    codes_a: tuple[int, ...]
    codes_b: tuple[int, ...]
    segments_a: tuple[Segment, ...]
    segments_b: tuple[Segment, ...]
    decision: AgreementDecision | None = None


@dataclass(frozen=True)
class DecisionSnapshot:
    """A decision and the consensus codings it made (what undo removes and redo restores)."""

    decision: AgreementDecision
    segments: tuple[Segment, ...]


def disagreements(project: Project, coder_a: int, coder_b: int, *, unit: str = "sentence",
                  code_id: int | None = None) -> list[DisagreementUnit]:
    """Every unit of a document both coders coded where their codes differ (optionally for one code)."""
    check_unit_kind(unit)
    if coder_a == coder_b:
        raise QualCodeError("choose two different coders to compare")
    with project.unit_of_work(write=False) as uow:
        segs = [s for s in uow.segments.all() if s.coder_id in (coder_a, coder_b)
                and (code_id is None or s.code_id == code_id)]
        by_doc: dict[int, list[Segment]] = defaultdict(list)
        for s in segs:
            by_doc[s.document_id].append(s)
        both = sorted(d for d, ss in by_doc.items() if {s.coder_id for s in ss} == {coder_a, coder_b})
        docs = {d: uow.documents.get(d) for d in both}
        turns = {d: [(t.span.start, t.span.end) for t in uow.documents.turns(d)] for d in both} if unit == "turn" else {}
        decided = {(x.document_id, x.start, x.end): x for x in uow.decisions.all()
                   if {x.coder_a_id, x.coder_b_id} == {coder_a, coder_b}}
    out: list[DisagreementUnit] = []
    for d in both:
        doc, ss = docs[d], by_doc[d]
        starts, ends = document_units(unit, doc.text, turns=turns.get(d, ()),
                                      sentences=sentence_units(doc.text, doc.language) if unit == "sentence" else (),
                                      boundaries=[b for s in ss for b in (s.span.start, s.span.end)])
        hits_a: list[list[Segment]] = [[] for _ in range(len(starts))]
        hits_b: list[list[Segment]] = [[] for _ in range(len(starts))]
        for s in ss:
            lo, hi = unit_range(starts, ends, s.span.start, s.span.end)
            target = hits_a if s.coder_id == coder_a else hits_b
            for k in range(lo, hi):
                target[k].append(s)
        for k, (start, end) in enumerate(zip(starts.tolist(), ends.tolist())):
            codes_a = tuple(sorted({s.code_id for s in hits_a[k]}))
            codes_b = tuple(sorted({s.code_id for s in hits_b[k]}))
            if codes_a != codes_b:
                out.append(DisagreementUnit(d, doc.name, start, end, doc.text[start:end], codes_a, codes_b,
                                            tuple(hits_a[k]), tuple(hits_b[k]), decided.get((d, start, end))))
    return out


@publishes
def decide(project: Project, unit: DisagreementUnit, kind: DecisionKind, *, coder_a: int, coder_b: int,
           memo: str = "", decided_by: int | None = None, initiator: object | None = None
           ) -> OpResult[DecisionSnapshot]:
    """Record the team's decision on ``unit``; accept/merge copy codings to the consensus coder."""
    if kind is DecisionKind.MEMO and not memo.strip():
        raise QualCodeError("a memo decision needs the memo's text")
    chosen = {DecisionKind.ACCEPT_A: unit.segments_a, DecisionKind.ACCEPT_B: unit.segments_b,
              DecisionKind.MERGE: unit.segments_a + unit.segments_b, DecisionKind.MEMO: ()}[kind]
    made: list[Segment] = []
    with project.unit_of_work() as uow:
        consensus = uow.coders.get_or_create(CONSENSUS_CODER)
        for seg in chosen:
            if not uow.segments.find_same(seg.document_id, seg.code_id, seg.span, consensus.id):
                made.append(uow.segments.add(seg.document_id, seg.code_id, seg.span, consensus.id))
        code = unit.codes_a[0] if len(set(unit.codes_a) | set(unit.codes_b)) == 1 and unit.codes_a else None
        decision = uow.decisions.add(unit.document_id, unit.start, unit.end, code, coder_a, coder_b, kind,
                                     memo.strip(), decided_by)
    changes = Changes(segments=bool(made), document_ids=ids(unit.document_id),
                      segment_ids=frozenset(s.id for s in made), code_ids=frozenset(s.code_id for s in made),
                      initiator=initiator)
    return OpResult(DecisionSnapshot(decision, tuple(made)), changes)


@publishes
def undo_decision(project: Project, snapshot: DecisionSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    """Remove the decision and exactly the consensus codings it made."""
    with project.unit_of_work() as uow:
        uow.segments.delete([s.id for s in snapshot.segments])
        uow.decisions.delete(snapshot.decision.id)
    return OpResult(None, Changes(segments=bool(snapshot.segments), document_ids=ids(snapshot.decision.document_id),
                                  segment_ids=frozenset(s.id for s in snapshot.segments), initiator=initiator))


@publishes
def redo_decision(project: Project, snapshot: DecisionSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    """Put a decision and its codings back with the same ids."""
    with project.unit_of_work() as uow:
        uow.segments.restore(snapshot.segments)
        uow.decisions.restore(snapshot.decision)
    return OpResult(None, Changes(segments=bool(snapshot.segments), document_ids=ids(snapshot.decision.document_id),
                                  segment_ids=frozenset(s.id for s in snapshot.segments), initiator=initiator))


def list_decisions(project: Project) -> list[AgreementDecision]:
    """Every decision the team took, oldest first."""
    with project.unit_of_work(write=False) as uow:
        return uow.decisions.all()


@publishes
def set_reference_coder(project: Project, coder_id: int | None, *, initiator: object | None = None
                        ) -> OpResult[int | None]:
    """Mark ``coder_id`` as the reference (expert) coder; returns the previous one (for undo)."""
    with project.unit_of_work() as uow:
        coders = uow.coders.all()
        if coder_id is not None and coder_id not in {c.id for c in coders}:
            raise QualCodeError(f"there is no coder with id {coder_id}")
        previous = next((c.id for c in coders if c.is_reference), None)
        uow.coders.set_reference(coder_id)
    return OpResult(previous, Changes(initiator=initiator))


class DecideOperation(Operation):
    """A disagreement decision as one undoable step."""

    def __init__(self, project: Project, unit: DisagreementUnit, kind: DecisionKind, *, coder_a: int,
                 coder_b: int, memo: str = "", decided_by: int | None = None) -> None:
        labels = {DecisionKind.ACCEPT_A: "Accept coder A", DecisionKind.ACCEPT_B: "Accept coder B",
                  DecisionKind.MERGE: "Merge both codings", DecisionKind.MEMO: "Memo on a disagreement"}
        super().__init__(project, labels[kind])
        self.unit, self.kind, self.memo, self.decided_by = unit, kind, memo, decided_by
        self.coder_a, self.coder_b = coder_a, coder_b
        self.snapshot: DecisionSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.snapshot = decide(self.project, self.unit, self.kind, coder_a=self.coder_a, coder_b=self.coder_b,
                                   memo=self.memo, decided_by=self.decided_by, initiator=self.initiator).value
        else:
            redo_decision(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        if self.snapshot is not None:
            undo_decision(self.project, self.snapshot, initiator=self.initiator)


class SetReferenceCoderOperation(Operation):
    """Mark a coder as the reference (expert) coder; undo puts the previous one back."""

    def __init__(self, project: Project, coder_id: int | None) -> None:
        super().__init__(project, "Mark reference coder" if coder_id is not None else "No reference coder")
        self.coder_id = coder_id
        self.previous: int | None = None

    def apply(self) -> None:
        self.previous = set_reference_coder(self.project, self.coder_id, initiator=self.initiator).value

    def revert(self) -> None:
        set_reference_coder(self.project, self.previous, initiator=self.initiator)
