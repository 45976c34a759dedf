"""Project search: plain, whole word, regex, case, KWIC context, offsets in code points."""

from __future__ import annotations

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.corpus.documents import add_document
from qualcode.services.coding.search import SearchCancelled, search_project

P07 = "In the shelter I was a number. Legal aid aided me; legal AID gave me rights."
EMOJI = "ok 😀 café, then legal aid at the café."


@pytest.fixture
def docs(project):
    return [add_document(project, "P07", P07).value.id, add_document(project, "P08", EMOJI).value.id]


def test_plain_search_is_case_insensitive_by_default(project, docs):
    hits = search_project(project, "legal aid")
    assert [(h.document_id, h.span) for h in hits] == [
        (docs[0], Span(31, 40)), (docs[0], Span(51, 60)), (docs[1], Span(16, 25))]
    assert [h.match for h in hits] == ["Legal aid", "legal AID", "legal aid"]


def test_case_sensitive(project, docs):
    hits = search_project(project, "legal aid", case_sensitive=True)
    assert [h.span for h in hits] == [Span(16, 25)]


def test_whole_word_does_not_match_inside_words(project, docs):
    plain = search_project(project, "aid", document_ids=[docs[0]])
    word = search_project(project, "aid", mode="word", document_ids=[docs[0]])
    assert [h.match for h in plain] == ["aid", "aid", "AID"]  # "aided" contains aid
    assert [h.span.start for h in word] == [37, 57]
    assert "aided" not in [P07[h.span.start:h.span.end + 2] for h in word]


def test_regex_and_code_point_offsets(project, docs):
    hits = search_project(project, r"caf\w", mode="regex", document_ids=[docs[1]])
    # the emoji is one code point: "café" starts at 5 (Qt would say 6)
    assert [h.span for h in hits] == [Span(5, 9), Span(33, 37)]
    assert all(EMOJI[h.span.start:h.span.end] == "café" for h in hits)


def test_keyword_in_context(project, docs):
    hit = search_project(project, "number", context=10)[0]
    assert (hit.before, hit.match, hit.after) == ("r I was a ", "number", ". Legal ai")
    first = search_project(project, "In the", context=10)[0]
    assert first.before == ""


def test_plain_mode_escapes_regex_characters(project):
    add_document(project, "x", "Is it (really) 5x0 or 5.0?")
    assert [h.match for h in search_project(project, "(really)")] == ["(really)"]
    assert search_project(project, "5.0")[0].span == Span(22, 25)
    assert search_project(project, "5.0", mode="regex")[0].span == Span(15, 18)  # "5x0" matches 5.0 as a regex


def test_invalid_regex_says_why(project, docs):
    with pytest.raises(ValidationError, match=r"not valid: .*position 5"):
        search_project(project, "legal(", mode="regex")
    with pytest.raises(ValidationError, match="Type something"):
        search_project(project, "")


def test_empty_matches_are_skipped_and_limit(project, docs):
    assert search_project(project, "x*", mode="regex") == []
    assert len(search_project(project, "e", limit=3)) == 3


def test_cancel_and_progress(project, docs):
    seen = []
    search_project(project, "aid", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(SearchCancelled) as info:
        search_project(project, "aid", cancel=lambda: True)
    assert info.value.hits == []


def test_lemma_search_finds_inflected_forms(project):
    text = "They supported me. Supporting others helped. Peers helped me; the support was real."
    doc = add_document(project, "P09", text).value.id
    hits = search_project(project, "support", mode="lemma", document_ids=[doc])
    assert [h.match for h in hits] == ["supported", "Supporting", "support"]
    assert all(text[h.span.start:h.span.end] == h.match for h in hits)
    # several words: adjacent and in order, any inflection of each
    pair = search_project(project, "peer help", mode="lemma", document_ids=[doc])
    assert [h.match for h in pair] == ["Peers helped"]


def test_lemma_search_does_not_match_other_words(project):
    doc = add_document(project, "P10", "Supportive staff; a supporter came.").value.id
    assert search_project(project, "support", mode="lemma", document_ids=[doc]) == []


def test_lemma_search_offsets_are_code_points(project):
    text = "😀 café — she supported 😀 us"
    doc = add_document(project, "P11", text).value.id
    [hit] = search_project(project, "support", mode="lemma", document_ids=[doc])
    assert text[hit.span.start:hit.span.end] == "supported"
