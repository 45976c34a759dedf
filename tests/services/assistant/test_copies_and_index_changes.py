"""A passage said word for word in several places, coded everywhere in one accept (one undo
step), and the index telling the rest of the app when it changed, as any edit does."""

from __future__ import annotations

import pytest

from qualcode.core.changes import Changes
from qualcode.services.assistant import (
    IndexCancelled,
    SuggestionDecision,
    accept_suggestion,
    assistant_decisions,
    build_index,
    index_summary,
    suggest,
)
from qualcode.services.coding.segments import segments_of_document
from qualcode.services.operations.operation import OperationStack
from tests.services.assistant.assistant_project import PARAPHRASE, UNRELATED, build, interview


@pytest.fixture
def repeated(project):
    """The paraphrase is said word for word in P02, P04 and P05."""
    data = build(project)
    fourth, text4 = interview(project, "P04", [UNRELATED[2], PARAPHRASE])
    fifth, text5 = interview(project, "P05", [PARAPHRASE, UNRELATED[3]])
    build_index(project)
    places = {(data["docs"][1], data["texts"][1].index(PARAPHRASE)), (fourth, text4.index(PARAPHRASE)),
              (fifth, text5.index(PARAPHRASE))}
    return data, {(d, a, a + len(PARAPHRASE)) for d, a in places}


def _coded(project, code_id: int, documents) -> set[tuple[int, int, int]]:
    return {(s.document_id, s.span.start, s.span.end) for d in documents for s in segments_of_document(project, d)
            if s.code_id == code_id}


def test_accepting_with_its_copies_codes_every_place_as_one_undo_step(project, repeated):
    data, places = repeated
    code_id = data["code"].id
    best = suggest(project, code_id, top=5)[0]
    assert best.text == PARAPHRASE and best.identical_elsewhere == 2
    documents = {d for d, _, _ in places}
    before = _coded(project, code_id, documents)
    stack = OperationStack(project)
    operation = accept_suggestion(project, best, code_id, coder="Dilnoza", stack=stack, with_copies=True)
    assert _coded(project, code_id, documents) - before == places
    assert len(operation.segments) == 3 and operation.segment is operation.segments[0]
    decided = assistant_decisions(project, code_id)
    assert {(d.document_id, d.start, d.end) for d in decided} == places
    assert {d.decision for d in decided} == {SuggestionDecision.ACCEPT}
    stack.undo()  # one step takes back every place and every record
    assert _coded(project, code_id, documents) == before and assistant_decisions(project, code_id) == []
    stack.redo()
    assert _coded(project, code_id, documents) - before == places
    assert len(assistant_decisions(project, code_id)) == 3
    assert all(s.text != PARAPHRASE for s in suggest(project, code_id, top=20))


def test_accepting_without_copies_codes_only_the_passage_shown(project, repeated):
    data, places = repeated
    code_id = data["code"].id
    best = suggest(project, code_id, top=5)[0]
    accept_suggestion(project, best, code_id, coder="Dilnoza")
    assert _coded(project, code_id, {d for d, _, _ in places}) & places == {(best.document_id, best.start, best.end)}
    again = suggest(project, code_id, top=5)[0]  # the copies are still open, offered once
    assert again.text == PARAPHRASE and again.identical_elsewhere == 1


def test_a_rejected_passage_is_not_offered_again_from_its_copies(project, repeated):
    from qualcode.services.assistant import reject_suggestion

    data, places = repeated
    code_id = data["code"].id
    best = suggest(project, code_id, top=5)[0]
    assert best.text == PARAPHRASE
    reject_suggestion(project, best, code_id, coder="Dilnoza")
    # the same words elsewhere carry the same evidence: offering them again would ask twice
    assert all(s.text != PARAPHRASE for s in suggest(project, code_id, top=20))
    assert len(assistant_decisions(project, code_id)) == 1  # one decision recorded, the one taken


def test_building_the_index_publishes_a_change_and_an_up_to_date_index_publishes_none(project):
    data = build(project)
    heard: list[Changes] = []
    project.hub.subscribe(heard.append)
    assert index_summary(project).indexed == 0 and index_summary(project).documents == 3
    build_index(project)
    [change] = heard
    assert change.assistant_index and change.document_ids == frozenset(data["docs"])
    assert not (change.segments or change.codes or change.documents)  # nothing the coder wrote changed
    summary = index_summary(project)
    assert (summary.indexed, summary.documents) == (3, 3) and summary.ready and summary.units > 0
    build_index(project)
    assert len(heard) == 1  # nothing to do, nothing said
    fourth, _ = interview(project, "P04", ["Somebody finally trusted my story."])
    heard.clear()
    build_index(project)
    assert [c.assistant_index for c in heard] == [True] and fourth in heard[-1].document_ids
    assert index_summary(project).indexed == 4 and index_summary(project).ready


def test_a_cancelled_build_publishes_what_it_finished(project, monkeypatch):
    from qualcode.services.assistant import index

    monkeypatch.setattr(index, "_BATCH", 1)
    data = build(project)
    heard: list[Changes] = []
    project.hub.subscribe(heard.append)
    polls = iter([False, True])  # one document is embedded, then the coder cancels
    with pytest.raises(IndexCancelled):
        build_index(project, cancel=lambda: next(polls))
    [change] = heard
    assert change.assistant_index and len(change.document_ids) == 1 and change.document_ids <= set(data["docs"])
    assert index_summary(project).indexed == 1 and not index_summary(project).ready
