"""Destructive codebook operations return snapshots; restoring them is the identity."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder, new_project

TEXT = "In the shelter I was a number, but in the peer group I was a person again. " * 4


def _state(project):
    with project.unit_of_work() as uow:
        return uow.codes.all(), sorted(uow.segments.all(), key=lambda s: s.id), sorted(
            (t.id, t.code_ids) for t in uow.themes.all()
        )


def _build(project, coder_id, n_codes, spans):
    doc = add_document(project, "P07", TEXT).value
    root = codebook.add_code(project, "Social").value
    ids = [root.id]
    for i in range(n_codes):
        parent = ids[i % len(ids)]
        ids.append(codebook.add_code(project, f"code {i}", parent_id=parent).value.id)
    for j, (a, b) in enumerate(spans):
        try:
            coding.apply_code(project, doc.id, Span(a, b), ids[j % len(ids)], coder_id)
        except ValidationError:
            pass  # same code on the same span twice is refused, by design
    return doc, ids


span_lists = st.lists(
    st.tuples(st.integers(0, 100), st.integers(1, 50)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n_codes=st.integers(0, 5), spans=span_lists, pick=st.integers(0, 5))
def test_delete_then_restore_is_identity_with_same_ids(tmp_path_factory, n_codes, spans, pick):
    project = new_project(tmp_path_factory.mktemp("p") / "s.qcproj")
    coder = ensure_coder(project, "A")
    _, ids = _build(project, coder.id, n_codes, spans)
    with project.unit_of_work() as uow:
        from qualcode.core.theme import Theme

        uow.themes.add(Theme(0, "Belonging", code_ids=tuple(ids[:2])))
    before = _state(project)
    victim = ids[pick % len(ids)]
    snapshot = codebook.delete_code(project, victim).value
    assert victim not in _state(project)[0]
    codebook.restore_code(project, snapshot)
    assert _state(project) == before
    project.close()


def test_delete_coding_then_restore_keeps_ids(project, coder):
    doc = add_document(project, "P01", TEXT).value
    code = codebook.add_code(project, "Peer support").value
    seg = coding.apply_code(project, doc.id, Span(3, 14), code.id, coder.id).value
    snap = coding.remove_codings(project, [seg.id]).value
    assert coding.segments_of_document(project, doc.id) == []
    coding.restore_codings(project, snap)
    assert coding.segments_of_document(project, doc.id) == [seg]


def test_merge_moves_segments_and_unmerge_restores(project, coder):
    doc = add_document(project, "P01", TEXT).value
    a = codebook.add_code(project, "Peers").value
    b = codebook.add_code(project, "Peer support").value
    child = codebook.add_code(project, "Peer mentors", parent_id=a.id).value
    s1 = coding.apply_code(project, doc.id, Span(0, 10), a.id, coder.id).value
    coding.apply_code(project, doc.id, Span(20, 30), a.id, coder.id)
    coding.apply_code(project, doc.id, Span(20, 30), b.id, coder.id)  # duplicate after merge
    before = _state(project)
    snap = codebook.merge_codes(project, a.id, b.id).value
    codes, segments, _ = _state(project)
    assert a.id not in codes and codes[child.id].parent_id == b.id
    assert {(s.span.start, s.code_id) for s in segments} == {(0, b.id), (20, b.id)}
    assert any(s.id == s1.id and s.code_id == b.id for s in segments)
    codebook.unmerge_codes(project, snap)
    assert _state(project) == before


def test_moving_a_code_under_its_own_child_is_refused(project):
    a = codebook.add_code(project, "Legal").value
    b = codebook.add_code(project, "Legal aid", parent_id=a.id).value
    with pytest.raises(ValidationError, match="under itself"):
        codebook.move_code(project, a.id, b.id)


def test_duplicate_sibling_names_are_refused(project):
    codebook.add_code(project, "Stigma")
    with pytest.raises(ValidationError, match="already a code"):
        codebook.add_code(project, "stigma ")


def test_rename_records_history(project, coder):
    code = codebook.add_code(project, "Stgma").value
    old = codebook.rename_code(project, code.id, "Stigma", coder_id=coder.id).value
    assert old.name == "Stgma"
    with project.unit_of_work() as uow:
        history = uow.codes.history(code.id)
    assert [(h[1], h[2], h[3], h[4]) for h in history] == [(coder.id, "name", "Stgma", "Stigma")]


def test_coding_outside_the_text_is_refused_and_nothing_is_written(project, coder):
    doc = add_document(project, "P01", "short").value
    code = codebook.add_code(project, "X").value
    with pytest.raises(ValidationError, match="past the end"):
        coding.apply_code(project, doc.id, Span(2, 50), code.id, coder.id)
    assert coding.segments_of_document(project, doc.id) == []


def test_in_vivo_makes_a_code_from_the_words(project, coder):
    doc = add_document(project, "P07", TEXT).value
    start = TEXT.index("a person again")
    result = coding.code_in_vivo(project, doc.id, Span(start, start + 14), coder.id).value
    assert result.code.name == "a person again"
    assert result.code.origin.value == "in-vivo"
    assert result.segment.code_id == result.code.id


def test_delete_code_then_restore_brings_back_its_map_nodes_links_and_examples(project, coder):
    from qualcode.core.thematic_map import NodeKind
    from qualcode.services.codebook import code_examples
    from qualcode.services.themes import thematic_map
    from qualcode.services.themes import theme_edits as themes

    doc = add_document(project, "P07", TEXT).value
    peer = codebook.add_code(project, "Peer support").value
    mentor = codebook.add_code(project, "Peer mentors", parent_id=peer.id).value
    other = codebook.add_code(project, "Stigma").value
    seg = coding.apply_code(project, doc.id, Span(35, 51), mentor.id, coder.id).value
    theme = themes.create_theme(project, "Belonging", code_ids=[peer.id]).value
    t_node = thematic_map.place_node(project, NodeKind.THEME, theme.id, 0, 0).value[0]
    p_node = thematic_map.place_node(project, NodeKind.CODE, peer.id, 120.5, -40).value[0]
    m_node = thematic_map.place_node(project, NodeKind.CODE, mentor.id, 200, 10).value[0]
    o_node = thematic_map.place_node(project, NodeKind.CODE, other.id, -90, 60).value[0]
    l1 = thematic_map.add_link(project, p_node.id, t_node.id, "part of").value
    l2 = thematic_map.add_link(project, o_node.id, m_node.id, "undermines").value
    l3 = thematic_map.add_link(project, o_node.id, t_node.id, "contrasts").value
    code_examples.set_code_example(project, mentor.id, seg.id, "typical")
    before_map = thematic_map.get_map(project)

    snap = codebook.delete_code(project, peer.id).value
    after = thematic_map.get_map(project)
    # the cascade took the two code nodes and both links touching them; the rest stays
    assert {n.id for n in after.nodes} == {t_node.id, o_node.id}
    assert [k.id for k in after.links] == [l3.id]

    codebook.restore_code(project, snap)
    restored = thematic_map.get_map(project)
    assert restored.nodes == before_map.nodes
    assert {(k.id, k.source_id, k.target_id, k.label) for k in restored.links} == {
        (l1.id, p_node.id, t_node.id, "part of"), (l2.id, o_node.id, m_node.id, "undermines"),
        (l3.id, o_node.id, t_node.id, "contrasts")}
    assert (120.5, -40.0) in {(n.x, n.y) for n in restored.nodes}
    assert code_examples.code_examples(project, mentor.id) == {"typical": seg.id}


def test_merge_then_unmerge_brings_back_the_source_map_node(project, coder):
    from qualcode.core.thematic_map import NodeKind
    from qualcode.services.themes import thematic_map

    a = codebook.add_code(project, "Peers").value
    b = codebook.add_code(project, "Peer support").value
    na = thematic_map.place_node(project, NodeKind.CODE, a.id, 10, 20).value[0]
    nb = thematic_map.place_node(project, NodeKind.CODE, b.id, 30, 40).value[0]
    link = thematic_map.add_link(project, na.id, nb.id, "same as?").value
    snap = codebook.merge_codes(project, a.id, b.id).value
    assert [n.id for n in thematic_map.get_map(project).nodes] == [nb.id]
    codebook.unmerge_codes(project, snap)
    tmap = thematic_map.get_map(project)
    assert [n.id for n in tmap.nodes] == [na.id, nb.id]
    assert tmap.links[0].id == link.id and tmap.links[0].label == "same as?"


def test_in_vivo_twice_reuses_the_code_and_never_leaves_an_orphan_code(project, coder):
    doc = add_document(project, "P07", TEXT).value
    first = TEXT.index("a person again")
    second = TEXT.index("a person again", first + 1)
    one = coding.code_in_vivo(project, doc.id, Span(first, first + 14), coder.id).value
    two = coding.code_in_vivo(project, doc.id, Span(second, second + 14), coder.id).value
    assert one.created and not two.created and two.code.id == one.code.id
    # the same selection again is refused, and no extra code is left behind
    with pytest.raises(ValidationError, match="already coded"):
        coding.code_in_vivo(project, doc.id, Span(first, first + 14), coder.id)
    assert [c.name for c in codebook.list_codes(project).values()] == ["a person again"]
