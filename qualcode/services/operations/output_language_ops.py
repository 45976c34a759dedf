"""The project's output language (and decimal mark) as an undoable operation."""

from __future__ import annotations

from qualcode.services.operations.operation import Operation
from qualcode.services.output_language import OutputSettings, output_settings, set_project_language
from qualcode.storage.project import Project

__all__ = ["SetOutputLanguageOperation"]


class SetOutputLanguageOperation(Operation):
    """Set the language of Word and table output; undo restores the previous language and mark
    (including "the language's convention" when no mark was chosen).

    ``decimal_comma`` None follows the language's convention.
    """

    def __init__(self, project: Project, language: str, *, decimal_comma: bool | None = None) -> None:
        super().__init__(project, "Set output language")
        self.language, self.decimal_comma = language, decimal_comma
        self.old: OutputSettings | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = output_settings(self.project)
        set_project_language(self.project, self.language, decimal_comma=self.decimal_comma,
                             initiator=self.initiator)

    def revert(self) -> None:
        if self.old is not None:
            old = self.old
            set_project_language(self.project, old.language,
                                 decimal_comma=None if old.decimal_default else old.decimal_comma,
                                 initiator=self.initiator)
