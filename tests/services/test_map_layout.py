"""The demo's thematic map after auto-layout: no label box on another, no line through a third box."""

from __future__ import annotations

from itertools import combinations

import pytest

from qualcode.core.thematic_map import NodeKind
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.themes.thematic_map import get_map, label_box


@pytest.fixture(scope="module")
def demo_map(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("map") / "Demo.qcproj")
    try:
        with project.unit_of_work() as uow:
            membership = [(t.id, c) for t in uow.themes.all() for c in t.code_ids]
        yield get_map(project), membership
    finally:
        project.close()


def _boxes(tmap):
    return {n.id: (n.x, n.y, *label_box(tmap.labels[n.id], n.kind is NodeKind.THEME)) for n in tmap.nodes}


def _segment_hits_box(p, q, box, margin=2.0) -> bool:
    """Liang–Barsky clip of segment p-q against the box (centre x, y, w, h) shrunk by a margin."""
    x, y, w, h = box
    xmin, xmax, ymin, ymax = x - w / 2 + margin, x + w / 2 - margin, y - h / 2 + margin, y + h / 2 - margin
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


def crossings(tmap, membership) -> list[tuple[int, int, int]]:
    """(a, b, c): the straight line between nodes a and b passes through node c's box."""
    boxes = _boxes(tmap)
    node_of = {(n.kind, n.ref_id): n.id for n in tmap.nodes}
    edges = [(k.source_id, k.target_id) for k in tmap.links]
    edges += [(node_of[(NodeKind.THEME, t)], node_of[(NodeKind.CODE, c)]) for t, c in membership
              if (NodeKind.THEME, t) in node_of and (NodeKind.CODE, c) in node_of]
    hits = []
    for a, b in edges:
        p, q = boxes[a][:2], boxes[b][:2]
        hits += [(a, b, c) for c in boxes if c not in (a, b) and _segment_hits_box(p, q, boxes[c])]
    return hits


def test_no_two_label_boxes_overlap(demo_map):
    tmap, _ = demo_map
    boxes = _boxes(tmap)
    overlapping = []
    for a, b in combinations(boxes, 2):
        (ax, ay, aw, ah), (bx, by, bw, bh) = boxes[a], boxes[b]
        if abs(ax - bx) < (aw + bw) / 2 and abs(ay - by) < (ah + bh) / 2:
            overlapping.append((tmap.labels[a], tmap.labels[b]))
    assert overlapping == []


def test_no_link_or_membership_line_crosses_a_third_box(demo_map):
    tmap, membership = demo_map
    hits = crossings(tmap, membership)
    assert [(tmap.labels[a], tmap.labels[b], tmap.labels[c]) for a, b, c in hits] == []
