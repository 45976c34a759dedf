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


def circle_layout(node_ids: list[int], radius: float = 300.0) -> dict[int, tuple[float, float]]:
    """Place nodes evenly on a circle (the "auto-layout" starting point), first at 12 o'clock."""
    import math

    out: dict[int, tuple[float, float]] = {}
    n = len(node_ids)
    for i, node_id in enumerate(node_ids):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        out[node_id] = (round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2))
    return out
