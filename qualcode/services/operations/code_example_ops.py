"""Codebook-structure edits of the Themes feature as operations: choosing a code's typical
or atypical example segment, and importing a (deductive) codebook file."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.codebook import CodeOrigin
from qualcode.io.codebooks import CodebookEntry, read_codebook
from qualcode.services.codebook import code_examples
from qualcode.services.codebook import codebook_io
from qualcode.services.codebook.code_examples import ExampleSnapshot
from qualcode.services.codebook.codebook_io import CodebookImport
from qualcode.services.operations.operation import Operation
from qualcode.storage.project import Project

__all__ = ["ImportCodebookOperation", "SetCodeExampleOperation"]


class SetCodeExampleOperation(Operation):
    """Choose (or, with ``segment_id`` None, clear) a code's example of ``kind``."""

    def __init__(self, project: Project, code_id: int, segment_id: int | None, kind: str, *,
                 coder_id: int | None = None) -> None:
        super().__init__(project, f"{'Choose' if segment_id else 'Clear'} {kind} example")
        self.code_id, self.segment_id, self.kind, self.coder_id = code_id, segment_id, kind, coder_id
        self.snapshot: ExampleSnapshot | None = None

    def apply(self) -> None:
        if self.segment_id is None:
            result = code_examples.clear_code_example(self.project, self.code_id, self.kind, coder_id=self.coder_id,
                                                      initiator=self.initiator)
        else:
            result = code_examples.set_code_example(self.project, self.code_id, self.segment_id, self.kind,
                                                    coder_id=self.coder_id, initiator=self.initiator)
        self.snapshot = result.value

    def revert(self) -> None:
        if self.snapshot is not None:
            code_examples.restore_code_examples(self.project, self.snapshot, coder_id=self.coder_id,
                                                initiator=self.initiator)


class ImportCodebookOperation(Operation):
    """Import a codebook file. The file is read once, so redo re-imports the same rows
    even if the file changed on disk meanwhile."""

    def __init__(self, project: Project, path: str | Path, default_origin: CodeOrigin = CodeOrigin.DEDUCTIVE, *,
                 coder_id: int | None = None) -> None:
        super().__init__(project, f"Import codebook {Path(path).name}")
        self.path, self.default_origin, self.coder_id = Path(path), default_origin, coder_id
        self.entries: list[CodebookEntry] | None = None
        self.result: CodebookImport | None = None

    def apply(self) -> None:
        if self.entries is None:
            self.entries = read_codebook(self.path)
        self.result = codebook_io.import_codebook_entries(
            self.project, self.entries, source=self.path.name, default_origin=self.default_origin,
            coder_id=self.coder_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.result is not None:
            codebook_io.undo_codebook_import(self.project, self.result, initiator=self.initiator)
