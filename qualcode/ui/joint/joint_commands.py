"""Undoable edits of joint displays: thin adapters over the Qt-free operations of
:mod:`qualcode.services.operations.joint_ops` (one service per step, its inverse on
undo with what the first call returned, so a redo after undo is exact).
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.joint_display import DisplayKind, Grouping, JointDisplay, JointRow, MetaInference
from qualcode.services.operations.joint_ops import (
    AddJointRowOperation,
    ChooseQuotesOperation,
    CreateDisplayOperation,
    DeleteDisplayOperation,
    DeleteRowOperation,
    SetMetaInferenceOperation,
)
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession

__all__ = [
    "SetMetaInferenceCommand", "ChooseQuotesCommand", "DeleteRowCommand", "AddJointRowCommand",
    "CreateDisplayCommand", "DeleteDisplayCommand",
]


class SetMetaInferenceCommand(OperationCommand[SetMetaInferenceOperation]):
    """The researcher's label (confirm / expand / discord / none) and note for one row."""

    def __init__(self, session: ProjectSession, row_id: int, label: MetaInference | str,
                 note: str | None = None, *, initiator: object | None = None) -> None:
        super().__init__(session, SetMetaInferenceOperation(session.project, row_id, label, note),
                         initiator=initiator)


class ChooseQuotesCommand(OperationCommand[ChooseQuotesOperation]):
    """Pin exemplar quotes (segment ids); an empty list returns to the automatic choice."""

    def __init__(self, session: ProjectSession, row_id: int, segment_ids: Sequence[int], *,
                 initiator: object | None = None) -> None:
        super().__init__(session, ChooseQuotesOperation(session.project, row_id, segment_ids), initiator=initiator)


class DeleteRowCommand(OperationCommand[DeleteRowOperation]):
    def __init__(self, session: ProjectSession, row_id: int, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteRowOperation(session.project, row_id), initiator=initiator)


class AddJointRowCommand(OperationCommand[AddJointRowOperation]):
    """A row for a theme and, from the regression panel, a domain and a model term."""

    def __init__(self, session: ProjectSession, display_id: int, *, theme_id: int | None = None,
                 domain: str = "", analysis_id: int | None = None, term: str = "",
                 initiator: object | None = None) -> None:
        super().__init__(session, AddJointRowOperation(session.project, display_id, theme_id=theme_id, domain=domain,
                                                       analysis_id=analysis_id, term=term), initiator=initiator)

    @property
    def row(self) -> JointRow | None:
        return self.operation.row


class CreateDisplayCommand(OperationCommand[CreateDisplayOperation]):
    def __init__(self, session: ProjectSession, name: str, kind: DisplayKind | str, *,
                 grouping: Grouping | None = None, note: str = "", initiator: object | None = None) -> None:
        super().__init__(session, CreateDisplayOperation(session.project, name, kind, grouping=grouping, note=note),
                         initiator=initiator)

    @property
    def display(self) -> JointDisplay | None:
        return self.operation.display


class DeleteDisplayCommand(OperationCommand[DeleteDisplayOperation]):
    def __init__(self, session: ProjectSession, display_id: int, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteDisplayOperation(session.project, display_id), initiator=initiator)
