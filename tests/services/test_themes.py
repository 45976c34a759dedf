"""Theme services: CRUD with undo snapshots (same ids), sub-themes, codes, map, review flags."""

from __future__ import annotations

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.thematic_map import NodeKind
from qualcode.core.theme import ThemeStatus
from qualcode.services.themes import thematic_map
from qualcode.services.themes import theme_edits as themes
from qualcode.services.themes.theme_review import theme_review, themes_overview
from tests.services.theme_project import QUOTES, build


def _state(project):
    with project.unit_of_work() as uow:
        return uow.themes.all(), thematic_map.get_map(project)


def test_status_definition_and_update_undo(project, coder):
    b = build(project, coder.id)
    tid = b.themes["Struggling with materials"]
    old = themes.set_theme_status(project, tid, ThemeStatus.REVIEWED).value
    assert old.status is ThemeStatus.CANDIDATE
    assert themes.get_theme(project, tid).status is ThemeStatus.REVIEWED
    themes.define_theme(project, tid, definition="Slides overload students.", name="Overloaded by slides")
    got = themes.get_theme(project, tid)
    assert (got.name, got.definition, got.status) == ("Overloaded by slides", "Slides overload students.",
                                                      ThemeStatus.REVIEWED)
    themes.update_theme(project, old)  # undo back to the very first state
    assert themes.get_theme(project, tid) == old


def test_names_unique_and_no_cycles(project, coder):
    b = build(project, coder.id)
    with pytest.raises(ValidationError):
        themes.create_theme(project, "demanding BUT worthwhile")
    parent = b.themes["Demanding but worthwhile"]
    child = themes.create_theme(project, "Assignments", parent_id=parent).value
    with pytest.raises(ValidationError):
        themes.set_theme_parent(project, parent, child.id)
    with pytest.raises(ValidationError):
        themes.create_theme(project, "Orphan", code_ids=[9999])


def test_add_remove_codes_return_only_what_changed(project, coder):
    b = build(project, coder.id)
    tid = b.themes["Struggling with materials"]
    added = themes.add_codes_to_theme(project, tid, [b.codes["Lecture slides"], b.codes["Workload"]]).value
    assert added == (b.codes["Workload"],)  # slides were already there
    removed = themes.remove_codes_from_theme(project, tid, list(added)).value
    assert removed == added
    assert themes.get_theme(project, tid).code_ids == (b.codes["Lecture slides"],)


def test_delete_theme_with_subtheme_and_map_restores_same_ids(project, coder):
    b = build(project, coder.id)
    parent = b.themes["Demanding but worthwhile"]
    child = themes.create_theme(project, "Assignments", parent_id=parent,
                                code_ids=[b.codes["Too many assignments"]]).value
    n1, _ = thematic_map.place_node(project, NodeKind.THEME, parent, 0, 0).value
    n2, _ = thematic_map.place_node(project, NodeKind.THEME, b.themes["Struggling with materials"], 300, 0).value
    n3, _ = thematic_map.place_node(project, NodeKind.CODE, b.codes["Lecture slides"], 300, 100).value
    thematic_map.add_link(project, n1.id, n2.id, "slides add to the load")
    thematic_map.add_link(project, n3.id, n2.id, "")
    before = _state(project)
    snapshot = themes.delete_theme(project, parent).value
    remaining, tmap = _state(project)
    assert {t.id for t in remaining} == {b.themes["Struggling with materials"]}  # sub-theme went too
    assert [k.label for k in tmap.links] == [""]  # the link from the deleted theme's node went
    assert [t.id for t in snapshot.themes] == [parent, child.id]  # parents first
    themes.restore_theme(project, snapshot)
    assert _state(project) == before


def test_map_links_moves_and_undo(project, coder):
    b = build(project, coder.id)
    node, created = thematic_map.place_node(project, NodeKind.CODE, b.codes["Workload"], 10, 20).value
    assert created
    again, created = thematic_map.place_node(project, NodeKind.CODE, b.codes["Workload"], 50, 60).value
    assert not created and again.id == node.id and (again.x, again.y) == (50, 60)
    other, _ = thematic_map.place_node(project, NodeKind.THEME, b.themes["Struggling with materials"], 0, 0).value
    with pytest.raises(ValidationError):
        thematic_map.add_link(project, node.id, node.id, "self")
    link = thematic_map.add_link(project, node.id, other.id, "feeds").value
    assert thematic_map.relabel_link(project, link.id, "feeds into").value.label == "feeds"
    before = thematic_map.get_map(project)
    snap = thematic_map.remove_node(project, node.id).value
    assert thematic_map.get_map(project).links == ()
    thematic_map.restore_map_items(project, snap)
    assert thematic_map.get_map(project) == before
    assert before.labels[node.id] == "Workload"


def test_auto_layout_places_every_theme_and_its_codes(project, coder):
    b = build(project, coder.id)
    old = thematic_map.auto_layout(project).value
    assert old == {}  # nothing was on the map before
    tmap = thematic_map.get_map(project)
    kinds = sorted((n.kind.value, tmap.labels[n.id]) for n in tmap.nodes)
    assert kinds == [("code", "Lecture slides"), ("code", "Value of the course"), ("code", "Workload"),
                     ("theme", "Demanding but worthwhile"), ("theme", "Struggling with materials")]
    positions = {(n.x, n.y) for n in tmap.nodes}
    assert len(positions) == 5  # no two nodes on top of each other


def test_review_groups_by_case_with_hand_checked_coverage(project, coder):
    b = build(project, coder.id)
    review = theme_review(project, b.themes["Demanding but worthwhile"])
    # Workload's sub-code counts for the theme: id1 and id3 complain, id1 and id3 value the course
    assert review.coverage.cases_label == "2/3"
    assert [g.case_key for g in review.groups] == ["id1", "id3"]
    by_case = {g.case_key: sorted(r["text"] for r in g.segments) for g in review.groups}
    assert by_case == {"id1": sorted([QUOTES["assign_id1"], QUOTES["career_id1"]]),
                       "id3": sorted([QUOTES["assign_id3"], QUOTES["learning_id3"]])}
    assert b.codes["Too many assignments"] in review.code_ids
    assert not review.coverage.thin  # 2/3 = 67 %


def test_thin_and_overlap_flags(project, coder):
    b = build(project, coder.id)
    overview = themes_overview(project)
    slides = overview[b.themes["Struggling with materials"]]
    assert slides.cases_label == "1/3" and not slides.thin  # 33 % is not below 20 %
    # A theme sharing the career code overlaps "Demanding but worthwhile" on every segment
    career = themes.create_theme(project, "Career", code_ids=[b.codes["Value of the course"]]).value
    overview = themes_overview(project)
    assert overview[career.id].overlapping == {b.themes["Demanding but worthwhile"]: 1.0}
    # the other way round only 2 of its 4 segments co-occur with Career: exactly 50 %, flagged
    assert overview[b.themes["Demanding but worthwhile"]].overlaps[career.id] == 0.5
    # a sub-theme never 'overlaps' its parent
    sub = themes.create_theme(project, "Assignments", parent_id=b.themes["Demanding but worthwhile"],
                              code_ids=[b.codes["Too many assignments"]]).value
    overview = themes_overview(project)
    assert b.themes["Demanding but worthwhile"] not in overview[sub.id].overlaps


def test_thin_below_twenty_percent():
    from qualcode.core.theme_review import ThemeCoverage

    assert ThemeCoverage(1, 3, 1, 5, 27).thin  # 5/27 = 18.5 %
    assert not ThemeCoverage(1, 3, 1, 6, 27).thin  # 22 %
    assert not ThemeCoverage(1, 0, 0, 0, 0).thin  # no cases: no verdict
