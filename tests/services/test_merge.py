"""Offline merge of two copies of one project coded apart, from the researcher's side."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.services.codebook.codes import (
    add_code,
    delete_code,
    list_codes,
    move_code,
    rename_code,
    update_code,
)
from qualcode.services.coding.memos import add_memo, edit_memo, find_memos
from qualcode.services.coding.segments import (
    apply_code,
    remove_codings,
    segments_of_document,
    set_segment_memo,
)
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder, load_project, new_project
from qualcode.services.team.merge import MergeInputError, merge_projects

TEXT = "In the peer group I was a person again. The nurses never listened to me at all."


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "base.qcproj"
    p = new_project(base)
    doc = add_document(p, "P01", TEXT).value
    coder = ensure_coder(p, "Dilnoza")
    parent = add_code(p, "Support").value
    peer = add_code(p, "Peer support", parent_id=parent.id).value
    add_code(p, "Services")
    add_code(p, "Zeta")  # the newest code: only ids below the newest shared one prove a deletion
    apply_code(p, doc.id, Span(3, 18), peer.id, coder.id)
    add_memo(p, MemoTarget.CODE, peer.id, "Peers as equals.", coder.id, title="Peer memo")
    p.close()
    a, b = tmp_path / "a.qcproj", tmp_path / "b.qcproj"
    shutil.copy(base, a)
    shutil.copy(base, b)
    return a, b


def _edit(path: Path, change: Callable[..., object]) -> None:
    p = load_project(path)
    try:
        change(p, {c.name: c for c in list_codes(p).values()}, ensure_coder(p, "Dilnoza").id)
    finally:
        p.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _merged(out: Path) -> tuple[dict[str, object], list[tuple[str, int, int, str]], list[str]]:
    p = load_project(out)
    try:
        codes = list_codes(p)
        by_name = {c.name: c for c in codes.values()}
        segs = [(codes[s.code_id].name, s.span.start, s.span.end, s.memo) for s in segments_of_document(p, 1)]
        memos = [m.text for m in find_memos(p)]
    finally:
        p.close()
    return by_name, sorted(segs), memos


def _kinds(report: object) -> list[str]:
    return sorted(c["kind"] for c in report.conflicts)  # type: ignore[attr-defined]


def test_inputs_unchanged_and_codings_from_both_sides_kept_once(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: apply_code(p, 1, Span(40, 60), c["Services"].id, me))
    _edit(b, lambda p, c, me: (apply_code(p, 1, Span(40, 60), c["Services"].id, me),
                               apply_code(p, 1, Span(0, 2), c["Support"].id, me)))
    before = (_digest(a), _digest(b))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert (_digest(a), _digest(b)) == before
    _, segs, _ = _merged(tmp_path / "out.qcproj")
    assert [s[:3] for s in segs] == [("Peer support", 3, 18), ("Services", 40, 60), ("Support", 0, 2)]
    assert report.counts["segments_already_coded"] == 1
    assert report.conflicts == []


def test_rename_on_one_side_and_edit_on_the_other_is_a_conflict_keeping_both_by_default(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: rename_code(p, c["Peer support"].id, "Peer solidarity", coder_id=me))
    _edit(b, lambda p, c, me: update_code(p, _with(c["Peer support"], definition="Help from equals"), coder_id=me))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert _kinds(report) == ["rename_vs_edit"]
    assert report.conflicts[0]["decision"] == "both"
    codes, _, _ = _merged(tmp_path / "out.qcproj")
    assert codes["Peer solidarity"].definition == "Help from equals"


def test_prefer_b_takes_b_s_whole_code(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: rename_code(p, c["Peer support"].id, "Peer solidarity", coder_id=me))
    _edit(b, lambda p, c, me: update_code(p, _with(c["Peer support"], definition="Help from equals"), coder_id=me))
    merge_projects(a, b, tmp_path / "out.qcproj", prefer="b")
    codes, _, _ = _merged(tmp_path / "out.qcproj")
    assert "Peer solidarity" not in codes and codes["Peer support"].definition == "Help from equals"


def test_move_on_one_side_and_edit_on_the_other_is_a_conflict(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: move_code(p, c["Peer support"].id, c["Services"].id, coder_id=me))
    _edit(b, lambda p, c, me: update_code(p, _with(c["Peer support"], colour="#000000"), coder_id=me))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert _kinds(report) == ["move_vs_edit"]
    codes, _, _ = _merged(tmp_path / "out.qcproj")
    assert codes["Peer support"].parent_id == codes["Services"].id and codes["Peer support"].colour == "#000000"


def test_both_renamed_differently_is_decided_per_decision_file(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: rename_code(p, c["Services"].id, "Health services", coder_id=me))
    _edit(b, lambda p, c, me: rename_code(p, c["Services"].id, "Care services", coder_id=me))
    report = merge_projects(a, b, tmp_path / "out1.qcproj")
    assert _kinds(report) == ["field_edited_both"]
    conflict_id = report.conflicts[0]["id"]
    assert (report.conflicts[0]["a"], report.conflicts[0]["b"]) == ("Health services", "Care services")
    merge_projects(a, b, tmp_path / "out2.qcproj", decisions={conflict_id: "b"})
    codes, _, _ = _merged(tmp_path / "out2.qcproj")
    assert "Care services" in codes and "Health services" not in codes


def test_rename_on_one_side_only_is_taken_without_conflict(copies, tmp_path):
    a, b = copies
    _edit(b, lambda p, c, me: rename_code(p, c["Services"].id, "Care services", coder_id=me))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert report.conflicts == []
    assert "Care services" in _merged(tmp_path / "out.qcproj")[0]


def test_code_deleted_on_one_side_and_coded_on_the_other_is_kept_by_default(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: delete_code(p, c["Services"].id))
    _edit(b, lambda p, c, me: apply_code(p, 1, Span(40, 60), c["Services"].id, me))
    report = merge_projects(a, b, tmp_path / "keep.qcproj")
    assert _kinds(report) == ["delete_vs_edit"] and report.conflicts[0]["decision"] == "keep"
    codes, segs, _ = _merged(tmp_path / "keep.qcproj")
    assert ("Services", 40, 60) in [s[:3] for s in segs]
    merge_projects(a, b, tmp_path / "gone.qcproj", prefer="a")
    codes, segs, _ = _merged(tmp_path / "gone.qcproj")
    assert "Services" not in codes and all(s[0] != "Services" for s in segs)


def test_code_deleted_on_one_side_and_untouched_on_the_other_is_deleted(copies, tmp_path):
    a, b = copies
    _edit(b, lambda p, c, me: delete_code(p, c["Services"].id))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert report.conflicts == [] and report.counts["codes_deleted_in_b"] == 1
    assert "Services" not in _merged(tmp_path / "out.qcproj")[0]


def test_coding_removed_on_one_side_and_memo_written_on_the_other_is_a_conflict(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: remove_codings(p, [1]))
    _edit(b, lambda p, c, me: set_segment_memo(p, 1, "Key quote"))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert _kinds(report) == ["delete_vs_edit"] and report.conflicts[0]["entity"] == "segment"
    assert ("Peer support", 3, 18, "Key quote") in _merged(tmp_path / "out.qcproj")[1]


def test_memo_edited_on_both_sides_keeps_both_texts_unless_decided(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: edit_memo(p, 1, "Peers as equals; A's reading."))
    _edit(b, lambda p, c, me: edit_memo(p, 1, "Peers as equals; B's reading."))
    report = merge_projects(a, b, tmp_path / "both.qcproj")
    assert _kinds(report) == ["memo_edited_both"]
    (memo,) = _merged(tmp_path / "both.qcproj")[2]
    assert "A's reading" in memo and "B's reading" in memo
    merge_projects(a, b, tmp_path / "a.out.qcproj", prefer="a")
    assert _merged(tmp_path / "a.out.qcproj")[2] == ["Peers as equals; A's reading."]


def test_segment_memo_edited_on_both_sides_is_a_conflict(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: set_segment_memo(p, 1, "from A"))
    _edit(b, lambda p, c, me: set_segment_memo(p, 1, "from B"))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert _kinds(report) == ["memo_edited_both"]
    assert _merged(tmp_path / "out.qcproj")[1][0][3] == "from A\n\nfrom B"


def test_new_codes_with_the_same_id_on_both_sides_stay_two_codes(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: apply_code(p, 1, Span(0, 2), add_code(p, "Hope").value.id, me))
    _edit(b, lambda p, c, me: apply_code(p, 1, Span(0, 2), add_code(p, "Fear").value.id, me))
    merge_projects(a, b, tmp_path / "out.qcproj")
    codes, segs, _ = _merged(tmp_path / "out.qcproj")
    assert {"Hope", "Fear"} <= set(codes)
    assert [s[0] for s in segs if s[1:3] == (0, 2)] == ["Fear", "Hope"]


def test_same_new_code_on_both_sides_is_matched_by_path_and_name(copies, tmp_path):
    a, b = copies
    _edit(a, lambda p, c, me: add_code(p, "Other"))
    _edit(b, lambda p, c, me: (add_code(p, "Stigma"), add_code(p, "Other")))
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    codes, _, _ = _merged(tmp_path / "out.qcproj")
    assert sorted(codes) == ["Other", "Peer support", "Services", "Stigma", "Support", "Zeta"]
    assert report.counts["codes_matched_by_name"] == 1


def test_bad_decision_and_existing_output_change_nothing(copies, tmp_path):
    a, b = copies
    out = tmp_path / "out.qcproj"
    with pytest.raises(MergeInputError, match="memo_edited_both:memo:99"):
        merge_projects(a, b, out, decisions={"memo_edited_both:memo:99": "no-such"})
    assert not out.exists()
    out.write_text("keep me")
    with pytest.raises(MergeInputError, match="out.qcproj"):
        merge_projects(a, b, out)
    assert out.read_text() == "keep me"


def test_cli_merge_json_lists_every_conflict(copies, tmp_path, capsys):
    from qualcode.cli.main import main

    a, b = copies
    _edit(a, lambda p, c, me: edit_memo(p, 1, "A"))
    _edit(b, lambda p, c, me: edit_memo(p, 1, "B"))
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps({"memo_edited_both:memo:1": "b"}))
    assert main([str(a), str(b), str(tmp_path / "o.qcproj"), "--json", "--decisions", str(decisions)][:0]
                + ["merge", str(a), str(b), str(tmp_path / "o.qcproj"), "--decisions", str(decisions), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["decision"], c["decided_by"]) for c in payload["conflicts"]] == [
        ("memo_edited_both:memo:1", "b", "decisions file")]


def _with(code: object, **changes: object) -> object:
    from dataclasses import replace

    return replace(code, **changes)  # type: ignore[type-var]


def test_themes_built_in_b_come_into_the_merge_with_their_codes_and_memos(copies, tmp_path):
    """Phase 3 done on one laptop, phase 4 on another: B's new themes, their sub-themes, their
    codes (also codes new in B) and theme memos must all reach the merged project."""
    from qualcode.services.codebook.codes import add_code as add
    from qualcode.services.themes.theme_edits import add_codes_to_theme, create_theme, list_themes

    a, b = copies

    def build_a(p, c, me):
        shared = create_theme(p, "Being believed").value
        add_codes_to_theme(p, shared.id, [c["Peer support"].id])

    def build_b(p, c, me):
        shared = create_theme(p, "being believed").value  # the same theme, typed apart
        add_codes_to_theme(p, shared.id, [c["Services"].id])
        parent = create_theme(p, "Rebuilding a life").value
        child = create_theme(p, "Work and school", parent_id=parent.id).value
        new_code = add(p, "School").value
        add_codes_to_theme(p, child.id, [new_code.id, c["Support"].id])
        add_memo(p, MemoTarget.THEME, child.id, "Education as a turning point.", me)

    _edit(a, build_a)
    _edit(b, build_b)
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    p = load_project(tmp_path / "out.qcproj")
    try:
        themes = {t.name: t for t in list_themes(p)}
        codes = list_codes(p)
        memos = {m.text: m for m in find_memos(p, target=MemoTarget.THEME)}
    finally:
        p.close()
    assert sorted(themes) == ["Being believed", "Rebuilding a life", "Work and school"]
    assert themes["Work and school"].parent_id == themes["Rebuilding a life"].id
    assert sorted(codes[i].name for i in themes["Being believed"].code_ids) == ["Peer support", "Services"]
    assert sorted(codes[i].name for i in themes["Work and school"].code_ids) == ["School", "Support"]
    assert memos["Education as a turning point."].target_id == themes["Work and school"].id
    assert report.counts["themes_added_from_b"] == 2 and report.counts["theme_codes_added_from_b"] == 3


def _suggestion(code_id: int, start: int, end: int, model: str = "wordllama") -> object:
    from qualcode.services.assistant import Suggestion

    return Suggestion(code_id, 1, start, end, TEXT[start:end], 0.5, None, "", (), model=model,
                      model_version="0.3|int8-1")


def _decisions(path: Path) -> list[tuple[str | None, str, int, int, str, str, str]]:
    from qualcode.services.assistant import assistant_decisions

    p = load_project(path)
    try:
        codes = list_codes(p)
        return sorted((codes[d.code_id].name if d.code_id is not None else None, d.code_name, d.start, d.end,
                       d.decision.value, d.coder, d.model) for d in assistant_decisions(p))
    finally:
        p.close()


def test_assistant_decisions_from_both_coders_are_kept_once_with_their_provenance(copies, tmp_path):
    from qualcode.services.assistant import reject_suggestion, skip_suggestion

    base = tmp_path / "base.qcproj"
    p = load_project(base)
    peer = {c.name: c for c in list_codes(p).values()}["Peer support"].id
    reject_suggestion(p, _suggestion(peer, 40, 60), peer, coder="Dilnoza")  # made before the copies
    p.close()
    a, b = tmp_path / "a2.qcproj", tmp_path / "b2.qcproj"
    shutil.copy(base, a)
    shutil.copy(base, b)
    _edit(a, lambda p, c, me: reject_suggestion(p, _suggestion(c["Services"].id, 0, 2), c["Services"].id,
                                                coder="Dilnoza"))

    def in_b(p: object, c: dict, me: int) -> None:
        trust = add_code(p, "Trust").value  # a code only B has: its decisions follow it
        reject_suggestion(p, _suggestion(trust.id, 40, 60, model="other-model"), trust.id, coder="Aziz")
        skip_suggestion(p, _suggestion(c["Peer support"].id, 0, 2), c["Peer support"].id, coder="Aziz")

    _edit(b, in_b)
    report = merge_projects(a, b, tmp_path / "out.qcproj")
    assert _decisions(tmp_path / "out.qcproj") == [
        ("Peer support", "Peer support", 0, 2, "skip", "Aziz", "wordllama"),
        ("Peer support", "Peer support", 40, 60, "reject", "Dilnoza", "wordllama"),  # once, not twice
        ("Services", "Services", 0, 2, "reject", "Dilnoza", "wordllama"),
        ("Trust", "Trust", 40, 60, "reject", "Aziz", "other-model"),
    ]
    assert report.counts["assistant_decisions_added_from_b"] == 2
    # the time of each decision travels too (a methods section reports when they were made)
    p, q = load_project(b), load_project(tmp_path / "out.qcproj")
    try:
        from qualcode.services.assistant import assistant_decisions

        assert {(d.coder, d.at) for d in assistant_decisions(p)} <= {(d.coder, d.at) for d in assistant_decisions(q)}
    finally:
        p.close()
        q.close()


def test_a_decision_taken_back_on_one_side_stays_gone(copies, tmp_path):
    from qualcode.services.assistant import reject_suggestion
    from qualcode.services.assistant.decisions import forget_decision

    base = tmp_path / "base.qcproj"
    p = load_project(base)
    peer = {c.name: c for c in list_codes(p).values()}["Peer support"].id
    decision = reject_suggestion(p, _suggestion(peer, 40, 60), peer, coder="Dilnoza")
    reject_suggestion(p, _suggestion(peer, 0, 2), peer, coder="Dilnoza")  # both copies still hold this one
    p.close()
    a, b = tmp_path / "a2.qcproj", tmp_path / "b2.qcproj"
    shutil.copy(base, a)
    shutil.copy(base, b)
    _edit(a, lambda p, c, me: forget_decision(p, decision.id))  # e.g. an accepted suggestion undone in A
    merge_projects(a, b, tmp_path / "out.qcproj")
    assert _decisions(tmp_path / "out.qcproj") == [
        ("Peer support", "Peer support", 0, 2, "reject", "Dilnoza", "wordllama")]
