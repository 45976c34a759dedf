"""Undoable edits of joint displays: each ``do`` calls ONE service of
:mod:`qualcode.services.joint_displays`; ``undo`` calls its inverse with what the
first call returned (the old row or display), so a redo after undo is exact.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.joint_display import DisplayKind, Grouping, JointDisplay, JointRow, MetaInference
from qualcode.services import joint_displays
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession

__all__ = [
    "SetMetaInferenceCommand", "ChooseQuotesCommand", "DeleteRowCommand", "AddJointRowCommand",
    "CreateDisplayCommand", "DeleteDisplayCommand",
]


class SetMetaInferenceCommand(ServiceCommand):
    """The researcher's label (confirm / expand / discord / none) and note for one row."""

    def __init__(self, session: ProjectSession, row_id: int, label: MetaInference | str,
                 note: str | None = None) -> None:
        super().__init__(session, "Set meta-inference")
        self.row_id, self.label, self.note = row_id, MetaInference(label), note
        self.old: JointRow | None = None

    def do(self) -> None:
        result = joint_displays.set_meta_inference(self.session.project, self.row_id, self.label, self.note)
        if self.old is None:
            self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(joint_displays.set_meta_inference(
                self.session.project, self.row_id, self.old.meta_inference, self.old.note).changes)


class ChooseQuotesCommand(ServiceCommand):
    """Pin exemplar quotes (segment ids); an empty list returns to the automatic choice."""

    def __init__(self, session: ProjectSession, row_id: int, segment_ids: Sequence[int]) -> None:
        super().__init__(session, "Choose quotes" if segment_ids else "Automatic quotes")
        self.row_id, self.segment_ids = row_id, tuple(segment_ids)
        self.old: JointRow | None = None

    def do(self) -> None:
        result = joint_displays.choose_quotes(self.session.project, self.row_id, self.segment_ids)
        if self.old is None:
            self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(joint_displays.choose_quotes(self.session.project, self.row_id, self.old.quote_ids).changes)


class DeleteRowCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, row_id: int) -> None:
        super().__init__(session, "Delete joint-display row")
        self.row_id = row_id
        self.old: JointRow | None = None

    def do(self) -> None:
        result = joint_displays.delete_row(self.session.project, self.row_id)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(joint_displays.restore_row(self.session.project, self.old).changes)


class AddJointRowCommand(ServiceCommand):
    """A row for a theme and, from the regression panel, a domain and a model term."""

    def __init__(self, session: ProjectSession, display_id: int, *, theme_id: int | None = None,
                 domain: str = "", analysis_id: int | None = None, term: str = "") -> None:
        super().__init__(session, "Add to joint display" if analysis_id is not None else "Add theme to joint display")
        self.display_id, self.theme_id, self.domain = display_id, theme_id, domain
        self.analysis_id, self.term = analysis_id, term
        self.row: JointRow | None = None

    def do(self) -> None:
        if self.row is None:
            result = joint_displays.add_row(self.session.project, self.display_id, theme_id=self.theme_id,
                                            domain=self.domain, analysis_id=self.analysis_id, term=self.term)
            self.row = result.value
            self.notify(result.changes)
        else:
            self.notify(joint_displays.restore_row(self.session.project, self.row).changes)

    def undo(self) -> None:
        if self.row is not None:
            self.notify(joint_displays.delete_row(self.session.project, self.row.id).changes)


class CreateDisplayCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, name: str, kind: DisplayKind | str, *,
                 grouping: Grouping | None = None, note: str = "") -> None:
        super().__init__(session, f"New joint display {name!r}")
        self.name, self.kind, self.grouping, self.note = name, DisplayKind(kind), grouping, note
        self.display: JointDisplay | None = None

    def do(self) -> None:
        if self.display is None:
            result = joint_displays.create_joint_display(self.session.project, self.name, self.kind,
                                                         grouping=self.grouping, note=self.note)
            self.display = result.value
            self.notify(result.changes)
        else:
            self.notify(joint_displays.restore_joint_display(self.session.project, self.display).changes)

    def undo(self) -> None:
        if self.display is not None:
            self.notify(joint_displays.delete_joint_display(self.session.project, self.display.id).changes)


class DeleteDisplayCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, display_id: int) -> None:
        super().__init__(session, "Delete joint display")
        self.display_id = display_id
        self.snapshot: JointDisplay | None = None

    def do(self) -> None:
        result = joint_displays.delete_joint_display(self.session.project, self.display_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(joint_displays.restore_joint_display(self.session.project, self.snapshot).changes)
