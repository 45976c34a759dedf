"""Draw the thematic map as a PNG without Qt (matplotlib's Agg canvas, no pyplot state).

Themes are rounded boxes, codes small pills in their code colour, user links labelled
arrows, and (optionally) theme-code membership thin grey lines. Map coordinates follow
Qt's scene (y grows downwards), so the y axis is inverted.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

from qualcode.core.thematic_map import NodeKind, ThematicMap

THEME_FILL = "#F2F2F2"
THEME_EDGE = "#333333"


def _wrap(label: str, width: int = 18) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines[:3])


#: Beyond this many code nodes a printed map is unreadable: draw themes and their links only.
MAX_CODE_NODES = 80


def themes_only(tmap: ThematicMap) -> ThematicMap:
    """The map without its code nodes (and their links)."""
    keep = {n.id for n in tmap.nodes if n.kind is NodeKind.THEME}
    return ThematicMap(
        tuple(n for n in tmap.nodes if n.id in keep),
        tuple(k for k in tmap.links if k.source_id in keep and k.target_id in keep),
        {k: v for k, v in tmap.labels.items() if k in keep}, {},
    )


def render_map_png(tmap: ThematicMap, membership: Sequence[tuple[int, int]] = (), *,
                   width_in: float = 6.3, dpi: int = 170) -> bytes:
    """PNG bytes of the map, sized for a portrait page's text width (6.3 in).

    With more than :data:`MAX_CODE_NODES` codes on the map only themes are drawn.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if sum(1 for n in tmap.nodes if n.kind is NodeKind.CODE) > MAX_CODE_NODES:
        tmap, membership = themes_only(tmap), ()

    nodes = {n.id: n for n in tmap.nodes}
    xs = [n.x for n in tmap.nodes] or [0.0]
    ys = [n.y for n in tmap.nodes] or [0.0]
    # room for the labels around the outermost nodes, in scene units
    x0, x1 = min(xs) - 110, max(xs) + 110
    y0, y1 = min(ys) - 70, max(ys) + 70
    height_in = min(max(width_in * (y1 - y0) / (x1 - x0), 2.4), 7.0)
    # widen the shorter side so one scene unit is as long across as down (no distortion)
    ratio = height_in / width_in
    if (y1 - y0) < (x1 - x0) * ratio:
        grow = ((x1 - x0) * ratio - (y1 - y0)) / 2
        y0, y1 = y0 - grow, y1 + grow
    else:
        grow = ((y1 - y0) / ratio - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    fig = Figure(figsize=(width_in, height_in), dpi=dpi, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_axis_off()
    ax.set_xlim(x0, x1)
    ax.set_ylim(y1, y0)  # inverted: scene y grows downwards
    with warnings.catch_warnings():
        # a label with a glyph the font lacks should not stop the report
        warnings.simplefilter("ignore")
        boxes = {}
        for node in tmap.nodes:
            label = _wrap(tmap.labels.get(node.id, "?"))
            if node.kind is NodeKind.THEME:
                boxes[node.id] = ax.text(
                    node.x, node.y, label, fontsize=8.5, fontweight="bold", ha="center", va="center", zorder=5, parse_math=False,
                    bbox={"boxstyle": "round,pad=0.5,rounding_size=0.6", "facecolor": THEME_FILL,
                          "edgecolor": THEME_EDGE, "linewidth": 1.2})
            else:
                colour = tmap.colours.get(node.id, "#BBBBBB")
                boxes[node.id] = ax.text(
                    node.x, node.y, label, fontsize=6.5, ha="center", va="center", zorder=5, parse_math=False,
                    bbox={"boxstyle": "round4,pad=0.35", "facecolor": colour + "55", "edgecolor": colour,
                          "linewidth": 1.0})
        for theme_node, code_node in membership:
            a, b = nodes.get(theme_node), nodes.get(code_node)
            if a and b:
                ax.plot([a.x, b.x], [a.y, b.y], color="#9E9E9E", linewidth=0.8, zorder=1)
        for link in tmap.links:
            a, b = nodes.get(link.source_id), nodes.get(link.target_id)
            if not (a and b):
                continue
            # clip the arrow at the boxes' edges so its head is never hidden under a box
            ax.annotate("", xy=(b.x, b.y), xytext=(a.x, a.y), zorder=6, arrowprops={
                "arrowstyle": "-|>,head_length=0.6,head_width=0.3", "color": "#333333", "linewidth": 1.2,
                "patchA": boxes[a.id].get_bbox_patch(), "patchB": boxes[b.id].get_bbox_patch(),
                "shrinkA": 1, "shrinkB": 1, "connectionstyle": "arc3,rad=0.08"})
            if link.label:
                ax.text((a.x + b.x) / 2, (a.y + b.y) / 2, _wrap(link.label, 22), fontsize=6.5,
                        style="italic", ha="center", va="center", color="#222222", zorder=7, parse_math=False,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                              "alpha": 0.9})
        canvas.draw()
        rgba = canvas.buffer_rgba()
        from PIL import Image

        # RGB, no alpha: some PDF converters grey out images with an alpha channel
        image = Image.frombuffer("RGBA", canvas.get_width_height(), rgba, "raw", "RGBA", 0, 1).convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
    return buffer.getvalue()
