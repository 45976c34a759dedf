from __future__ import annotations

from qualcode.core.codebook import Code, CodeOrigin
from qualcode.services import codebook
from qualcode.services.snapshots import CodeSnapshot, MergeSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class AddCodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, name: str, parent_id: int | None = None,
                 origin: CodeOrigin = CodeOrigin.INDUCTIVE) -> None:
        super().__init__(session, f"Add code {name}")
        self.name, self.parent_id, self.origin = name, parent_id, origin
        self.code: Code | None = None

    def do(self) -> None:
        if self.code is None:
            result = codebook.add_code(self.session.project, self.name, parent_id=self.parent_id,
                                       origin=self.origin, coder_id=self.session.coder.id)
            self.code = result.value
            self.notify(result.changes)
        else:
            self.notify(codebook.restore_code(self.session.project, CodeSnapshot((self.code,), (), ())).changes)

    def undo(self) -> None:
        if self.code is not None:
            self.notify(codebook.delete_code(self.session.project, self.code.id).changes)


class UpdateCodeCommand(ServiceCommand):
    """Rename, recolour, move, edit definition...: writes a whole new Code value."""

    def __init__(self, session: ProjectSession, new: Code, text: str) -> None:
        super().__init__(session, text)
        self.new = new
        self.old: Code | None = None

    def do(self) -> None:
        result = codebook.update_code(self.session.project, self.new, coder_id=self.session.coder.id)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(codebook.update_code(self.session.project, self.old, coder_id=self.session.coder.id).changes)


class DeleteCodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, code: Code) -> None:
        super().__init__(session, f"Delete code {code.name}")
        self.code_id = code.id
        self.snapshot: CodeSnapshot | None = None

    def do(self) -> None:
        result = codebook.delete_code(self.session.project, self.code_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(codebook.restore_code(self.session.project, self.snapshot).changes)


class MergeCodesCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, source: Code, target: Code) -> None:
        super().__init__(session, f"Merge {source.name} into {target.name}")
        self.source_id, self.target_id = source.id, target.id
        self.snapshot: MergeSnapshot | None = None

    def do(self) -> None:
        result = codebook.merge_codes(self.session.project, self.source_id, self.target_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(codebook.unmerge_codes(self.session.project, self.snapshot).changes)
