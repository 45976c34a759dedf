"""Find more like these, from the coder's side: reasons shown, accept is a normal undoable
segment, reject is recorded with the model and never suggested again, skip is recorded."""

from __future__ import annotations

import pytest

from qualcode.core.errors import NotFoundError, ValidationError
from qualcode.services.assistant import (
    SuggestionDecision,
    accept_suggestion,
    assistant_decisions,
    build_index,
    reject_suggestion,
    skip_suggestion,
    suggest,
)
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import segments_of_document
from qualcode.services.operations.operation import OperationStack
from qualcode.services.privacy.audit import audit_entries
from tests.services.assistant.assistant_project import CODED, PARAPHRASE, UNRELATED, build


@pytest.fixture
def study(project):
    data = build(project)
    build_index(project)
    return data


def test_the_paraphrase_comes_first_with_its_shared_words_and_closest_segment(project, study):
    suggestions = suggest(project, study["code"].id, top=5)
    best = suggestions[0]
    text2 = study["texts"][1]
    assert best.document_id == study["docs"][1]
    assert text2[best.start:best.end] == PARAPHRASE == best.text
    assert "believe" in best.matched_lemmas and "happen" in best.matched_lemmas
    assert best.closest_segment_text == CODED[0]
    assert best.closest_segment_id == study["segments"][0].id
    assert best.model and best.model_version


def test_already_coded_text_is_never_suggested(project, study):
    suggestions = suggest(project, study["code"].id, top=50)
    coded = [(s.document_id, s.span.start, s.span.end) for s in study["segments"]]
    for s in suggestions:
        assert not any(d == s.document_id and a < s.end and s.start < b for d, a, b in coded), s.text
    assert len({(s.document_id, s.start) for s in suggestions}) == len(suggestions)
    # overlapping units (a sentence in its turn) are not both suggested
    for a in suggestions:
        for b in suggestions:
            if a is not b and a.document_id == b.document_id:
                assert a.end <= b.start or b.end <= a.start


def test_accepting_makes_a_normal_segment_that_undo_removes(project, study):
    best = suggest(project, study["code"].id, top=1)[0]
    stack = OperationStack(project)
    operation = accept_suggestion(project, best, study["code"].id, coder="Dilnoza", stack=stack)
    after = segments_of_document(project, best.document_id)
    assert [(s.span.start, s.span.end, s.code_id, s.coder_id) for s in after] == \
        [(best.start, best.end, study["code"].id, study["coder"].id)]
    assert operation.segment is not None and operation.segment.id == after[0].id
    assert [d.decision for d in assistant_decisions(project)] == [SuggestionDecision.ACCEPT]
    stack.undo()
    assert segments_of_document(project, best.document_id) == []
    assert assistant_decisions(project) == []
    stack.redo()
    assert [s.id for s in segments_of_document(project, best.document_id)] == [after[0].id]
    # now coded: no longer suggested
    assert all((s.document_id, s.start) != (best.document_id, best.start)
               for s in suggest(project, study["code"].id, top=20))


def test_rejecting_records_model_and_version_and_the_passage_is_not_suggested_again(project, study):
    from qualcode.nlp.embeddings import load_embedder

    code_id = study["code"].id
    best = suggest(project, code_id, top=1)[0]
    reject_suggestion(project, best, code_id, coder="Dilnoza")
    [decision] = assistant_decisions(project, code_id)
    embedder = load_embedder()
    assert (decision.decision, decision.model, decision.model_version, decision.coder) == \
        (SuggestionDecision.REJECT, embedder.model_name, embedder.version, "Dilnoza")
    assert (decision.document_id, decision.start, decision.end, decision.code_name) == \
        (best.document_id, best.start, best.end, "Not being believed")
    audit = audit_entries(project, action="assistant")
    assert len(audit) == 1 and audit[0].who == "Dilnoza" and audit[0].detail["decision"] == "reject"
    assert audit[0].detail["model_version"] == embedder.version
    again = suggest(project, code_id, top=50)
    assert all(not (s.document_id == best.document_id and s.start < best.end and best.start < s.end) for s in again)


def test_skipping_is_recorded_and_the_passage_may_come_back(project, study):
    code_id = study["code"].id
    best = suggest(project, code_id, top=1)[0]
    skip_suggestion(project, best, code_id, coder="Dilnoza")
    assert [d.decision for d in assistant_decisions(project)] == [SuggestionDecision.SKIP]
    assert suggest(project, code_id, top=1)[0].text == PARAPHRASE


def test_a_code_without_segments_is_suggested_from_its_definition(project, study):
    code = add_code(project, "Weather and seasons", definition="Talk about the weather, warm days and the sea.").value
    suggestions = suggest(project, code.id, top=3)
    assert suggestions and suggestions[0].text == UNRELATED[3]
    assert suggestions[0].closest_segment_id is None and "weather" in suggestions[0].matched_lemmas


def test_an_unknown_code_and_an_empty_meaning_query_are_clear_errors(project, study):
    from qualcode.services.assistant import meaning_search

    with pytest.raises(NotFoundError):
        suggest(project, 9999)
    with pytest.raises(ValidationError):
        meaning_search(project, "   ")
