"""Candidate themes (codes grouped by meaning) and prompts for inductive codes, from the user's side.

The embedder here is a stand-in whose "meaning" is known by construction: each topic word
points along one topic axis, so segments about lawyers and courts mean the same thing and
nothing else. The grouping the researcher should be offered follows from how the codes
were applied below (two codes per topic), not from anything the code under test computes.
"""

from __future__ import annotations

import pytest

from qualcode.core.case import SpeakerMapping
from qualcode.core.document import Turn
from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.core.theme import ThemeStatus
from qualcode.services.assistant.candidate_themes import (
    AcceptCandidateThemeOperation,
    propose_candidate_themes,
)
from qualcode.services.assistant.inductive_prompts import case_attributes, inductive_prompts
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.operations.operation import OperationStack
from qualcode.services.themes.theme_edits import list_themes
from tests.services.assistant.topic_embedder import TopicEmbedder

SENTENCES = {
    "Legal aid": ["The lawyer explained my papers.", "My lawyer came to court with me."],
    "Access to justice": ["The judge listened in court.", "In court the judge read my papers."],
    "Peer support": ["My friends in the group understood me.", "The peers sat together every week."],
    "Belonging": ["Together with friends I laughed again.", "The group of peers became my family."],
    "Counselling": ["The counsellor let me talk about sleep.", "Therapy helped with the nightmares."],
    "Trauma symptoms": ["I cannot sleep because of nightmares.", "Therapy with the counsellor is slow."],
}


@pytest.fixture
def coded(project, coder):
    text = " ".join(s for sentences in SENTENCES.values() for s in sentences)
    doc = add_document(project, "Interview", text).value
    codes = {}
    for name, sentences in SENTENCES.items():
        codes[name] = add_code(project, name).value.id
        for sentence in sentences:
            start = text.index(sentence)
            apply_code(project, doc.id, Span(start, start + len(sentence)), codes[name], coder.id)
    add_code(project, "Never used")
    return codes, text


def test_codes_whose_segments_mean_the_same_are_grouped(project, coded):
    result = propose_candidate_themes(project, embedder=TopicEmbedder())
    groups = {frozenset(g.code_names) for g in result.groupings}
    assert groups == {frozenset({"Legal aid", "Access to justice"}), frozenset({"Peer support", "Belonging"}),
                      frozenset({"Counselling", "Trauma symptoms"})}
    assert (result.codes_clustered, result.codes_without_segments) == (6, 1)
    assert result.model.startswith("topic-stand-in")


def test_each_grouping_shows_typical_quotes_of_its_codes_and_a_name_from_its_words(project, coded):
    codes, text = coded
    result = propose_candidate_themes(project, embedder=TopicEmbedder(), quotes=3)
    legal = next(g for g in result.groupings if "Legal aid" in g.code_names)
    legal_sentences = set(SENTENCES["Legal aid"] + SENTENCES["Access to justice"])
    assert len(legal.quotes) == 3
    for quote in legal.quotes:
        assert quote.text in legal_sentences
        assert text[quote.start:quote.end] == quote.text
    assert {q.code for q in legal.quotes} == {"Legal aid", "Access to justice"}  # both codes speak
    # the name comes from words the legal segments use and the others do not
    assert set(legal.lemmas[:3]) <= {"lawyer", "court", "paper", "papers", "judge"}
    assert any(word in legal.suggested_name.lower() for word in ("lawyer", "court", "paper", "judge"))


def test_accepting_a_grouping_creates_one_candidate_theme_that_undo_removes(project, coded):
    codes, _ = coded
    grouping = next(g for g in propose_candidate_themes(project, embedder=TopicEmbedder()).groupings
                    if "Peer support" in g.code_names)
    stack = OperationStack(project)
    stack.push(AcceptCandidateThemeOperation(project, grouping, "Being among peers"))
    [theme] = list_themes(project)
    assert (theme.name, theme.status) == ("Being among peers", ThemeStatus.CANDIDATE)
    assert set(theme.code_ids) == {codes["Peer support"], codes["Belonging"]}
    stack.undo()
    assert list_themes(project) == []
    stack.redo()
    assert [t.id for t in list_themes(project)] == [theme.id]


def test_accepting_under_a_taken_name_changes_nothing(project, coded):
    grouping = propose_candidate_themes(project, embedder=TopicEmbedder()).groupings[0]
    stack = OperationStack(project)
    stack.push(AcceptCandidateThemeOperation(project, grouping, "Same"))
    with pytest.raises(ValidationError):
        stack.push(AcceptCandidateThemeOperation(project, grouping, " same "))
    assert [t.name for t in list_themes(project)] == ["Same"]


def test_fewer_than_two_coded_codes_propose_nothing(project, coder):
    doc = add_document(project, "D", "The lawyer came.").value
    code = add_code(project, "Only").value.id
    apply_code(project, doc.id, Span(0, 16), code, coder.id)
    assert propose_candidate_themes(project, embedder=TopicEmbedder()).groupings == ()


# -- prompts for inductive codes ---------------------------------------------------------
YES = "My lawyer explained the legal aid. The lawyer won the court case. Legal aid changed everything."
NO = "The night shelter was cold. Nobody explained anything in the night shelter. I waited in the shelter."
QUESTION = "Did a lawyer help you? Tell me about a lawyer, any lawyer, lawyers in court."


@pytest.fixture
def cases(project):
    with project.unit_of_work() as uow:
        yes = uow.cases.add("P1", attributes={"legal aid": "yes"}).id
        no = uow.cases.add("P2", attributes={"legal aid": "no"}).id
        uow.cases.add("P3", attributes={})
    add_document(project, "P1", YES, case_id=yes)
    # P2's interview: the interviewer's questions (about lawyers) count for no case
    text = f"I: {QUESTION}\nP2: {NO}"
    turns = (Turn("I", Span(0, 3 + len(QUESTION))), Turn("P2", Span(4 + len(QUESTION), len(text))))
    doc = add_document(project, "P2", text, turns=turns).value
    with project.unit_of_work() as uow:
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "I", None, True))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "P2", no))
    return yes, no


def test_distinctive_words_per_group_of_cases(project, cases):
    assert case_attributes(project) == {"legal aid": ["no", "yes"]}
    prompts = inductive_prompts(project, "legal aid")
    by_value = {g.value: g for g in prompts.groups}
    assert set(by_value) == {"yes", "no"}
    assert by_value["yes"].cases == by_value["no"].cases == 1
    yes_words = [t.term for t in by_value["yes"].lemmas]
    no_words = [t.term for t in by_value["no"].lemmas]
    assert yes_words[:2] == ["lawyer", "legal"] or set(yes_words[:3]) >= {"lawyer", "legal"}
    assert no_words[0] == "shelter"
    assert "lawyer" not in no_words  # the interviewer's questions are nobody's words
    # a blank pipeline has no parser: phrases are adjacent content words, and the result says so
    assert "no parser" in prompts.phrase_kind
    assert "legal aid" in [t.term for t in by_value["yes"].phrases]
    assert [t.term for t in by_value["no"].phrases] == ["night shelter"]


def test_an_unknown_attribute_is_a_clear_error(project, cases):
    with pytest.raises(ValidationError, match="legal aid"):
        inductive_prompts(project, "income")


def test_a_word_only_one_group_uses_often_ranks_above_a_shared_rarer_one():
    from collections import Counter

    from qualcode.services.assistant.distinctive_terms import distinctive_terms

    group = Counter({"lawyer": 14, "legal": 8, "the": 50, "said": 700})
    rest = Counter({"legal": 1, "the": 50, "shelter": 10, "said": 650})
    ranked = [t.term for t in distinctive_terms(group, rest)]
    assert ranked.index("lawyer") < ranked.index("legal")
    assert "shelter" not in ranked  # the other group's word is not typical of this one
    assert "the" not in ranked  # used alike by both


def test_with_the_bundled_model_and_the_network_blocked(project, coded, cases, monkeypatch):
    import socket

    from qualcode.nlp import embeddings

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted during an offline test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    embeddings.load_embedder.cache_clear()  # load the model again, offline
    try:
        result = propose_candidate_themes(project)  # the real, bundled embedding model
        assert inductive_prompts(project, "legal aid").groups
    finally:
        embeddings.load_embedder.cache_clear()
    # the real model groups the sentences by topic as they were written (two codes per topic)
    assert {frozenset(g.code_names) for g in result.groupings} == {
        frozenset({"Legal aid", "Access to justice"}), frozenset({"Peer support", "Belonging"}),
        frozenset({"Counselling", "Trauma symptoms"})}
    assert result.model.startswith("wordllama")
