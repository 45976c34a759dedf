"""Undo commands for the coding workbench beyond apply/remove: in-vivo, resize, memo."""

from __future__ import annotations

from qualcode.core.changes import Changes
from qualcode.core.codebook import Code
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services import codebook, coding
from qualcode.services.snapshots import CodeSnapshot, SegmentSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class InVivoCommand(ServiceCommand):
    """The selected words become an in-vivo code that codes the selection.

    Undo deletes the new code (its one segment goes with it) or, when an existing
    in-vivo code was reused, only the new coding; redo restores them with their
    original ids.
    """

    def __init__(self, session: ProjectSession, document_id: int, span: Span, parent_id: int | None = None) -> None:
        super().__init__(session, "In-vivo code")
        self.document_id, self.span, self.parent_id = document_id, span, parent_id
        self.code: Code | None = None
        self.segment: Segment | None = None
        self.snapshot: CodeSnapshot | None = None
        self.created = True

    def do(self) -> None:
        if self.code is None:
            result = coding.code_in_vivo(self.session.project, self.document_id, self.span,
                                         self.session.coder.id, parent_id=self.parent_id)
            self.code, self.segment = result.value.code, result.value.segment
            self.created = result.value.created
            self.setText(f"In-vivo code “{self.code.name}”")
            self.notify(result.changes)
        elif not self.created and self.segment is not None:
            self.notify(coding.restore_codings(self.session.project, SegmentSnapshot((self.segment,))).changes)
        elif self.snapshot is not None:
            self.notify(codebook.restore_code(self.session.project, self.snapshot).changes)

    def undo(self) -> None:
        if self.code is None or self.segment is None:
            return
        if not self.created:  # the code was there before: take back only this coding
            self.notify(coding.remove_codings(self.session.project, [self.segment.id]).changes)
            return
        result = codebook.delete_code(self.session.project, self.code.id)
        self.snapshot = result.value
        self.notify(result.changes)


class ResizeSegmentCommand(ServiceCommand):
    """Change a segment's boundaries."""

    def __init__(self, session: ProjectSession, segment_id: int, span: Span) -> None:
        super().__init__(session, "Change segment boundaries")
        self.segment_id, self.span = segment_id, span
        self.old: Segment | None = None

    def do(self) -> None:
        result = coding.resize_segment(self.session.project, self.segment_id, self.span)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(coding.resize_segment(self.session.project, self.segment_id, self.old.span).changes)


class SegmentMemoCommand(ServiceCommand):
    """Write (or clear) the memo of one segment."""

    def __init__(self, session: ProjectSession, segment_id: int, memo: str) -> None:
        super().__init__(session, "Memo on segment" if memo else "Clear segment memo")
        self.segment_id, self.memo = segment_id, memo
        self.old: Segment | None = None

    def do(self) -> None:
        result = coding.set_segment_memo(self.session.project, self.segment_id, self.memo)
        self.old = result.value
        self.notify(result.changes | Changes(memos=True))

    def undo(self) -> None:
        if self.old is not None:
            result = coding.set_segment_memo(self.session.project, self.segment_id, self.old.memo)
            self.notify(result.changes | Changes(memos=True))
