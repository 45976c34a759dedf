"""Undoable "Save analysis" for the regression panel.

The command calls one service in ``redo`` (``save_analysis``) and its inverse in
``undo``; a redo after undo restores the same id (``restore_analysis``). The panel's
spec is already the stored :class:`AnalysisSpec`; only its name is added.
"""

from __future__ import annotations

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.services.operations.joint_ops import SaveAnalysisOperation
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession

__all__ = ["SaveAnalysisCommand"]


class SaveAnalysisCommand(OperationCommand[SaveAnalysisOperation]):
    def __init__(self, session: ProjectSession, spec: AnalysisSpec, *, initiator: object | None = None) -> None:
        super().__init__(session, SaveAnalysisOperation(session.project, spec), initiator=initiator)

    @property
    def saved(self) -> AnalysisSpec | None:
        return self.operation.saved
