"""The thematic map: themes and codes as nodes, user-drawn labelled links between them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from qualcode.core.errors import ValidationError


class NodeKind(str, Enum):
    THEME = "theme"
    CODE = "code"


@dataclass(frozen=True)
class MapNode:
    """A theme or a code on the map. ``ref_id`` is the theme's or the code's id."""

    id: int
    kind: NodeKind
    ref_id: int
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class MapLink:
    """An arrow from ``source_id`` to ``target_id`` (node ids) with the user's label."""

    id: int
    source_id: int
    target_id: int
    label: str = ""

    def __post_init__(self) -> None:
        if self.source_id == self.target_id:
            raise ValidationError("A link needs two different nodes.")
        if len(self.label) > 500:
            raise ValidationError("A link label can have at most 500 characters.")


@dataclass(frozen=True)
class ThematicMap:
    """Everything needed to draw the map, with names and colours resolved."""

    nodes: tuple[MapNode, ...]
    links: tuple[MapLink, ...]
    labels: dict[int, str]  # node id -> theme or code name
    colours: dict[int, str]  # node id -> code colour (themes use the view's own)


def circle_layout(node_ids: list[int], radius: float = 300.0, *, start: float | None = None,
                  centre_single: bool = True) -> dict[int, tuple[float, float]]:
    """Place nodes evenly on a circle (the "auto-layout" starting point).

    By default the first node sits at 9 o'clock, so two nodes lie side by side (pages and
    screens are wider than tall), and a single node sits at the centre. ``start`` is the
    first node's angle in radians (y grows downwards, so ``-pi/2`` is 12 o'clock);
    ``centre_single=False`` puts a lone node on the circle (a code beside its theme).
    """
    import math

    out: dict[int, tuple[float, float]] = {}
    n = len(node_ids)
    if n == 1 and centre_single:
        return {node_ids[0]: (0.0, 0.0)}
    first = math.pi if start is None else start
    for i, node_id in enumerate(node_ids):
        angle = first + 2 * math.pi * i / max(n, 1)
        out[node_id] = (round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2))
    return out
