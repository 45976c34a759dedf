"""A small deterministic force-directed layout for the thematic map (no Qt, no database).

Fruchterman–Reingold style: springs pull along theme→code and link edges, every pair of
label boxes repels (measured between box edges, so long labels keep more room), and the
step size cools over a few hundred iterations. The start is the caller's positions
(today's circles), so the same map always gives the same layout. Afterwards
:func:`clear_lines` pushes a box off any edge line that runs through it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["clear_lines", "force_layout", "line_hits_box"]

Point = tuple[float, float]
Size = tuple[float, float]


def _edge_gap(pa: list[float], pb: list[float], sa: Size, sb: Size) -> tuple[float, float, float]:
    """Unit vector from b to a and the free distance between the two boxes along it."""
    dx, dy = pa[0] - pb[0], pa[1] - pb[1]
    dist = math.hypot(dx, dy) or 0.01
    ux, uy = dx / dist, dy / dist
    # how far each box reaches along the direction (half-extent of a rectangle)
    reach_a = abs(ux) * sa[0] / 2 + abs(uy) * sa[1] / 2
    reach_b = abs(ux) * sb[0] / 2 + abs(uy) * sb[1] / 2
    return ux, uy, max(dist - reach_a - reach_b, 1.0)


def force_layout(positions: dict[int, Point], sizes: dict[int, Size], edges: Sequence[tuple[int, int]], *,
                 iterations: int = 300, ideal: float = 25.0, gravity: float = 0.15) -> dict[int, Point]:
    """Relax ``positions`` (box centres) with springs along ``edges`` and box repulsion.

    Parameters
    ----------
    positions, sizes
        Start centre and (width, height) of every node's label box.
    edges
        Pairs of node ids that should sit close (theme→code membership and drawn links).
    iterations
        Cooling steps; a few hundred settle a map of a few dozen nodes.
    ideal
        The free space (between box edges) a spring aims for.
    gravity
        How strongly every node is pulled towards the start's centre.

    Returns
    -------
    dict
        Node id -> new centre. Deterministic for the same input.
    """
    ids = sorted(positions)
    pos = {k: [float(positions[k][0]), float(positions[k][1])] for k in ids}
    links = [(a, b) for a, b in edges if a in pos and b in pos and a != b]
    temperature = 40.0
    cx = sum(p[0] for p in pos.values()) / max(len(pos), 1)
    cy = sum(p[1] for p in pos.values()) / max(len(pos), 1)
    for step in range(iterations):
        force = {k: [0.0, 0.0] for k in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                ux, uy, gap = _edge_gap(pos[a], pos[b], sizes[a], sizes[b])
                if gap > 4 * ideal:  # far boxes leave each other alone (no drift off the page)
                    continue
                push = ideal * ideal / gap
                force[a][0] += ux * push
                force[a][1] += uy * push
                force[b][0] -= ux * push
                force[b][1] -= uy * push
        for a, b in links:
            ux, uy, gap = _edge_gap(pos[a], pos[b], sizes[a], sizes[b])
            pull = gap * gap / ideal
            force[a][0] -= ux * pull
            force[a][1] -= uy * pull
            force[b][0] += ux * pull
            force[b][1] += uy * pull
        for k in ids:  # a weak pull to the start's centre keeps unlinked nodes on the map
            force[k][0] -= gravity * (pos[k][0] - cx)
            force[k][1] -= gravity * (pos[k][1] - cy)
        limit = temperature * (1.0 - step / iterations) + 1.0
        for k in ids:
            fx, fy = force[k]
            length = math.hypot(fx, fy)
            if length > 0:
                scale = min(length, limit) / length
                pos[k][0] += fx * scale
                pos[k][1] += fy * scale
    return {k: (round(v[0], 2), round(v[1], 2)) for k, v in pos.items()}


def line_hits_box(p: Point, q: Point, centre: Point, size: Size, margin: float = 2.0) -> bool:
    """Whether the segment p–q passes through the box (Liang–Barsky clipping)."""
    xmin, xmax = centre[0] - size[0] / 2 + margin, centre[0] + size[0] / 2 - margin
    ymin, ymax = centre[1] - size[1] / 2 + margin, centre[1] + size[1] / 2 - margin
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pp, qq in ((-dx, p[0] - xmin), (dx, xmax - p[0]), (-dy, p[1] - ymin), (dy, ymax - p[1])):
        if pp == 0:
            if qq < 0:
                return False
            continue
        t = qq / pp
        if pp < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def clear_lines(positions: dict[int, Point], sizes: dict[int, Size], edges: Sequence[tuple[int, int]], *,
                rounds: int = 60, gap: float = 8.0) -> dict[int, Point]:
    """Move each box that an edge line runs through off that line, sideways (deterministic)."""
    pos = {k: [float(x), float(y)] for k, (x, y) in positions.items()}
    links = [(a, b) for a, b in edges if a in pos and b in pos and a != b]
    for _ in range(rounds):
        moved = False
        for a, b in links:
            p, q = (pos[a][0], pos[a][1]), (pos[b][0], pos[b][1])
            dx, dy = q[0] - p[0], q[1] - p[1]
            length = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / length, dx / length  # the line's normal
            for c in sorted(pos):
                if c in (a, b) or not line_hits_box(p, q, (pos[c][0], pos[c][1]), sizes[c]):
                    continue
                side = (pos[c][0] - p[0]) * nx + (pos[c][1] - p[1]) * ny
                sign = 1.0 if side >= 0 else -1.0
                reach = abs(nx) * sizes[c][0] / 2 + abs(ny) * sizes[c][1] / 2
                shift = reach + gap - abs(side)
                pos[c][0] += sign * nx * shift
                pos[c][1] += sign * ny * shift
                moved = True
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in pos.items()}
