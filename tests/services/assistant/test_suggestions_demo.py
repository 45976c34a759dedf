"""Find more like these on the demo project, as a coder sees it: the interviewer's own
questions are never offered for a code, and a passage said word for word in many
documents (a stock question, a formula) is offered once, saying how many others there are."""

from __future__ import annotations

import re

import pytest

from qualcode.services.assistant import build_index, suggest
from qualcode.services.codebook.codes import list_codes
from qualcode.services.corpus.documents import document_turns, get_document, list_documents, speaker_mappings
from qualcode.services.demo.build_demo import build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "Demo.qcproj")
    build_index(project)
    yield project
    project.close()


def _code_id(project, name: str) -> int:
    return next(c.id for c in list_codes(project).values() if c.name == name)


def _interviewer_turns(project) -> dict[int, list[tuple[int, int]]]:
    """document -> spans of the turns of speakers the project marks as interviewer/moderator."""
    marked = {(m.document_id, m.speaker) for m in speaker_mappings(project) if m.is_interviewer}
    out: dict[int, list[tuple[int, int]]] = {}
    for document_id in {d for d, _ in marked}:
        out[document_id] = [(t.span.start, t.span.end) for t in document_turns(project, document_id)
                            if (document_id, t.speaker) in marked]
    return out


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.mark.parametrize("code", ["Legal aid", "Peer support", "Fear of deportation"])
def test_no_suggestion_is_an_interviewer_turn(demo, code):
    turns = _interviewer_turns(demo)
    assert sum(len(v) for v in turns.values()) > 100  # the demo's interviews and focus groups have them
    suggestions = suggest(demo, _code_id(demo, code), top=20)
    assert len(suggestions) == 20
    for s in suggestions:
        assert not any(a < s.end and s.start < b for a, b in turns.get(s.document_id, ())), s.text


@pytest.mark.parametrize("code", ["Legal aid", "Peer support", "Fear of deportation"])
def test_no_two_suggestions_have_the_same_text(demo, code):
    suggestions = suggest(demo, _code_id(demo, code), top=20)
    texts = [_normalised(s.text) for s in suggestions]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]


def test_a_passage_said_in_several_documents_says_how_many_others(demo):
    suggestions = suggest(demo, _code_id(demo, "Legal aid"), top=20)
    for s in suggestions:
        same = 0
        for header in list_documents(demo):
            text = get_document(demo, header[0]).text
            same += len(re.findall(re.escape(s.text), text))
        # the suggested passage itself is one of them; the others may be coded or part of
        # a longer unit, so the suggestion never claims more than the texts hold
        assert 0 <= s.identical_elsewhere <= same - 1, s.text


def test_the_copies_named_hold_the_same_text_in_other_places(demo):
    suggestions = suggest(demo, _code_id(demo, "Peer support"), top=20)
    assert any(s.copies for s in suggestions)  # the demo's key informants repeat stock sentences
    for s in suggestions:
        assert len(s.copies) == s.identical_elsewhere
        assert (s.document_id, s.start, s.end) not in s.copies
        for document_id, start, end in s.copies:
            assert get_document(demo, document_id).text[start:end] == s.text
