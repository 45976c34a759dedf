"""The thematic map (phase 3-4): themes and codes as nodes, user-drawn labelled links,
node positions. The Qt canvas draws :func:`get_map` and calls these on user actions.

Undo pairs: ``place_node`` -> (node, created) / ``remove_node(node.id)`` when created,
else ``move_node`` back to the old position; ``move_node`` -> old node / ``move_node(old)``;
``add_link`` -> link / ``delete_link``; ``relabel_link`` -> old link / ``relabel_link(old)``;
``delete_link`` and ``remove_node`` -> MapSnapshot / ``restore_map_items``.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code
from qualcode.core.errors import NotFoundError, ValidationError
from qualcode.core.thematic_map import MapLink, MapNode, NodeKind, ThematicMap, circle_layout
from qualcode.services.operations.publish import publishes
from qualcode.services.themes.map_layout import clear_lines, force_layout
from qualcode.storage.project import Project
from qualcode.storage.unit_of_work import UnitOfWork

THEMES = Changes(themes=True)


@dataclass(frozen=True)
class MapSnapshot:
    nodes: tuple[MapNode, ...]
    links: tuple[MapLink, ...]


def _labels(uow: UnitOfWork, nodes: list[MapNode]) -> tuple[dict[int, str], dict[int, str]]:
    themes = {t.id: t.name for t in uow.themes.all()}
    codes: dict[int, Code] = uow.codes.all()
    labels: dict[int, str] = {}
    colours: dict[int, str] = {}
    for node in nodes:
        if node.kind is NodeKind.THEME:
            labels[node.id] = themes.get(node.ref_id, "?")
        else:
            code = codes.get(node.ref_id)
            labels[node.id] = code.name if code else "?"
            if code:
                colours[node.id] = code.colour
    return labels, colours


def get_map(project: Project) -> ThematicMap:
    """Every node and link with its display label (theme or code name) and code colour."""
    with project.unit_of_work() as uow:
        repo = uow.maps
        nodes, links = repo.nodes(), repo.links()
        labels, colours = _labels(uow, nodes)
    return ThematicMap(tuple(nodes), tuple(links), labels, colours)


def _check_ref(uow: UnitOfWork, kind: NodeKind, ref_id: int) -> None:
    if kind is NodeKind.THEME:
        uow.themes.get(ref_id)
    else:
        uow.codes.get(ref_id)


@publishes
def place_node(project: Project, kind: NodeKind, ref_id: int, x: float, y: float, *,
               initiator: object | None = None) -> OpResult[tuple[MapNode, bool]]:
    """Put a theme or code on the map at (x, y), or move it there if it is already on it.

    Returns the node and whether it was newly created.
    """
    kind = NodeKind(kind)
    with project.unit_of_work() as uow:
        _check_ref(uow, kind, ref_id)
        repo = uow.maps
        existing = repo.node_for(kind, ref_id)
        if existing is not None:
            repo.move_node(existing.id, x, y)
            return OpResult((MapNode(existing.id, kind, ref_id, x, y), False), THEMES.by(initiator))
        return OpResult((repo.add_node(kind, ref_id, x, y), True), THEMES.by(initiator))


@publishes
def move_node(project: Project, node_id: int, x: float, y: float, *,
              initiator: object | None = None) -> OpResult[MapNode]:
    """Move a node; returns the node at its *old* position for undo."""
    with project.unit_of_work() as uow:
        repo = uow.maps
        old = repo.get_node(node_id)
        repo.move_node(node_id, x, y)
        return OpResult(old, THEMES.by(initiator))


@publishes
def remove_node(project: Project, node_id: int, *, initiator: object | None = None) -> OpResult[MapSnapshot]:
    """Take a node (and its links) off the map; the theme or code itself stays."""
    with project.unit_of_work() as uow:
        repo = uow.maps
        nodes, links = repo.touching([node_id])
        if not nodes:
            raise NotFoundError(f"There is no map node {node_id}.")
        repo.delete_node(node_id)
        return OpResult(MapSnapshot(tuple(nodes), tuple(links)), THEMES.by(initiator))


@publishes
def add_link(project: Project, source_id: int, target_id: int, label: str = "", *,
             initiator: object | None = None) -> OpResult[MapLink]:
    """Draw a labelled arrow between two nodes."""
    MapLink(0, source_id, target_id, label)  # validates before touching the database
    with project.unit_of_work() as uow:
        repo = uow.maps
        repo.get_node(source_id)
        repo.get_node(target_id)
        return OpResult(repo.add_link(source_id, target_id, label.strip()), THEMES.by(initiator))


@publishes
def relabel_link(project: Project, link_id: int, label: str, *, initiator: object | None = None) -> OpResult[MapLink]:
    """Change a link's label; returns the old link for undo."""
    if len(label) > 500:
        raise ValidationError("A link label can have at most 500 characters.")
    with project.unit_of_work() as uow:
        repo = uow.maps
        old = repo.get_link(link_id)
        repo.relabel_link(link_id, label.strip())
        return OpResult(old, THEMES.by(initiator))


@publishes
def delete_link(project: Project, link_id: int, *, initiator: object | None = None) -> OpResult[MapSnapshot]:
    with project.unit_of_work() as uow:
        repo = uow.maps
        link = repo.get_link(link_id)
        repo.delete_link(link_id)
        return OpResult(MapSnapshot((), (link,)), THEMES.by(initiator))


@publishes
def restore_map_items(project: Project, snapshot: MapSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    """Undo :func:`remove_node` / :func:`delete_link` with the same ids."""
    with project.unit_of_work() as uow:
        uow.maps.restore(snapshot.nodes, snapshot.links)
    return OpResult(None, THEMES.by(initiator))


@publishes
def auto_layout(project: Project, *, radius: float = 320.0,
                initiator: object | None = None) -> OpResult[dict[int, tuple[float, float]]]:
    """Place every theme on the map on a circle and each theme's codes on a small circle
    around it (adding missing nodes), relax that with a force-directed layout (springs
    along theme→code and link edges, label boxes repelling), then separate overlapping
    boxes and move boxes off lines that run through them. Returns the *old* positions (node id -> (x, y)) for
    undo; a node id missing from them was created here, and undo removes it (``remove_node``).
    """
    with project.unit_of_work() as uow:
        repo = uow.maps
        themes = [t for t in uow.themes.all() if t.parent_id is None] + [
            t for t in uow.themes.all() if t.parent_id is not None]
        old = {n.id: (n.x, n.y) for n in repo.nodes()}
        theme_nodes = []
        for theme in themes:
            node = repo.node_for(NodeKind.THEME, theme.id) or repo.add_node(NodeKind.THEME, theme.id, 0, 0)
            theme_nodes.append((node, theme))
        centres = circle_layout([n.id for n, _ in theme_nodes], radius)
        for node, theme in theme_nodes:
            cx, cy = centres[node.id]
            repo.move_node(node.id, cx, cy)
            placed = [repo.node_for(NodeKind.CODE, c) or repo.add_node(NodeKind.CODE, c, cx, cy)
                      for c in theme.code_ids]
            ring = circle_layout([n.id for n in placed], radius / 3.0, start=-1.5708, centre_single=False)
            for code_node in placed:
                dx, dy = ring[code_node.id]
                repo.move_node(code_node.id, round(cx + dx, 2), round(cy + dy, 2))
        # then push apart the boxes whose labels would overlap (themes' codes can share a ring)
        nodes = repo.nodes()
        labels, _ = _labels(uow, nodes)
        boxes = {n.id: label_box(labels[n.id], n.kind is NodeKind.THEME) for n in nodes}
        node_of = {(n.kind, n.ref_id): n.id for n in nodes}
        edges = [(node_of[(NodeKind.THEME, t.id)], node_of[(NodeKind.CODE, c)]) for t in themes
                 for c in t.code_ids if (NodeKind.CODE, c) in node_of] + [(k.source_id, k.target_id) for k in repo.links()]
        moved = force_layout({n.id: (n.x, n.y) for n in nodes}, boxes, edges)
        moved = separate_boxes(moved, boxes)
        for _ in range(12):  # a box pushed off a line may land on another box, and back
            moved = separate_boxes(clear_lines(moved, boxes, edges), boxes)
        for node in nodes:
            x, y = moved[node.id]
            if (x, y) != (node.x, node.y):
                repo.move_node(node.id, round(x, 2), round(y, 2))
        return OpResult(old, THEMES.by(initiator))


_WRAP = 180.0  # the canvas wraps a label wider than this (ui/themes/map_items.py)


def label_box(label: str, is_theme: bool) -> tuple[float, float]:
    """The canvas size of a node's box, estimated from its label (7.5 px a character, wrapped)."""
    char, line = (8.5, 20.0) if is_theme else (7.5, 17.0)
    pad_x, pad_y = (16.0, 12.0) if is_theme else (12.0, 5.0)
    width = len(label) * char
    lines = max(1, -int(-width // _WRAP))
    return min(width, _WRAP) + 2 * pad_x, lines * line + 2 * pad_y


def separate_boxes(positions: dict[int, tuple[float, float]], sizes: dict[int, tuple[float, float]], *,
                   gap: float = 10.0, rounds: int = 200) -> dict[int, tuple[float, float]]:
    """Move overlapping boxes (centre positions, (w, h) sizes) apart until none overlap.

    Each round pushes every overlapping pair apart along the axis where they overlap
    least, half each way: a few dozen boxes settle in well under ``rounds`` rounds.
    Deterministic: the same input gives the same map.
    """
    pos = {k: [x, y] for k, (x, y) in positions.items()}
    ids = sorted(pos)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                (ax, ay), (bx, by) = pos[a], pos[b]
                ox = (sizes[a][0] + sizes[b][0]) / 2 + gap - abs(ax - bx)
                oy = (sizes[a][1] + sizes[b][1]) / 2 + gap - abs(ay - by)
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                if ox < oy:
                    step = ox / 2 if ax != bx else ox / 2 * (1 if a < b else -1)
                    sign = 1.0 if ax >= bx else -1.0
                    pos[a][0] += sign * abs(step)
                    pos[b][0] -= sign * abs(step)
                else:
                    sign = 1.0 if ay >= by else -1.0
                    pos[a][1] += sign * oy / 2
                    pos[b][1] -= sign * oy / 2
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in pos.items()}
