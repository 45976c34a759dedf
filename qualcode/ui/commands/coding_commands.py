from __future__ import annotations

from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.operations.coding_ops import ApplyCodeOperation, RemoveCodingsOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class ApplyCodeCommand(OperationCommand[ApplyCodeOperation]):
    def __init__(self, session: ProjectSession, document_id: int, span: Span, code_id: int, label: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, ApplyCodeOperation(session.project, document_id, span, code_id, session.coder.id,
                                                     label=f"Code with {label}"), initiator=initiator)

    @property
    def segment(self) -> Segment | None:
        return self.operation.segment


class RemoveCodingCommand(OperationCommand[RemoveCodingsOperation]):
    def __init__(self, session: ProjectSession, segment_ids: list[int], *, initiator: object | None = None) -> None:
        super().__init__(session, RemoveCodingsOperation(session.project, segment_ids), initiator=initiator)
