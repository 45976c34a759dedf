"""Theme and thematic-map edits as operations (Braun & Clarke phases 3-5).

Each ``apply`` calls one service and each ``revert`` its inverse, using the old values
and snapshots the services return (undo pairs: the docstrings of services.themes and
services.thematic_map). Ids survive undo/redo, so later operations stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.core.theme import Theme
from qualcode.services.themes import thematic_map
from qualcode.services.themes import theme_edits as themes
from qualcode.services.operations.operation import Operation
from qualcode.services.themes.thematic_map import MapSnapshot
from qualcode.services.themes.theme_edits import ThemeSnapshot
from qualcode.storage.project import Project

__all__ = ["AddCodesToThemeOperation", "AddLinkOperation", "AutoLayoutOperation", "CreateThemeOperation",
           "DeleteLinkOperation", "DeleteThemeOperation", "MoveNodeOperation", "PlaceNodeOperation",
           "RelabelLinkOperation", "RemoveCodesFromThemeOperation", "RemoveNodeOperation", "UpdateThemeOperation"]


class CreateThemeOperation(Operation):
    """Create a theme (from codes, under a parent); :attr:`theme` is the new theme."""

    def __init__(self, project: Project, name: str, *, parent_id: int | None = None,
                 code_ids: Sequence[int] = ()) -> None:
        super().__init__(project, f"New theme {name}")
        self.name, self.parent_id, self.code_ids = name, parent_id, tuple(code_ids)
        self.theme: Theme | None = None
        self.snapshot: ThemeSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.theme = themes.create_theme(self.project, self.name, parent_id=self.parent_id,
                                             code_ids=self.code_ids, initiator=self.initiator).value
        else:  # redo after undo: the same id, with any map node it had
            themes.restore_theme(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        if self.theme is not None:
            self.snapshot = themes.delete_theme(self.project, self.theme.id, initiator=self.initiator).value


class UpdateThemeOperation(Operation):
    """Rename, move between columns, re-parent, define: writes a whole new Theme value."""

    def __init__(self, project: Project, new: Theme, label: str) -> None:
        super().__init__(project, label)
        self.new = new
        self.old: Theme | None = None

    def apply(self) -> None:
        self.old = themes.update_theme(self.project, self.new, initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            themes.update_theme(self.project, self.old, initiator=self.initiator)


class AddCodesToThemeOperation(Operation):
    """Put codes on a theme; undo takes off only those that were newly added."""

    def __init__(self, project: Project, theme_id: int, code_ids: Sequence[int], label: str) -> None:
        super().__init__(project, label)
        self.theme_id, self.code_ids = theme_id, tuple(code_ids)
        self.added: tuple[int, ...] = ()

    def apply(self) -> None:
        self.added = themes.add_codes_to_theme(self.project, self.theme_id, self.code_ids,
                                               initiator=self.initiator).value

    def revert(self) -> None:
        if self.added:
            themes.remove_codes_from_theme(self.project, self.theme_id, self.added, initiator=self.initiator)


class RemoveCodesFromThemeOperation(Operation):
    """Take codes off a theme; undo puts back only those that were on it."""

    def __init__(self, project: Project, theme_id: int, code_ids: Sequence[int], label: str) -> None:
        super().__init__(project, label)
        self.theme_id, self.code_ids = theme_id, tuple(code_ids)
        self.removed: tuple[int, ...] = ()

    def apply(self) -> None:
        self.removed = themes.remove_codes_from_theme(self.project, self.theme_id, self.code_ids,
                                                      initiator=self.initiator).value

    def revert(self) -> None:
        if self.removed:
            themes.add_codes_to_theme(self.project, self.theme_id, self.removed, initiator=self.initiator)


class DeleteThemeOperation(Operation):
    """Delete a theme with its sub-themes; undo restores them, their codes and map nodes."""

    def __init__(self, project: Project, theme: Theme) -> None:
        super().__init__(project, f"Delete theme {theme.name}")
        self.theme_id = theme.id
        self.snapshot: ThemeSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = themes.delete_theme(self.project, self.theme_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            themes.restore_theme(self.project, self.snapshot, initiator=self.initiator)


class PlaceNodeOperation(Operation):
    """Put a theme or code on the map (or move it there if it is on it already).

    ``old`` is the node's current position when it is already on the map (the view knows it).
    """

    def __init__(self, project: Project, kind: NodeKind, ref_id: int, x: float, y: float,
                 old: MapNode | None = None) -> None:
        super().__init__(project, "Place on map")
        self.kind, self.ref_id, self.x, self.y, self.old = NodeKind(kind), ref_id, x, y, old
        self.node: MapNode | None = None
        self.created = False
        self.snapshot: MapSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:  # redo after undo of a creation: same id back
            thematic_map.restore_map_items(self.project, self.snapshot, initiator=self.initiator)
            thematic_map.move_node(self.project, self.snapshot.nodes[0].id, self.x, self.y, initiator=self.initiator)
            return
        self.node, self.created = thematic_map.place_node(self.project, self.kind, self.ref_id, self.x, self.y,
                                                          initiator=self.initiator).value

    def revert(self) -> None:
        if self.node is None:
            return
        if self.created:
            self.snapshot = thematic_map.remove_node(self.project, self.node.id, initiator=self.initiator).value
        elif self.old is not None:
            thematic_map.move_node(self.project, self.node.id, self.old.x, self.old.y, initiator=self.initiator)


class MoveNodeOperation(Operation):
    """Move a node on the map; undo moves it back."""

    def __init__(self, project: Project, node_id: int, x: float, y: float) -> None:
        super().__init__(project, "Move on map")
        self.node_id, self.x, self.y = node_id, x, y
        self.old: MapNode | None = None

    def apply(self) -> None:
        self.old = thematic_map.move_node(self.project, self.node_id, self.x, self.y, initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            thematic_map.move_node(self.project, self.node_id, self.old.x, self.old.y, initiator=self.initiator)


class RemoveNodeOperation(Operation):
    """Take a node and its links off the map; undo restores them with their ids."""

    def __init__(self, project: Project, node_id: int) -> None:
        super().__init__(project, "Remove from map")
        self.node_id = node_id
        self.snapshot: MapSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = thematic_map.remove_node(self.project, self.node_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            thematic_map.restore_map_items(self.project, self.snapshot, initiator=self.initiator)


class AddLinkOperation(Operation):
    """Draw a labelled link between two nodes; :attr:`link` is the new link."""

    def __init__(self, project: Project, source_id: int, target_id: int, label: str = "") -> None:
        super().__init__(project, "Draw link")
        self.source_id, self.target_id, self.link_label = source_id, target_id, label
        self.link: MapLink | None = None
        self.snapshot: MapSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            thematic_map.restore_map_items(self.project, self.snapshot, initiator=self.initiator)
            return
        self.link = thematic_map.add_link(self.project, self.source_id, self.target_id, self.link_label,
                                          initiator=self.initiator).value

    def revert(self) -> None:
        if self.link is not None:
            self.snapshot = thematic_map.delete_link(self.project, self.link.id, initiator=self.initiator).value


class RelabelLinkOperation(Operation):
    """Change a link's label; undo writes the old one back."""

    def __init__(self, project: Project, link_id: int, label: str) -> None:
        super().__init__(project, "Label link")
        self.link_id, self.link_label = link_id, label
        self.old: MapLink | None = None

    def apply(self) -> None:
        self.old = thematic_map.relabel_link(self.project, self.link_id, self.link_label,
                                             initiator=self.initiator).value

    def revert(self) -> None:
        if self.old is not None:
            thematic_map.relabel_link(self.project, self.link_id, self.old.label, initiator=self.initiator)


class DeleteLinkOperation(Operation):
    """Delete a link; undo restores it with its id."""

    def __init__(self, project: Project, link_id: int) -> None:
        super().__init__(project, "Delete link")
        self.link_id = link_id
        self.snapshot: MapSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = thematic_map.delete_link(self.project, self.link_id, initiator=self.initiator).value

    def revert(self) -> None:
        if self.snapshot is not None:
            thematic_map.restore_map_items(self.project, self.snapshot, initiator=self.initiator)


class AutoLayoutOperation(Operation):
    """Auto-layout on a circle of ``radius``; undo moves every node back and takes off
    the nodes it added (redo brings those back with their ids)."""

    def __init__(self, project: Project, radius: float) -> None:
        super().__init__(project, "Auto-layout the map")
        self.radius = radius
        self.old: dict[int, tuple[float, float]] = {}
        self.created: list[MapSnapshot] = []

    def apply(self) -> None:
        for snapshot in self.created:  # redo after undo: the added nodes come back with their ids
            thematic_map.restore_map_items(self.project, snapshot, initiator=self.initiator)
        old = thematic_map.auto_layout(self.project, radius=self.radius, initiator=self.initiator).value
        if not self.created:
            self.old = old

    def revert(self) -> None:
        current = thematic_map.get_map(self.project)
        self.created = [thematic_map.remove_node(self.project, n.id, initiator=self.initiator).value
                        for n in current.nodes if n.id not in self.old]
        for node_id, (x, y) in self.old.items():
            thematic_map.move_node(self.project, node_id, x, y, initiator=self.initiator)
