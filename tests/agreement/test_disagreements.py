"""Disagreements unit by unit, the team's decisions (kept, undoable) and the reference coder."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.core.errors import QualCodeError
from qualcode.core.span import Span
from qualcode.core.team import DecisionKind
from qualcode.services.coding.retrieval import find_code_by_path
from qualcode.services.coding.segments import apply_named_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import list_coders, load_project, new_project
from qualcode.services.team.disagreements import (
    CONSENSUS_CODER,
    DecideOperation,
    disagreements,
    list_decisions,
    set_reference_coder,
)

TEXT = "One. Two. Three. Four."


def _code(project, coder: str, start: int, end: int, name: str = "Stress") -> None:
    apply_named_code(project, 1, Span(start, end), find_code_by_path(project, name), name, coder)


@pytest.fixture
def project(tmp_path: Path):
    proj = new_project(tmp_path / "team.qcproj")
    add_document(proj, "D1", TEXT)
    _code(proj, "Ana", 0, 9)
    _code(proj, "Ben", 0, 4)
    _code(proj, "Ben", 10, 16)
    yield proj
    proj.close()


def _ids(project) -> tuple[int, int]:
    coders = {c.name: c.id for c in list_coders(project)}
    return coders["Ana"], coders["Ben"]


def _consensus_spans(project) -> list[tuple[int, int]]:
    with project.unit_of_work(write=False) as uow:
        consensus = {c.name: c.id for c in uow.coders.all()}.get(CONSENSUS_CODER)
        return sorted((s.span.start, s.span.end) for s in uow.segments.all() if s.coder_id == consensus)


def test_sentence_disagreements_are_the_units_where_codes_differ(project):
    a, b = _ids(project)
    units = disagreements(project, a, b, unit="sentence")
    assert [(u.start, u.end, u.text) for u in units] == [(5, 9, "Two."), (10, 16, "Three.")]
    assert units[0].codes_a and not units[0].codes_b


def test_accept_merge_and_memo_are_kept_and_undoable(project):
    a, b = _ids(project)
    two, three = disagreements(project, a, b, unit="sentence")
    accept = DecideOperation(project, two, DecisionKind.ACCEPT_A, coder_a=a, coder_b=b)
    accept.do()
    assert _consensus_spans(project) == [(0, 9)]  # Ana's whole coding, not cut to the sentence
    memo = DecideOperation(project, three, DecisionKind.MEMO, coder_a=a, coder_b=b, memo="Ben reads 'Three' as stress")
    memo.do()
    assert [(d.decision, d.memo) for d in list_decisions(project)] == [
        (DecisionKind.ACCEPT_A, ""), (DecisionKind.MEMO, "Ben reads 'Three' as stress")]
    # the coders' own codings are untouched, and the decision shows on its unit
    assert [u.decision.decision if u.decision else None for u in disagreements(project, a, b)] == [
        DecisionKind.ACCEPT_A, DecisionKind.MEMO]
    accept.undo()
    assert _consensus_spans(project) == []
    assert [d.decision for d in list_decisions(project)] == [DecisionKind.MEMO]
    accept.do()  # redo: same ids back
    assert _consensus_spans(project) == [(0, 9)]
    assert len(list_decisions(project)) == 2


def test_merge_takes_both_coders_codings(project):
    _code(project, "Ana", 10, 16, name="Hope")  # sentence 3: Ana says Hope, Ben says Stress
    a, b = _ids(project)
    three = next(u for u in disagreements(project, a, b, unit="sentence") if u.start == 10)
    DecideOperation(project, three, DecisionKind.MERGE, coder_a=a, coder_b=b).do()
    with project.unit_of_work(write=False) as uow:
        consensus = {c.name: c.id for c in uow.coders.all()}[CONSENSUS_CODER]
        names = {c.id: c.name for c in uow.codes.all().values()}
        merged = sorted((names[s.code_id], s.span.start, s.span.end) for s in uow.segments.all()
                        if s.coder_id == consensus)
    assert merged == [("Hope", 10, 16), ("Stress", 10, 16)]


def test_decisions_survive_reopening(project, tmp_path):
    a, b = _ids(project)
    DecideOperation(project, disagreements(project, a, b)[0], DecisionKind.ACCEPT_B, coder_a=a, coder_b=b).do()
    location = project.location
    project.close()
    again = load_project(location)
    try:
        assert [d.decision for d in list_decisions(again)] == [DecisionKind.ACCEPT_B]
    finally:
        again.close()


def test_a_memo_decision_needs_text_and_coders_must_differ(project):
    a, b = _ids(project)
    with pytest.raises(QualCodeError, match="memo"):
        DecideOperation(project, disagreements(project, a, b)[0], DecisionKind.MEMO, coder_a=a, coder_b=b).do()
    assert list_decisions(project) == []
    with pytest.raises(QualCodeError, match="two different coders"):
        disagreements(project, a, a)


def test_one_reference_coder(project):
    a, b = _ids(project)
    assert set_reference_coder(project, a).value is None
    assert set_reference_coder(project, b).value == a
    assert [c.name for c in list_coders(project) if c.is_reference] == ["Ben"]
    with pytest.raises(QualCodeError, match="no coder with id 99"):
        set_reference_coder(project, 99)


def test_codebook_counts_for_one_coder(project):
    from qualcode.services.team.coder_counts import code_counts_for

    a, b = _ids(project)
    stress = find_code_by_path(project, "Stress").id
    assert code_counts_for(project, [a])[stress].segments == 1
    assert code_counts_for(project, [b])[stress].segments == 2
    assert code_counts_for(project, [a, b])[stress].documents == 1
    assert code_counts_for(project, []) == {}
