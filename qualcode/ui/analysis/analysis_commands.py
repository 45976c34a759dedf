"""Undoable "Save analysis" for the regression panel.

The command calls one service in ``redo`` (``save_analysis``) and its inverse in
``undo``; a redo after undo restores the same id (``restore_analysis``). The panel's
spec is already the stored :class:`AnalysisSpec`; only its name is added.
"""

from __future__ import annotations

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.services import saved_analyses
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession

__all__ = ["SaveAnalysisCommand"]


class SaveAnalysisCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, spec: AnalysisSpec) -> None:
        super().__init__(session, f"Save analysis {spec.name!r}")
        self.spec = spec
        self.saved: AnalysisSpec | None = None

    def do(self) -> None:
        if self.saved is None:
            result = saved_analyses.save_analysis(self.session.project, self.spec)
            self.saved = result.value
            self.notify(result.changes)
        else:
            self.notify(saved_analyses.restore_analysis(self.session.project, self.saved).changes)

    def undo(self) -> None:
        if self.saved is not None:
            self.notify(saved_analyses.delete_analysis(self.session.project, self.saved.id).changes)
