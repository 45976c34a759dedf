"""Joint displays: create, edit and delete them and their rows (the researcher's choices).

What a display *shows* is computed on demand by :mod:`qualcode.services.mixed.joint_view`,
so only labels, notes and chosen quotes are stored here.

Undo pairs: ``create_joint_display`` -> ``delete_joint_display(id)``;
``update_joint_display(new)``/``update_row(new)``/``set_meta_inference`` -> old ->
``update_*(old)``; ``delete_joint_display`` -> snapshot -> ``restore_joint_display``;
``add_row`` -> ``delete_row(row.id)``; ``delete_row`` -> row -> ``restore_row(row)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import ValidationError
from qualcode.core.joint_display import DisplayKind, Grouping, JointDisplay, JointRow, MetaInference
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project

__all__ = [
    "list_joint_displays", "get_joint_display", "create_joint_display", "update_joint_display",
    "delete_joint_display", "restore_joint_display", "add_row", "update_row", "set_meta_inference",
    "choose_quotes", "delete_row", "restore_row",
]

JOINT = Changes(links=True)


def list_joint_displays(project: Project) -> list[JointDisplay]:
    with project.unit_of_work() as uow:
        return uow.joint_displays.all()


def get_joint_display(project: Project, display_id: int) -> JointDisplay:
    with project.unit_of_work() as uow:
        return uow.joint_displays.get(display_id)


@publishes
def create_joint_display(project: Project, name: str, kind: DisplayKind | str, *,
                         grouping: Grouping | None = None, note: str = "",
                         initiator: object | None = None) -> OpResult[JointDisplay]:
    """A new, empty display. Statistics-by-themes displays need a ``grouping``."""
    display = JointDisplay(0, name.strip(), DisplayKind(kind), grouping, note).validate()
    with project.unit_of_work() as uow:
        if any(d.name.casefold() == display.name.casefold() for d in uow.joint_displays.all()):
            raise ValidationError(f"There is already a joint display named {display.name!r}.")
        return OpResult(uow.joint_displays.add(display), JOINT.by(initiator))


@publishes
def update_joint_display(project: Project, display: JointDisplay, *,
                         initiator: object | None = None) -> OpResult[JointDisplay]:
    """Change name, kind, grouping or note (rows are edited one by one); returns the old display."""
    display.validate()
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get(display.id)
        uow.joint_displays.update(display)
        return OpResult(old, JOINT.by(initiator))


@publishes
def delete_joint_display(project: Project, display_id: int, *,
                         initiator: object | None = None) -> OpResult[JointDisplay]:
    """Delete a display with its rows; the returned snapshot restores it with the same ids."""
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get(display_id)
        uow.joint_displays.delete(display_id)
        return OpResult(old, JOINT.by(initiator))


@publishes
def restore_joint_display(project: Project, snapshot: JointDisplay, *,
                          initiator: object | None = None) -> OpResult[JointDisplay]:
    with project.unit_of_work() as uow:
        return OpResult(uow.joint_displays.add(snapshot, keep_id=True), JOINT.by(initiator))


def _check_refs(uow: object, row: JointRow) -> None:
    if row.theme_id is not None:
        uow.themes.get(row.theme_id)  # type: ignore[attr-defined]  # raises NotFoundError
    if row.analysis_id is not None:
        uow.analyses.get(row.analysis_id)  # type: ignore[attr-defined]


@publishes
def add_row(project: Project, display_id: int, *, theme_id: int | None = None, domain: str = "",
            analysis_id: int | None = None, term: str = "",
            meta_inference: MetaInference | str = MetaInference.UNLABELLED, note: str = "",
            quote_ids: Sequence[int] = (), initiator: object | None = None) -> OpResult[JointRow]:
    """Append a row: a theme (and, side by side, a domain and a model term)."""
    row = JointRow(0, display_id, 0, theme_id, domain.strip(), analysis_id, term.strip(),
                   MetaInference(meta_inference), note, tuple(quote_ids))
    with project.unit_of_work() as uow:
        display = uow.joint_displays.get(display_id)
        if display.kind is DisplayKind.STATS_BY_THEMES and theme_id is None:
            raise ValidationError("A statistics-by-themes row needs a theme.")
        _check_refs(uow, row)
        return OpResult(uow.joint_displays.add_row(row), JOINT.by(initiator))


@publishes
def update_row(project: Project, row: JointRow, *, initiator: object | None = None) -> OpResult[JointRow]:
    """Replace a row's choices; returns the old row (for undo)."""
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get_row(row.id)
        _check_refs(uow, row)
        uow.joint_displays.update_row(replace(row, display_id=old.display_id))
        return OpResult(old, JOINT.by(initiator))


@publishes
def set_meta_inference(project: Project, row_id: int, label: MetaInference | str,
                       note: str | None = None, *, initiator: object | None = None) -> OpResult[JointRow]:
    """The researcher's meta-inference (confirm / expand / discord) and, optionally, its note."""
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get_row(row_id)
        new = replace(old, meta_inference=MetaInference(label), note=old.note if note is None else note)
        uow.joint_displays.update_row(new)
        return OpResult(old, JOINT.by(initiator))


@publishes
def choose_quotes(project: Project, row_id: int, segment_ids: Sequence[int], *,
                  initiator: object | None = None) -> OpResult[JointRow]:
    """Pin exemplar quotes (segment ids, in order); an empty list returns to automatic choice."""
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get_row(row_id)
        found = {s.id for s in uow.segments.get_many(list(segment_ids))} if segment_ids else set()
        missing = [i for i in segment_ids if i not in found]
        if missing:
            raise ValidationError(f"There is no coded segment {missing[0]}.")
        uow.joint_displays.update_row(replace(old, quote_ids=tuple(segment_ids)))
        return OpResult(old, JOINT.by(initiator))


@publishes
def delete_row(project: Project, row_id: int, *, initiator: object | None = None) -> OpResult[JointRow]:
    with project.unit_of_work() as uow:
        old = uow.joint_displays.get_row(row_id)
        uow.joint_displays.delete_row(row_id)
        return OpResult(old, JOINT.by(initiator))


@publishes
def restore_row(project: Project, row: JointRow, *, initiator: object | None = None) -> OpResult[JointRow]:
    with project.unit_of_work() as uow:
        return OpResult(uow.joint_displays.add_row(row, keep_id=True), JOINT.by(initiator))
