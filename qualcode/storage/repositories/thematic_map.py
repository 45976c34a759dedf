"""Thematic map nodes and links (tables from migration 0002)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from qualcode.core.errors import NotFoundError
from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.storage.tables import MapLinkRow, MapNodeRow

_N = MapNodeRow.__table__
_L = MapLinkRow.__table__


def _node(r: MapNodeRow) -> MapNode:
    if r.theme_id is not None:
        return MapNode(r.id, NodeKind.THEME, r.theme_id, r.x, r.y)
    assert r.code_id is not None
    return MapNode(r.id, NodeKind.CODE, r.code_id, r.x, r.y)


def _link(r: MapLinkRow) -> MapLink:
    return MapLink(r.id, r.source_id, r.target_id, r.label)


class ThematicMapRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def nodes(self) -> list[MapNode]:
        return [_node(r) for r in self.s.scalars(select(MapNodeRow).order_by(MapNodeRow.id))]

    def links(self) -> list[MapLink]:
        return [_link(r) for r in self.s.scalars(select(MapLinkRow).order_by(MapLinkRow.id))]

    def node_for(self, kind: NodeKind, ref_id: int) -> MapNode | None:
        column = MapNodeRow.theme_id if kind is NodeKind.THEME else MapNodeRow.code_id
        row = self.s.scalar(select(MapNodeRow).where(column == ref_id))
        return _node(row) if row else None

    def get_node(self, node_id: int) -> MapNode:
        row = self.s.get(MapNodeRow, node_id)
        if row is None:
            raise NotFoundError(f"There is no map node {node_id}.")
        return _node(row)

    def add_node(self, kind: NodeKind, ref_id: int, x: float, y: float) -> MapNode:
        row = MapNodeRow(
            theme_id=ref_id if kind is NodeKind.THEME else None,
            code_id=ref_id if kind is NodeKind.CODE else None, x=x, y=y,
        )
        self.s.add(row)
        self.s.flush()
        return _node(row)

    def move_node(self, node_id: int, x: float, y: float) -> None:
        row = self.s.get(MapNodeRow, node_id)
        if row is None:
            raise NotFoundError(f"There is no map node {node_id}.")
        row.x, row.y = x, y
        self.s.flush()

    def delete_node(self, node_id: int) -> None:
        self.s.execute(delete(_N).where(_N.c.id == node_id))

    def get_link(self, link_id: int) -> MapLink:
        row = self.s.get(MapLinkRow, link_id)
        if row is None:
            raise NotFoundError(f"There is no map link {link_id}.")
        return _link(row)

    def add_link(self, source_id: int, target_id: int, label: str) -> MapLink:
        row = MapLinkRow(source_id=source_id, target_id=target_id, label=label)
        self.s.add(row)
        self.s.flush()
        return _link(row)

    def relabel_link(self, link_id: int, label: str) -> None:
        row = self.s.get(MapLinkRow, link_id)
        if row is None:
            raise NotFoundError(f"There is no map link {link_id}.")
        row.label = label
        self.s.flush()

    def delete_link(self, link_id: int) -> None:
        self.s.execute(delete(_L).where(_L.c.id == link_id))

    def touching(self, node_ids: Iterable[int]) -> tuple[list[MapNode], list[MapLink]]:
        """These nodes and every link that starts or ends at one of them (for snapshots)."""
        ids = list(node_ids)
        if not ids:
            return [], []
        nodes = [_node(r) for r in self.s.scalars(select(MapNodeRow).where(MapNodeRow.id.in_(ids)))]
        links = [_link(r) for r in self.s.scalars(select(MapLinkRow).where(
            or_(MapLinkRow.source_id.in_(ids), MapLinkRow.target_id.in_(ids))).order_by(MapLinkRow.id))]
        return nodes, links

    def nodes_for_themes(self, theme_ids: Iterable[int]) -> list[MapNode]:
        ids = list(theme_ids)
        if not ids:
            return []
        return [_node(r) for r in self.s.scalars(select(MapNodeRow).where(MapNodeRow.theme_id.in_(ids)))]

    def restore(self, nodes: Iterable[MapNode], links: Iterable[MapLink]) -> None:
        """Re-insert nodes and links with their original ids (undo)."""
        node_values = [
            {"id": n.id, "theme_id": n.ref_id if n.kind is NodeKind.THEME else None,
             "code_id": n.ref_id if n.kind is NodeKind.CODE else None, "x": n.x, "y": n.y}
            for n in nodes
        ]
        if node_values:
            self.s.execute(insert(_N), node_values)
        link_values = [{"id": k.id, "source_id": k.source_id, "target_id": k.target_id, "label": k.label}
                       for k in links]
        if link_values:
            self.s.execute(insert(_L), link_values)
