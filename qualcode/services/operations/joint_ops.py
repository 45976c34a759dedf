"""Joint-display and saved-analysis edits as operations: each ``apply`` calls one service
of :mod:`qualcode.services.mixed.joint_displays` or :mod:`qualcode.services.mixed.saved_analyses`;
``revert`` calls its inverse with what the first call returned, so redo is exact."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.joint_display import DisplayKind, Grouping, JointDisplay, JointRow, MetaInference
from qualcode.services.mixed import joint_displays
from qualcode.services.mixed import saved_analyses
from qualcode.services.operations.operation import Operation
from qualcode.storage.project import Project

__all__ = ["AddJointRowOperation", "ChooseQuotesOperation", "CreateDisplayOperation", "DeleteDisplayOperation",
           "DeleteRowOperation", "SaveAnalysisOperation", "SetMetaInferenceOperation"]


class SetMetaInferenceOperation(Operation):
    """The researcher's label (confirm / expand / discord / none) and note for one row."""

    def __init__(self, project: Project, row_id: int, label: MetaInference | str, note: str | None = None) -> None:
        super().__init__(project, "Set meta-inference")
        self.row_id, self.meta_inference, self.note = row_id, MetaInference(label), note
        self.old: JointRow | None = None

    def apply(self) -> None:
        old = joint_displays.set_meta_inference(self.project, self.row_id, self.meta_inference, self.note,
                                                initiator=self.initiator).value
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            joint_displays.set_meta_inference(self.project, self.row_id, self.old.meta_inference, self.old.note,
                                              initiator=self.initiator)


class ChooseQuotesOperation(Operation):
    """Pin exemplar quotes (segment ids); an empty list returns to the automatic choice."""

    def __init__(self, project: Project, row_id: int, segment_ids: Sequence[int]) -> None:
        super().__init__(project, "Choose quotes" if segment_ids else "Automatic quotes")
        self.row_id, self.segment_ids = row_id, tuple(segment_ids)
        self.old: JointRow | None = None

    def apply(self) -> None:
        old = joint_displays.choose_quotes(self.project, self.row_id, self.segment_ids,
                                           initiator=self.initiator).value
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            joint_displays.choose_quotes(self.project, self.row_id, self.old.quote_ids, initiator=self.initiator)


class DeleteRowOperation(Operation):
    """Delete a joint-display row; undo restores it with its id."""

    def __init__(self, project: Project, row_id: int) -> None:
        super().__init__(project, "Delete joint-display row")
        self.row_id = row_id
        self.old: JointRow | None = None

    def apply(self) -> None:
        self.old = joint_displays.delete_row(self.project, self.row_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            joint_displays.restore_row(self.project, self.old, initiator=self.initiator)


class AddJointRowOperation(Operation):
    """A row for a theme and, from the regression panel, a domain and a model term."""

    def __init__(self, project: Project, display_id: int, *, theme_id: int | None = None, domain: str = "",
                 analysis_id: int | None = None, term: str = "") -> None:
        super().__init__(project, "Add to joint display" if analysis_id is not None else "Add theme to joint display")
        self.display_id, self.theme_id, self.domain = display_id, theme_id, domain
        self.analysis_id, self.term = analysis_id, term
        self.row: JointRow | None = None

    def apply(self) -> None:
        if self.row is None:
            self.row = joint_displays.add_row(self.project, self.display_id, theme_id=self.theme_id,
                                              domain=self.domain, analysis_id=self.analysis_id, term=self.term,
                                              initiator=self.initiator).value
        else:
            joint_displays.restore_row(self.project, self.row, initiator=self.initiator)

    def revert(self) -> None:
        if self.row is not None:
            joint_displays.delete_row(self.project, self.row.id, initiator=self.initiator)


class CreateDisplayOperation(Operation):
    """A new, empty joint display; :attr:`display` is it (same id after undo and redo)."""

    def __init__(self, project: Project, name: str, kind: DisplayKind | str, *, grouping: Grouping | None = None,
                 note: str = "") -> None:
        super().__init__(project, f"New joint display {name!r}")
        self.name, self.kind, self.grouping, self.note = name, DisplayKind(kind), grouping, note
        self.display: JointDisplay | None = None

    def apply(self) -> None:
        if self.display is None:
            self.display = joint_displays.create_joint_display(self.project, self.name, self.kind,
                                                               grouping=self.grouping, note=self.note,
                                                               initiator=self.initiator).value
        else:
            joint_displays.restore_joint_display(self.project, self.display, initiator=self.initiator)

    def revert(self) -> None:
        if self.display is not None:
            joint_displays.delete_joint_display(self.project, self.display.id, initiator=self.initiator)


class DeleteDisplayOperation(Operation):
    """Delete a joint display with its rows; undo restores them with their ids."""

    def __init__(self, project: Project, display_id: int) -> None:
        super().__init__(project, "Delete joint display")
        self.display_id = display_id
        self.snapshot: JointDisplay | None = None

    def apply(self) -> None:
        self.snapshot = joint_displays.delete_joint_display(self.project, self.display_id,
                                                            initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            joint_displays.restore_joint_display(self.project, self.snapshot, initiator=self.initiator)


class SaveAnalysisOperation(Operation):
    """Save an analysis spec; :attr:`saved` is it with its id (same id after undo and redo)."""

    def __init__(self, project: Project, spec: AnalysisSpec) -> None:
        super().__init__(project, f"Save analysis {spec.name!r}")
        self.spec = spec
        self.saved: AnalysisSpec | None = None

    def apply(self) -> None:
        if self.saved is None:
            self.saved = saved_analyses.save_analysis(self.project, self.spec, initiator=self.initiator).value
        else:
            saved_analyses.restore_analysis(self.project, self.saved, initiator=self.initiator)

    def revert(self) -> None:
        if self.saved is not None:
            saved_analyses.delete_analysis(self.project, self.saved.id, initiator=self.initiator)
