"""Undoable theme and thematic-map edits (Braun & Clarke phases 3-5): thin adapters over
the Qt-free operations of :mod:`qualcode.services.operations.theme_ops`."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.core.theme import Theme
from qualcode.services.themes import theme_edits as themes
from qualcode.services.operations.theme_ops import (
    AddCodesToThemeOperation,
    AddLinkOperation,
    AutoLayoutOperation,
    CreateThemeOperation,
    DeleteLinkOperation,
    DeleteThemeOperation,
    MoveNodeOperation,
    PlaceNodeOperation,
    RelabelLinkOperation,
    RemoveCodesFromThemeOperation,
    RemoveNodeOperation,
    UpdateThemeOperation,
)
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession


class CreateThemeCommand(OperationCommand[CreateThemeOperation]):
    def __init__(self, session: ProjectSession, name: str, *, parent_id: int | None = None,
                 code_ids: Sequence[int] = (), initiator: object | None = None) -> None:
        super().__init__(session, CreateThemeOperation(session.project, name, parent_id=parent_id, code_ids=code_ids),
                         initiator=initiator)

    @property
    def theme(self) -> Theme | None:
        return self.operation.theme


class UpdateThemeCommand(OperationCommand[UpdateThemeOperation]):
    """Rename, move between columns, re-parent, define: writes a whole new Theme value."""

    def __init__(self, session: ProjectSession, new: Theme, text: str, *, initiator: object | None = None) -> None:
        super().__init__(session, UpdateThemeOperation(session.project, new, text), initiator=initiator)


class AddCodesToThemeCommand(OperationCommand[AddCodesToThemeOperation]):
    def __init__(self, session: ProjectSession, theme_id: int, code_ids: Sequence[int], text: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, AddCodesToThemeOperation(session.project, theme_id, code_ids, text),
                         initiator=initiator)


class RemoveCodesFromThemeCommand(OperationCommand[RemoveCodesFromThemeOperation]):
    def __init__(self, session: ProjectSession, theme_id: int, code_ids: Sequence[int], text: str, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, RemoveCodesFromThemeOperation(session.project, theme_id, code_ids, text),
                         initiator=initiator)


class DeleteThemeCommand(OperationCommand[DeleteThemeOperation]):
    def __init__(self, session: ProjectSession, theme: Theme, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteThemeOperation(session.project, theme), initiator=initiator)


class PlaceNodeCommand(OperationCommand[PlaceNodeOperation]):
    """Put a theme or code on the map (or move it there if it is on it already).

    ``old`` is the node's current position when it is already on the map (the view knows it).
    """

    def __init__(self, session: ProjectSession, kind: NodeKind, ref_id: int, x: float, y: float,
                 old: MapNode | None = None, *, initiator: object | None = None) -> None:
        super().__init__(session, PlaceNodeOperation(session.project, kind, ref_id, x, y, old), initiator=initiator)

    @property
    def node(self) -> MapNode | None:
        return self.operation.node


class MoveNodeCommand(OperationCommand[MoveNodeOperation]):
    def __init__(self, session: ProjectSession, node_id: int, x: float, y: float, *,
                 initiator: object | None = None) -> None:
        super().__init__(session, MoveNodeOperation(session.project, node_id, x, y), initiator=initiator)


class RemoveNodeCommand(OperationCommand[RemoveNodeOperation]):
    def __init__(self, session: ProjectSession, node_id: int, *, initiator: object | None = None) -> None:
        super().__init__(session, RemoveNodeOperation(session.project, node_id), initiator=initiator)


class AddLinkCommand(OperationCommand[AddLinkOperation]):
    def __init__(self, session: ProjectSession, source_id: int, target_id: int, label: str = "", *,
                 initiator: object | None = None) -> None:
        super().__init__(session, AddLinkOperation(session.project, source_id, target_id, label), initiator=initiator)

    @property
    def link(self) -> MapLink | None:
        return self.operation.link


class RelabelLinkCommand(OperationCommand[RelabelLinkOperation]):
    def __init__(self, session: ProjectSession, link_id: int, label: str, *, initiator: object | None = None) -> None:
        super().__init__(session, RelabelLinkOperation(session.project, link_id, label), initiator=initiator)


class DeleteLinkCommand(OperationCommand[DeleteLinkOperation]):
    def __init__(self, session: ProjectSession, link_id: int, *, initiator: object | None = None) -> None:
        super().__init__(session, DeleteLinkOperation(session.project, link_id), initiator=initiator)


def layout_radius(n_themes: int) -> float:
    """The themes' circle for auto-layout: it grows with their number, and each code ring
    (a third of it, see services.thematic_map.auto_layout) then clears its theme's box
    (checked by eye on the demo's five themes: 500 px drew the labels below 9 pt at Fit on
    a laptop; 300 px keeps them readable, and the layout pushes overlapping boxes apart)."""
    return max(300.0, 60.0 * n_themes)


class AutoLayoutCommand(OperationCommand[AutoLayoutOperation]):
    """Auto-layout; undo moves every node back and takes off the nodes it added."""

    def __init__(self, session: ProjectSession, *, initiator: object | None = None) -> None:
        radius = layout_radius(len(themes.list_themes(session.project)))
        super().__init__(session, AutoLayoutOperation(session.project, radius), initiator=initiator)
