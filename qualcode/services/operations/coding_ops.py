"""Coding edits as operations: apply a code, remove codings, code many hits, in-vivo,
resize a segment, memo a segment. Redo after undo restores the same segment ids."""

from __future__ import annotations

from qualcode.core.codebook import Code
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.operations.operation import Operation
from qualcode.services.snapshots import CodeSnapshot, SegmentSnapshot
from qualcode.storage.project import Project

__all__ = ["ApplyCodeOperation", "CodeAllHitsOperation", "InVivoOperation", "RemoveCodingsOperation",
           "ResizeSegmentOperation", "SegmentMemoOperation"]


class ApplyCodeOperation(Operation):
    """Code ``span`` of a document with a code; :attr:`segment` is the new segment."""

    def __init__(self, project: Project, document_id: int, span: Span, code_id: int, coder_id: int, *,
                 label: str = "Code") -> None:
        super().__init__(project, label)
        self.document_id, self.span, self.code_id, self.coder_id = document_id, span, code_id, coder_id
        self.segment: Segment | None = None

    def apply(self) -> None:
        if self.segment is None:
            self.segment = coding.apply_code(self.project, self.document_id, self.span, self.code_id,
                                             self.coder_id, initiator=self.initiator).value
        else:  # redo after undo: the same segment, same id
            coding.restore_codings(self.project, SegmentSnapshot((self.segment,)), initiator=self.initiator)

    def revert(self) -> None:
        if self.segment is not None:
            coding.remove_codings(self.project, [self.segment.id], initiator=self.initiator)


class RemoveCodingsOperation(Operation):
    """Remove segments; undo restores them with their ids."""

    def __init__(self, project: Project, segment_ids: list[int], *, label: str | None = None) -> None:
        n = len(segment_ids)
        super().__init__(project, label or ("Remove coding" if n == 1 else f"Remove {n} codings"))
        self.segment_ids = list(segment_ids)
        self.snapshot: SegmentSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = coding.remove_codings(self.project, self.segment_ids, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            coding.restore_codings(self.project, self.snapshot, initiator=self.initiator)


class CodeAllHitsOperation(Operation):
    """Code many (document, span) hits with one code; spans already coded are skipped.

    :attr:`created` holds exactly the segments made, which undo removes.
    """

    def __init__(self, project: Project, hits: list[tuple[int, Span]], code_id: int, coder_id: int, *,
                 label: str | None = None) -> None:
        super().__init__(project, label or f"Code {len(hits)} hits")
        self.hits, self.code_id, self.coder_id = hits, code_id, coder_id
        self.created: list[Segment] | None = None

    def apply(self) -> None:
        if self.created is None:
            self.created = coding.apply_code_many(self.project, self.hits, self.code_id, self.coder_id,
                                                  initiator=self.initiator).value
        else:
            coding.restore_codings(self.project, SegmentSnapshot(tuple(self.created)), initiator=self.initiator)

    def revert(self) -> None:
        if self.created:
            coding.remove_codings(self.project, [s.id for s in self.created], initiator=self.initiator)


class InVivoOperation(Operation):
    """The selected words become an in-vivo code that codes the selection.

    Undo deletes the new code (its one segment goes with it) or, when an existing
    in-vivo code was reused, only the new coding; redo restores them with their ids.
    """

    def __init__(self, project: Project, document_id: int, span: Span, coder_id: int,
                 parent_id: int | None = None) -> None:
        super().__init__(project, "In-vivo code")
        self.document_id, self.span, self.coder_id, self.parent_id = document_id, span, coder_id, parent_id
        self.code: Code | None = None
        self.segment: Segment | None = None
        self.snapshot: CodeSnapshot | None = None
        self.created = True

    def apply(self) -> None:
        if self.code is None:
            result = coding.code_in_vivo(self.project, self.document_id, self.span, self.coder_id,
                                         parent_id=self.parent_id, initiator=self.initiator).value
            self.code, self.segment, self.created = result.code, result.segment, result.created
            self.label = f"In-vivo code “{self.code.name}”"
        elif not self.created and self.segment is not None:
            coding.restore_codings(self.project, SegmentSnapshot((self.segment,)), initiator=self.initiator)
        elif self.snapshot is not None:
            codebook.restore_code(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        if self.code is None or self.segment is None:
            return
        if not self.created:  # the code was there before: take back only this coding
            coding.remove_codings(self.project, [self.segment.id], initiator=self.initiator)
            return
        self.snapshot = codebook.delete_code(self.project, self.code.id, initiator=self.initiator).value


class ResizeSegmentOperation(Operation):
    """Change a segment's boundaries; undo puts the old ones back."""

    def __init__(self, project: Project, segment_id: int, span: Span) -> None:
        super().__init__(project, "Change segment boundaries")
        self.segment_id, self.span = segment_id, span
        self.old: Segment | None = None

    def apply(self) -> None:
        self.old = coding.resize_segment(self.project, self.segment_id, self.span, initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            coding.resize_segment(self.project, self.segment_id, self.old.span, initiator=self.initiator)


class SegmentMemoOperation(Operation):
    """Write (or clear) the memo of one segment."""

    def __init__(self, project: Project, segment_id: int, memo: str) -> None:
        super().__init__(project, "Memo on segment" if memo else "Clear segment memo")
        self.segment_id, self.memo = segment_id, memo
        self.old: Segment | None = None

    def apply(self) -> None:
        self.old = coding.set_segment_memo(self.project, self.segment_id, self.memo, initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            coding.set_segment_memo(self.project, self.segment_id, self.old.memo, initiator=self.initiator)
