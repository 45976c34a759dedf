"""Undo commands for the coding workbench beyond apply/remove: in-vivo, resize, memo."""

from __future__ import annotations

from qualcode.core.codebook import Code
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.operations.coding_ops import InVivoOperation, ResizeSegmentOperation, SegmentMemoOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class InVivoCommand(OperationCommand[InVivoOperation]):
    """The selected words become an in-vivo code that codes the selection.

    Undo deletes the new code (its one segment goes with it) or, when an existing
    in-vivo code was reused, only the new coding; redo restores them with their
    original ids.
    """

    def __init__(self, session: ProjectSession, document_id: int, span: Span, parent_id: int | None = None, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, InVivoOperation(session.project, document_id, span, session.coder.id, parent_id),
                        initiator=initiator)

    @property
    def code(self) -> Code | None:
        return self.operation.code

    @property
    def segment(self) -> Segment | None:
        return self.operation.segment

    @property
    def created(self) -> bool:
        return self.operation.created


class ResizeSegmentCommand(OperationCommand[ResizeSegmentOperation]):
    """Change a segment's boundaries."""

    def __init__(self, session: ProjectSession, segment_id: int, span: Span, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, ResizeSegmentOperation(session.project, segment_id, span), initiator=initiator)


class SegmentMemoCommand(OperationCommand[SegmentMemoOperation]):
    """Write (or clear) the memo of one segment."""

    def __init__(self, session: ProjectSession, segment_id: int, memo: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, SegmentMemoOperation(session.project, segment_id, memo), initiator=initiator)
