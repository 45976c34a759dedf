"""Undoable codebook-structure edits of the Themes feature: choosing a code's typical or
atypical example segment, and importing a (deductive) codebook file."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.codebook import CodeOrigin
from qualcode.services import code_examples, codebook_io
from qualcode.services.code_examples import ExampleSnapshot
from qualcode.services.codebook_io import CodebookEntry, CodebookImport, read_codebook_entries
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession


class SetCodeExampleCommand(ServiceCommand):
    """``segment_id`` None clears the example of ``kind``."""

    def __init__(self, session: ProjectSession, code_id: int, segment_id: int | None, kind: str) -> None:
        super().__init__(session, f"{'Choose' if segment_id else 'Clear'} {kind} example")
        self.code_id, self.segment_id, self.kind = code_id, segment_id, kind
        self.snapshot: ExampleSnapshot | None = None

    def do(self) -> None:
        project, coder_id = self.session.project, self.session.coder.id
        if self.segment_id is None:
            result = code_examples.clear_code_example(project, self.code_id, self.kind, coder_id=coder_id)
        else:
            result = code_examples.set_code_example(project, self.code_id, self.segment_id, self.kind,
                                                    coder_id=coder_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(code_examples.restore_code_examples(self.session.project, self.snapshot,
                                                            coder_id=self.session.coder.id).changes)


class ImportCodebookCommand(ServiceCommand):
    """Import a codebook file. The file is read once, so redo re-imports the same rows
    even if the file changed on disk meanwhile."""

    def __init__(self, session: ProjectSession, path: str | Path,
                 default_origin: CodeOrigin = CodeOrigin.DEDUCTIVE) -> None:
        super().__init__(session, f"Import codebook {Path(path).name}")
        self.path, self.default_origin = Path(path), default_origin
        self.entries: list[CodebookEntry] | None = None
        self.result: CodebookImport | None = None

    def do(self) -> None:
        if self.entries is None:
            self.entries = read_codebook_entries(self.path)
        result = codebook_io.import_codebook_entries(
            self.session.project, self.entries, source=self.path.name, default_origin=self.default_origin,
            coder_id=self.session.coder.id)
        self.result = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.result is not None:
            self.notify(codebook_io.undo_codebook_import(self.session.project, self.result).changes)
