"""Disagreement decisions (agreement_decisions)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qualcode.core.clock import utcnow
from qualcode.core.team import AgreementDecision, DecisionKind
from qualcode.storage.tables import AgreementDecisionRow


def _to_decision(r: AgreementDecisionRow) -> AgreementDecision:
    return AgreementDecision(r.id, r.document_id, r.start, r.end, r.code_id, r.coder_a_id, r.coder_b_id,
                             DecisionKind(r.decision), r.memo, r.decided_by, r.at)


class DecisionRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, document_id: int, start: int, end: int, code_id: int | None, coder_a_id: int | None,
            coder_b_id: int | None, decision: DecisionKind, memo: str, decided_by: int | None) -> AgreementDecision:
        row = AgreementDecisionRow(document_id=document_id, start=start, end=end, code_id=code_id,
                                   coder_a_id=coder_a_id, coder_b_id=coder_b_id, decision=decision.value,
                                   memo=memo, decided_by=decided_by, at=utcnow())
        self.s.add(row)
        self.s.flush()
        return _to_decision(row)

    def restore(self, decision: AgreementDecision) -> None:
        """Re-insert a deleted decision with its id (redo)."""
        self.s.add(AgreementDecisionRow(id=decision.id, document_id=decision.document_id, start=decision.start,
                                        end=decision.end, code_id=decision.code_id, coder_a_id=decision.coder_a_id,
                                        coder_b_id=decision.coder_b_id, decision=decision.decision.value,
                                        memo=decision.memo, decided_by=decision.decided_by, at=decision.at))
        self.s.flush()

    def delete(self, decision_id: int) -> None:
        self.s.execute(delete(AgreementDecisionRow).where(AgreementDecisionRow.id == decision_id))

    def all(self) -> list[AgreementDecision]:
        rows = self.s.scalars(select(AgreementDecisionRow).order_by(AgreementDecisionRow.id))
        return [_to_decision(r) for r in rows]
