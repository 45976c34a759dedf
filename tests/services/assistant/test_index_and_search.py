"""The index is incremental (only changed or new documents are embedded; deleted ones leave),
search by meaning finds paraphrases plain search misses, and a whole run needs no network."""

from __future__ import annotations

import socket

import pytest

from qualcode.nlp import embeddings
from qualcode.services.assistant import (
    IndexCancelled,
    accept_suggestion,
    build_index,
    index_status,
    meaning_search,
    search,
    suggest,
)
from qualcode.services.coding.search import Hit
from qualcode.services.corpus.documents import remove_documents
from tests.services.assistant.assistant_project import PARAPHRASE, build, interview


def _count_embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts whose units get embedded from now on (the embedder is spied on)."""
    seen: list[str] = []
    original = embeddings.Embedder.embed_spans

    def spy(self, text, spans):  # type: ignore[no-untyped-def]
        seen.append(text)
        return original(self, text, spans)

    monkeypatch.setattr(embeddings.Embedder, "embed_spans", spy)
    return seen


def test_only_a_changed_or_new_document_is_embedded_again(project, monkeypatch):
    data = build(project)
    first = build_index(project)
    assert (first.embedded, first.documents) == (3, 3)
    seen = _count_embedded(monkeypatch)
    assert build_index(project).embedded == 0 and seen == []
    changed = data["texts"][2].replace("festival", "wedding")
    with project.unit_of_work() as uow:  # what pseudonymisation does to a text
        uow.privacy.set_document(data["docs"][2], changed, "P03")
    assert index_status(project).stale == (data["docs"][2],)
    report = build_index(project)
    assert report.embedded == 1 and seen == [changed]
    new_id, new_text = interview(project, "P04", ["Somebody finally trusted my story."])
    assert build_index(project).embedded == 1 and seen[-1] == new_text
    assert index_status(project).current


def test_a_deleted_document_leaves_the_index(project):
    data = build(project)
    build_index(project)
    remove_documents(project, [data["docs"][1]])
    report = build_index(project)
    assert report.documents == 2
    with project.unit_of_work() as uow:
        assert set(uow.assistant.indexed()) == {data["docs"][0], data["docs"][2]}
    assert all(h.document_id != data["docs"][1] for h in meaning_search(project, "nobody believed me"))


def test_progress_is_reported_and_cancel_keeps_what_was_done(project):
    build(project)
    calls: list[tuple[int, int]] = []
    with pytest.raises(IndexCancelled):
        build_index(project, progress=lambda done, total: calls.append((done, total)), cancel=lambda: True)
    assert calls == [(0, 3)]
    report = build_index(project, progress=lambda done, total: calls.append((done, total)))
    assert report.embedded == 3 and calls[-1] == (3, 3)


def test_meaning_search_finds_a_paraphrase_that_plain_search_misses(project):
    data = build(project)
    build_index(project)
    query = "felt nobody believed me"
    assert search(project, query, "plain") == []
    hits = search(project, query, "meaning", top=3)
    assert isinstance(hits[0], Hit)  # codes like any search hit
    text2 = data["texts"][1]
    assert any(h.document_id == data["docs"][1] and h.match == PARAPHRASE
               and text2[h.span.start:h.span.end] == PARAPHRASE for h in hits)
    assert hits[0].before.endswith("P01: ") or hits[0].before  # keyword in context
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)  # type: ignore[attr-defined]


def test_lemma_and_regex_modes_run_through_the_same_search(project):
    build(project)
    assert [h.match for h in search(project, "believe", "lemma")] == ["believed", "believe"]
    assert [h.match for h in search(project, r"\bl\w+ing\b", "regex")] == ["lying"]


class _NoNetwork(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError("network access attempted during an offline test")


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access attempted during an offline test")


def test_a_full_run_works_with_the_network_blocked(project, monkeypatch):
    monkeypatch.setattr(socket, "socket", _NoNetwork)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    with pytest.raises(OSError):
        socket.create_connection(("huggingface.co", 443))  # the block works
    embeddings.load_embedder.cache_clear()  # load the model again, offline
    try:
        data = build(project)
        assert build_index(project).embedded == 3
        best = suggest(project, data["code"].id, top=3)[0]
        assert best.text == PARAPHRASE
        assert meaning_search(project, "felt nobody believed me", top=3)
        operation = accept_suggestion(project, best, data["code"].id)
        assert operation.segment is not None
    finally:
        embeddings.load_embedder.cache_clear()


def test_an_encrypted_project_keeps_its_index_encrypted(tmp_path):
    from qualcode.services.projects import load_project, new_project

    path = tmp_path / "secret.qcproj"
    project = new_project(path, password="correct horse")
    try:
        data = build(project)
        assert build_index(project).units > 0
    finally:
        project.close()
    raw = path.read_bytes()
    assert b"assistant_units" not in raw and b"No one would believe" not in raw  # every page is ciphertext
    project = load_project(path, password="correct horse")
    try:
        assert index_status(project).current
        assert suggest(project, data["code"].id, top=1)[0].text == PARAPHRASE
    finally:
        project.close()
