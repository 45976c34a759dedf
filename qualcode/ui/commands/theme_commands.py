"""Undoable theme and thematic-map edits (Braun & Clarke phases 3-5).

Each ``redo`` calls one service and each ``undo`` its inverse, using the old values and
snapshots the services return (undo pairs: the docstrings of services.themes and
services.thematic_map). Ids survive undo/redo, so later commands on the stack stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.core.theme import Theme
from qualcode.services import thematic_map, themes
from qualcode.services.thematic_map import MapSnapshot
from qualcode.services.themes import ThemeSnapshot
from qualcode.ui.commands.base import ServiceCommand
from qualcode.ui.session import ProjectSession



class CreateThemeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, name: str, *, parent_id: int | None = None,
                 code_ids: Sequence[int] = ()) -> None:
        super().__init__(session, f"New theme {name}")
        self.name, self.parent_id, self.code_ids = name, parent_id, tuple(code_ids)
        self.theme: Theme | None = None
        self.snapshot: ThemeSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            result = themes.create_theme(self.session.project, self.name, parent_id=self.parent_id,
                                         code_ids=self.code_ids)
            self.theme = result.value
            self.notify(result.changes)
        else:  # redo after undo: the same id, with any map node it had
            self.notify(themes.restore_theme(self.session.project, self.snapshot).changes)

    def undo(self) -> None:
        if self.theme is not None:
            result = themes.delete_theme(self.session.project, self.theme.id)
            self.snapshot = result.value
            self.notify(result.changes)


class UpdateThemeCommand(ServiceCommand):
    """Rename, move between columns, re-parent, define: writes a whole new Theme value."""

    def __init__(self, session: ProjectSession, new: Theme, text: str) -> None:
        super().__init__(session, text)
        self.new = new
        self.old: Theme | None = None

    def do(self) -> None:
        result = themes.update_theme(self.session.project, self.new)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(themes.update_theme(self.session.project, self.old).changes)


class AddCodesToThemeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, theme_id: int, code_ids: Sequence[int], text: str) -> None:
        super().__init__(session, text)
        self.theme_id, self.code_ids = theme_id, tuple(code_ids)
        self.added: tuple[int, ...] = ()

    def do(self) -> None:
        result = themes.add_codes_to_theme(self.session.project, self.theme_id, self.code_ids)
        self.added = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.added:
            self.notify(themes.remove_codes_from_theme(self.session.project, self.theme_id, self.added).changes)


class RemoveCodesFromThemeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, theme_id: int, code_ids: Sequence[int], text: str) -> None:
        super().__init__(session, text)
        self.theme_id, self.code_ids = theme_id, tuple(code_ids)
        self.removed: tuple[int, ...] = ()

    def do(self) -> None:
        result = themes.remove_codes_from_theme(self.session.project, self.theme_id, self.code_ids)
        self.removed = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.removed:
            self.notify(themes.add_codes_to_theme(self.session.project, self.theme_id, self.removed).changes)


class DeleteThemeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, theme: Theme) -> None:
        super().__init__(session, f"Delete theme {theme.name}")
        self.theme_id = theme.id
        self.snapshot: ThemeSnapshot | None = None

    def do(self) -> None:
        result = themes.delete_theme(self.session.project, self.theme_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(themes.restore_theme(self.session.project, self.snapshot).changes)


class PlaceNodeCommand(ServiceCommand):
    """Put a theme or code on the map (or move it there if it is on it already).

    ``old`` is the node's current position when it is already on the map (the view knows it).
    """

    def __init__(self, session: ProjectSession, kind: NodeKind, ref_id: int, x: float, y: float,
                 old: MapNode | None = None) -> None:
        super().__init__(session, "Place on map")
        self.kind, self.ref_id, self.x, self.y, self.old = NodeKind(kind), ref_id, x, y, old
        self.node: MapNode | None = None
        self.created = False
        self.snapshot: MapSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:  # redo after undo of a creation: same id back
            self.notify(thematic_map.restore_map_items(self.session.project, self.snapshot).changes)
            self.notify(thematic_map.move_node(self.session.project, self.snapshot.nodes[0].id, self.x, self.y).changes)
            return
        result = thematic_map.place_node(self.session.project, self.kind, self.ref_id, self.x, self.y)
        self.node, self.created = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.node is None:
            return
        if self.created:
            result = thematic_map.remove_node(self.session.project, self.node.id)
            self.snapshot = result.value
            self.notify(result.changes)
        elif self.old is not None:
            self.notify(thematic_map.move_node(self.session.project, self.node.id, self.old.x, self.old.y).changes)


class MoveNodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, node_id: int, x: float, y: float) -> None:
        super().__init__(session, "Move on map")
        self.node_id, self.x, self.y = node_id, x, y
        self.old: MapNode | None = None

    def do(self) -> None:
        result = thematic_map.move_node(self.session.project, self.node_id, self.x, self.y)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(thematic_map.move_node(self.session.project, self.node_id, self.old.x, self.old.y).changes)


class RemoveNodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, node_id: int) -> None:
        super().__init__(session, "Remove from map")
        self.node_id = node_id
        self.snapshot: MapSnapshot | None = None

    def do(self) -> None:
        result = thematic_map.remove_node(self.session.project, self.node_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(thematic_map.restore_map_items(self.session.project, self.snapshot).changes)


class AddLinkCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, source_id: int, target_id: int, label: str = "") -> None:
        super().__init__(session, "Draw link")
        self.source_id, self.target_id, self.label = source_id, target_id, label
        self.link: MapLink | None = None
        self.snapshot: MapSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.notify(thematic_map.restore_map_items(self.session.project, self.snapshot).changes)
            return
        result = thematic_map.add_link(self.session.project, self.source_id, self.target_id, self.label)
        self.link = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.link is not None:
            result = thematic_map.delete_link(self.session.project, self.link.id)
            self.snapshot = result.value
            self.notify(result.changes)


class RelabelLinkCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, link_id: int, label: str) -> None:
        super().__init__(session, "Label link")
        self.link_id, self.label = link_id, label
        self.old: MapLink | None = None

    def do(self) -> None:
        result = thematic_map.relabel_link(self.session.project, self.link_id, self.label)
        self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.old is not None:
            self.notify(thematic_map.relabel_link(self.session.project, self.link_id, self.old.label).changes)


class DeleteLinkCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, link_id: int) -> None:
        super().__init__(session, "Delete link")
        self.link_id = link_id
        self.snapshot: MapSnapshot | None = None

    def do(self) -> None:
        result = thematic_map.delete_link(self.session.project, self.link_id)
        self.snapshot = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        if self.snapshot is not None:
            self.notify(thematic_map.restore_map_items(self.session.project, self.snapshot).changes)


def layout_radius(n_themes: int) -> float:
    """The themes' circle for auto-layout: it grows with their number, and each code ring
    (a third of it, see services.thematic_map.auto_layout) then clears its theme's box
    (checked by eye on the demo's five themes: 500 px)."""
    return max(500.0, 95.0 * n_themes)


class AutoLayoutCommand(ServiceCommand):
    """Auto-layout; undo moves every node back and takes off the nodes it added."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session, "Auto-layout the map")
        self.old: dict[int, tuple[float, float]] = {}
        self.created: list[MapSnapshot] = []

    def do(self) -> None:
        project = self.session.project
        for snapshot in self.created:  # redo after undo: the added nodes come back with their ids
            thematic_map.restore_map_items(project, snapshot)
        radius = layout_radius(len(themes.list_themes(project)))
        result = thematic_map.auto_layout(project, radius=radius)
        if not self.created:
            self.old = result.value
        self.notify(result.changes)

    def undo(self) -> None:
        project = self.session.project
        current = thematic_map.get_map(project)
        self.created = [thematic_map.remove_node(project, n.id).value for n in current.nodes if n.id not in self.old]
        for node_id, (x, y) in self.old.items():
            thematic_map.move_node(project, node_id, x, y)
        self.notify(themes.THEMES)
