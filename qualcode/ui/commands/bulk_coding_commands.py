"""Coding every search hit at once: one command, so one undo step."""

from __future__ import annotations

from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services import coding
from qualcode.services.snapshots import SegmentSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class CodeAllHitsCommand(ServiceCommand):
    """Code ``hits`` with ``code_id``; hits already coded with it by this coder are skipped.

    Undo removes exactly the segments this command created; redo brings them back
    with the same ids.
    """

    def __init__(self, session: ProjectSession, hits: list[tuple[int, Span]], code_id: int, label: str) -> None:
        super().__init__(session, f"Code {len(hits)} hits with {label}")
        self.hits, self.code_id = hits, code_id
        self.created: list[Segment] | None = None

    def do(self) -> None:
        if self.created is None:
            result = coding.apply_code_many(self.session.project, self.hits, self.code_id, self.session.coder.id)
            self.created = result.value
        else:
            result = coding.restore_codings(self.session.project, SegmentSnapshot(tuple(self.created)))
        self.notify(result.changes)

    def undo(self) -> None:
        if self.created:
            self.notify(coding.remove_codings(self.session.project, [s.id for s in self.created]).changes)
