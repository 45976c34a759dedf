"""A team's decisions where two coders disagreed on one unit of a document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

__all__ = ["CONSENSUS_CODER", "TEAM_ROLES", "AgreementDecision", "DecisionKind"]

#: The roles of a shared PostgreSQL project (enforced by the server's GRANTs, see storage.team_roles).
TEAM_ROLES = ("owner", "coder", "viewer")

#: The coder who owns the codings a team agreed on (resolving a disagreement).
CONSENSUS_CODER = "consensus"


class DecisionKind(str, Enum):
    """What the team did with a disagreement."""

    ACCEPT_A = "accept_a"
    ACCEPT_B = "accept_b"
    MERGE = "merge"
    MEMO = "memo"


@dataclass(frozen=True)
class AgreementDecision:
    """One decision: the unit (document, start, end), the two coders, what was decided, a memo."""

    id: int
    document_id: int
    start: int
    end: int
    code_id: int | None
    coder_a_id: int | None
    coder_b_id: int | None
    decision: DecisionKind
    memo: str
    decided_by: int | None
    at: datetime
