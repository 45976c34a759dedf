from __future__ import annotations

from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services import coding
from qualcode.services.snapshots import SegmentSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class ApplyCodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, document_id: int, span: Span, code_id: int, label: str) -> None:
        super().__init__(session, f"Code with {label}")
        self.document_id, self.span, self.code_id = document_id, span, code_id
        self.segment: Segment | None = None

    def do(self) -> None:
        if self.segment is None:
            result = coding.apply_code(
                self.session.project, self.document_id, self.span, self.code_id, self.session.coder.id
            )
            self.segment = result.value
        else:  # redo after undo: bring back the same segment, same id
            result = coding.restore_codings(self.session.project, SegmentSnapshot((self.segment,)))
        self.notify(result.changes)

    def undo(self) -> None:
        if self.segment is not None and self.failed is None:
            self.notify(coding.remove_codings(self.session.project, [self.segment.id]).changes)


class RemoveCodingCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, segment_ids: list[int]) -> None:
        super().__init__(session, "Remove coding" if len(segment_ids) == 1 else f"Remove {len(segment_ids)} codings")
        self.segment_ids = segment_ids
        self.snapshot: SegmentSnapshot | None = None

    def do(self) -> None:
        result = coding.remove_codings(self.session.project, self.segment_ids)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(coding.restore_codings(self.session.project, self.snapshot).changes)
