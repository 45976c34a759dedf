"""Coding every search hit at once: one command, so one undo step."""

from __future__ import annotations

from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.operations.coding_ops import CodeAllHitsOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class CodeAllHitsCommand(OperationCommand[CodeAllHitsOperation]):
    """Code ``hits`` with ``code_id``; hits already coded with it by this coder are skipped.

    Undo removes exactly the segments this command created; redo brings them back
    with the same ids.
    """

    def __init__(self, session: ProjectSession, hits: list[tuple[int, Span]], code_id: int, label: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, CodeAllHitsOperation(session.project, hits, code_id, session.coder.id,
                                                       label=f"Code {len(hits)} hits with {label}"),
                        initiator=initiator)

    @property
    def created(self) -> list[Segment] | None:
        return self.operation.created
