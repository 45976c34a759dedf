"""Theme and map commands on the real undo stack: undo restores, redo brings back the same ids."""

from __future__ import annotations

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.thematic_map import NodeKind
from qualcode.core.theme import ThemeStatus
from qualcode.services.codebook import code_examples
from qualcode.services.codebook import codes as codebook
from qualcode.services.themes import thematic_map
from qualcode.services.themes import theme_edits as themes
from qualcode.services.codebook.code_details import code_segments
from qualcode.services.codebook.codebook_io import seed_codebook_path
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.code_example_commands import ImportCodebookCommand, SetCodeExampleCommand
from qualcode.ui.commands.theme_commands import (
    AddCodesToThemeCommand,
    AddLinkCommand,
    AutoLayoutCommand,
    CreateThemeCommand,
    DeleteThemeCommand,
    MoveNodeCommand,
    PlaceNodeCommand,
    RelabelLinkCommand,
    RemoveCodesFromThemeCommand,
    RemoveNodeCommand,
    UpdateThemeCommand,
)
from tests.ui.themes_fixtures import themed  # noqa: F401 - fixture


def _themes(project):
    return {t.id: t for t in themes.list_themes(project)}


def test_create_rename_add_remove_delete_with_undo_redo(themed, project):
    session, b = themed
    stack = session.undo_stack
    create = CreateThemeCommand(session, "Belonging", code_ids=[b.codes["Lecture slides"]])
    push_command(session, create)
    tid = create.theme.id
    push_command(session, PlaceNodeCommand(session, NodeKind.THEME, tid, 50, 60))
    push_command(session, AddCodesToThemeCommand(session, tid, [b.codes["Workload"], b.codes["Lecture slides"]], "add"))
    assert _themes(project)[tid].code_ids == (b.codes["Workload"], b.codes["Lecture slides"]) or \
        set(_themes(project)[tid].code_ids) == {b.codes["Workload"], b.codes["Lecture slides"]}
    stack.undo()  # only Workload was new: only it goes
    assert _themes(project)[tid].code_ids == (b.codes["Lecture slides"],)
    stack.redo()
    push_command(session, RemoveCodesFromThemeCommand(session, tid, [b.codes["Lecture slides"]], "rm"))
    assert _themes(project)[tid].code_ids == (b.codes["Workload"],)
    stack.undo()
    assert set(_themes(project)[tid].code_ids) == {b.codes["Workload"], b.codes["Lecture slides"]}
    old = _themes(project)[tid]
    from dataclasses import replace

    push_command(session, UpdateThemeCommand(session, replace(old, name="Finding peers", status=ThemeStatus.REVIEWED),
                                             "rename"))
    assert _themes(project)[tid].name == "Finding peers"
    stack.undo()
    assert _themes(project)[tid] == old
    push_command(session, DeleteThemeCommand(session, old))
    assert tid not in _themes(project) and thematic_map.get_map(project).nodes == ()
    stack.undo()  # theme, its codes and its map node come back
    assert _themes(project)[tid] == old
    assert [(n.ref_id, n.x, n.y) for n in thematic_map.get_map(project).nodes] == [(tid, 50.0, 60.0)]
    # undo everything down to before the creation, then redo all: the same id throughout
    while stack.canUndo():
        stack.undo()
    assert tid not in _themes(project)
    while stack.canRedo():
        stack.redo()
    assert tid not in _themes(project)  # the last step was the delete
    stack.undo()
    assert _themes(project)[tid] == old


def test_a_refused_edit_leaves_nothing_on_the_stack(themed, project):
    session, b = themed
    with pytest.raises(ValidationError, match="already a theme"):
        push_command(session, CreateThemeCommand(session, "struggling with materials"))
    assert session.undo_stack.count() == 0


def test_map_commands_undo_redo(themed, project):
    session, b = themed
    stack = session.undo_stack
    place_t = PlaceNodeCommand(session, NodeKind.THEME, b.themes["Struggling with materials"], 0, 0)
    place_c = PlaceNodeCommand(session, NodeKind.CODE, b.codes["Lecture slides"], 100, 40)
    push_command(session, place_t)
    push_command(session, place_c)
    t_id, c_id = place_t.node.id, place_c.node.id
    link = AddLinkCommand(session, c_id, t_id, "part of")
    push_command(session, link)
    push_command(session, RelabelLinkCommand(session, link.link.id, "evidence for"))
    push_command(session, MoveNodeCommand(session, c_id, 220.5, -30))
    m = thematic_map.get_map(project)
    assert [(k.source_id, k.target_id, k.label) for k in m.links] == [(c_id, t_id, "evidence for")]
    assert {(n.id, n.x, n.y) for n in m.nodes} == {(t_id, 0.0, 0.0), (c_id, 220.5, -30.0)}
    stack.undo()
    assert {(n.id, n.x, n.y) for n in thematic_map.get_map(project).nodes} == {(t_id, 0.0, 0.0), (c_id, 100.0, 40.0)}
    stack.undo()
    assert thematic_map.get_map(project).links[0].label == "part of"
    push_command(session, RemoveNodeCommand(session, c_id))  # takes its link with it
    assert thematic_map.get_map(project).links == ()
    stack.undo()
    assert [k.id for k in thematic_map.get_map(project).links] == [link.link.id]
    for _ in range(3):
        stack.undo()  # link, code node, theme node
    assert thematic_map.get_map(project).nodes == ()
    for _ in range(3):
        stack.redo()
    m = thematic_map.get_map(project)
    assert {n.id for n in m.nodes} == {t_id, c_id} and m.links[0].id == link.link.id


def test_auto_layout_undo_removes_added_nodes_and_moves_back(themed, project):
    session, b = themed
    place = PlaceNodeCommand(session, NodeKind.THEME, b.themes["Demanding but worthwhile"], 7, 8)
    push_command(session, place)
    push_command(session, AutoLayoutCommand(session))
    laid = thematic_map.get_map(project)
    # 2 themes + their own codes (Workload, Value of the course, Lecture slides) = 5 nodes
    assert len(laid.nodes) == 5
    ids = {n.id for n in laid.nodes}
    session.undo_stack.undo()
    assert [(n.id, n.x, n.y) for n in thematic_map.get_map(project).nodes] == [(place.node.id, 7.0, 8.0)]
    session.undo_stack.redo()
    again = thematic_map.get_map(project)
    assert {n.id for n in again.nodes} == ids
    assert {(n.id, n.x, n.y) for n in again.nodes} == {(n.id, n.x, n.y) for n in laid.nodes}


def test_choose_example_and_import_codebook_undo(themed, project):
    session, b = themed
    code_id = b.codes["Value of the course"]
    segments = code_segments(project, code_id)
    assert len(segments) == 2  # career (id1) and learning (id3), hand-coded
    push_command(session, SetCodeExampleCommand(session, code_id, segments[0]["segment_id"], "typical"))
    assert code_examples.code_examples(project, code_id) == {"typical": segments[0]["segment_id"]}
    session.undo_stack.undo()
    assert code_examples.code_examples(project, code_id) == {}
    assert codebook.list_codes(project)[code_id].example == ""
    before = codebook.list_codes(project)
    push_command(session, ImportCodebookCommand(session, seed_codebook_path()))
    after = codebook.list_codes(project)
    assert len(after) > len(before)
    session.undo_stack.undo()
    assert codebook.list_codes(project) == before
    session.undo_stack.redo()
    assert {c.name for c in codebook.list_codes(project).values()} == {c.name for c in after.values()}
