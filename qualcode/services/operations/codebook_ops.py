"""Codebook edits as operations: add, update (rename, recolour, move, define), delete and
merge codes. Undo restores from the snapshots the services return, with the same ids."""

from __future__ import annotations

from dataclasses import replace

from qualcode.core.codebook import Code, CodeOrigin
from qualcode.services.codebook import codes as codebook
from qualcode.services.operations.operation import Operation
from qualcode.services.snapshots import CodeSnapshot, MergeSnapshot
from qualcode.storage.project import ConcurrentEditError, Project

__all__ = ["AddCodeOperation", "DeleteCodeOperation", "MergeCodesOperation", "UpdateCodeOperation"]


class AddCodeOperation(Operation):
    """Create a code; :attr:`code` is the new code (same id after undo and redo)."""

    def __init__(self, project: Project, name: str, parent_id: int | None = None,
                 origin: CodeOrigin = CodeOrigin.INDUCTIVE, *, coder_id: int | None = None) -> None:
        super().__init__(project, f"Add code {name}")
        self.name, self.parent_id, self.origin, self.coder_id = name, parent_id, origin, coder_id
        self.code: Code | None = None

    def apply(self) -> None:
        if self.code is None:
            self.code = codebook.add_code(self.project, self.name, parent_id=self.parent_id, origin=self.origin,
                                          coder_id=self.coder_id, initiator=self.initiator).value
        else:
            codebook.restore_code(self.project, CodeSnapshot((self.code,), (), ()), initiator=self.initiator)

    def revert(self) -> None:
        if self.code is not None:
            codebook.delete_code(self.project, self.code.id, initiator=self.initiator)


class UpdateCodeOperation(Operation):
    """Write a whole new :class:`Code` value (rename, recolour, move, edit definition...)."""

    def __init__(self, project: Project, new: Code, label: str, *, coder_id: int | None = None) -> None:
        super().__init__(project, label)
        self.new, self.coder_id = new, coder_id
        self.old: Code | None = None

    def apply(self) -> None:
        redo = self.old is not None
        self.old = self._write(self.new, expected=self.old if redo else None)

    def revert(self) -> None:
        if self.old is not None:
            self.new = self._write(self.old, expected=self.new)

    def _write(self, code: Code, *, expected: Code | None) -> Code:
        """Write ``code``; the value returned carries the row version after the write.

        If the row's version moved on but the code still reads exactly as this operation
        left it (``expected``: our own merges and moves bump versions too), the write goes
        ahead; if anyone changed what it says, the ConcurrentEditError stands.
        """
        try:
            return codebook.update_code(self.project, code, coder_id=self.coder_id, initiator=self.initiator).value
        except ConcurrentEditError:
            current = codebook.list_codes(self.project).get(code.id)
            if expected is None or current is None or current != expected:
                raise
            return codebook.update_code(self.project, replace(code, version=current.version), coder_id=self.coder_id,
                                        initiator=self.initiator).value


class DeleteCodeOperation(Operation):
    """Delete a code with its sub-codes and codings; undo restores them all."""

    def __init__(self, project: Project, code: Code) -> None:
        super().__init__(project, f"Delete code {code.name}")
        self.code_id = code.id
        self.snapshot: CodeSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = codebook.delete_code(self.project, self.code_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            codebook.restore_code(self.project, self.snapshot, initiator=self.initiator)


class MergeCodesOperation(Operation):
    """Merge ``source`` into ``target``; undo brings the source back with its segments."""

    def __init__(self, project: Project, source: Code, target: Code) -> None:
        super().__init__(project, f"Merge {source.name} into {target.name}")
        self.source_id, self.target_id = source.id, target.id
        self.snapshot: MergeSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = codebook.merge_codes(self.project, self.source_id, self.target_id,
                                             initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            codebook.unmerge_codes(self.project, self.snapshot, initiator=self.initiator)
