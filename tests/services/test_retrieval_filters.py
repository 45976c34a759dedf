"""Retrieval of coded segments: text and context cut in SQL, speaker/case, filters."""

from __future__ import annotations

import pytest

from qualcode.core.span import Span
from qualcode.services.coding.attribution import DocumentAttributor
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.document_filters import document_entries, filter_documents
from qualcode.services.corpus.documents import document_turns
from qualcode.services.projects import ensure_coder
from qualcode.services.coding.retrieval import retrieve_segments, segment_rows
from tests.services.matrix_fixture import TEXT1, TEXT2, build


@pytest.fixture
def crafted(project, coder):
    return build(project, coder)


def test_text_and_context_are_the_document_slices(project, crafted):
    rows = retrieve_segments(project, [crafted.codes["C"]], context=4)
    # C20 = TEXT1[20:30], C45 = TEXT1[45:50]
    assert [(r.text, r.before, r.after) for r in rows] == [
        (TEXT1[20:30], TEXT1[16:20], TEXT1[30:34]), (TEXT1[45:50], TEXT1[41:45], TEXT1[50:54])]
    first = retrieve_segments(project, [crafted.codes["A"]], context=4)[0]
    assert (first.span, first.before) == (Span(0, 10), "")  # context clipped at the start


def test_speaker_and_case_follow_attribution(project, crafted):
    rows = {(r.document_id, r.span.start): r for r in retrieve_segments(project)}
    assert (rows[crafted.doc2, 2].speaker, rows[crafted.doc2, 2].case) == ("Interviewer", None)
    assert (rows[crafted.doc2, 12].speaker, rows[crafted.doc2, 12].case) == ("Ann", "P1")
    assert (rows[crafted.doc2, 32].speaker, rows[crafted.doc2, 32].case) == ("Ben", "P2")
    assert rows[crafted.doc1, 17].speaker == "P1"  # in the label gap: the next turn's speaker
    assert rows[crafted.doc1, 0].case == "P1"  # interview: the document's case
    # the cached fast path agrees with the reference DocumentAttributor at every offset
    for doc, length in ((crafted.doc1, len(TEXT1)), (crafted.doc2, len(TEXT2))):
        ref = DocumentAttributor(document_turns(project, doc), [], None)
        from qualcode.services.corpus.turn_index import turn_tables
        with project.unit_of_work() as uow:
            stamp = uow.retrieval.document_stamps([doc])[doc][0]
            table = turn_tables(project, uow, {doc: stamp})[doc]
        assert [table.speaker_at(i) for i in range(length)] == [ref.at(i).speaker for i in range(length)]


def test_filters(project, crafted, coder):
    other = ensure_coder(project, "Amir")
    A, B = crafted.codes["A"], crafted.codes["B"]
    extra = apply_code(project, crafted.doc1, Span(50, 55), A, other.id).value
    assert [r.segment_id for r in retrieve_segments(project, [A], coder_ids=[other.id])] == [extra.id]
    assert len(retrieve_segments(project, [A], coder_ids=[coder.id])) == 4
    fg = retrieve_segments(project, [A, B], kinds=["focus-group"])
    assert sorted(r.span.start for r in fg) == [2, 12, 32, 35]
    shelter = retrieve_segments(project, [A, B], case_attributes={"program": "shelter"})
    assert [(r.document_id, r.span.start) for r in shelter] == [(crafted.doc2, 32), (crafted.doc2, 35)]
    assert retrieve_segments(project, [A], case_attributes={"program": "nowhere"}) == []
    assert [r.span.start for r in retrieve_segments(project, [A], case_ids=[crafted.cases["P2"]])] == [32]
    assert [r.span.start for r in retrieve_segments(project, [A], document_ids=[crafted.doc2])] == [12, 32]


def test_with_children(project, crafted, coder):
    parent = add_code(project, "Legal").value.id
    child = add_code(project, "Legal aid", parent_id=parent).value.id
    grandchild = add_code(project, "Pro bono", parent_id=child).value.id
    apply_code(project, crafted.doc1, Span(1, 3), child, coder.id)
    apply_code(project, crafted.doc1, Span(4, 6), grandchild, coder.id)
    assert retrieve_segments(project, [parent]) == []
    rows = retrieve_segments(project, [parent], with_children=True)
    assert [r.code for r in rows] == ["Legal/Legal aid", "Legal/Legal aid/Pro bono"]
    cli = segment_rows(project, code_ids=[parent], context=1)
    assert [(r["text"], r["before"], r["after"]) for r in cli] == [("bc", "a", "d"), ("ef", "d", "g")]


def test_document_filters(project, crafted, coder):
    from qualcode.services.corpus.documents import add_document

    empty = add_document(project, "Field notes", "nothing coded").value.id
    entries = document_entries(project)
    ids = lambda es: [e.id for e in es]  # noqa: E731
    assert ids(filter_documents(entries, kinds=["focus-group"])) == [crafted.doc2]
    assert ids(filter_documents(entries, coded=False)) == [empty]
    assert ids(filter_documents(entries, coded=True)) == [crafted.doc1, crafted.doc2]
    # P2 speaks only in the focus group; P1 has an interview and speaks in the focus group
    assert ids(filter_documents(entries, case_ids=[crafted.cases["P2"]])) == [crafted.doc2]
    assert ids(filter_documents(entries, case_ids=[crafted.cases["P1"]])) == [crafted.doc1, crafted.doc2]
    amir = ensure_coder(project, "Amir")
    apply_code(project, crafted.doc2, Span(0, 1), crafted.codes["A"], amir.id)
    entries = document_entries(project)
    assert ids(filter_documents(entries, coder_ids=[amir.id])) == [crafted.doc2]
    assert ids(filter_documents(entries, coder_ids=[amir.id], coded=False)) == [crafted.doc1, empty]
    assert ids(filter_documents(entries, name_contains="FOCUS")) == [crafted.doc2]


def test_caches_notice_a_reused_document_id(project, coder):
    from qualcode.core.document import Turn
    from qualcode.services.corpus.documents import add_document

    code = add_code(project, "X").value.id
    old = add_document(project, "old", "aaaa bbbb", turns=(Turn("Ann", Span(0, 9)),)).value.id
    apply_code(project, old, Span(0, 4), code, coder.id)
    assert [(r.text, r.speaker) for r in retrieve_segments(project, [code])] == [("aaaa", "Ann")]
    with project.unit_of_work() as uow:
        uow.documents.delete(old)
    new = add_document(project, "new", "cccc dddd", turns=(Turn("Ben", Span(0, 9)),)).value.id
    assert new == old  # SQLite hands the freed id out again
    apply_code(project, new, Span(5, 9), code, coder.id)
    assert [(r.text, r.speaker) for r in retrieve_segments(project, [code])] == [("dddd", "Ben")]


def test_warm_caches_loads_every_document(project, crafted):
    from qualcode.services.coding.retrieval import warm_caches

    seen = []
    assert warm_caches(project, progress=lambda d, t: seen.append((d, t))) == 2
    assert seen == [(2, 2)]
    assert warm_caches(project, cancel=lambda: True) == 0
