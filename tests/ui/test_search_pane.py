"""Search -> code all hits -> undo -> redo, each as ONE step, through the real pane."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.ui.panes.search_pane import SearchPane
from qualcode.ui.session import ProjectSession

P07 = "In the shelter I was a number. Legal aid aided me; legal AID gave me rights."
P08 = "ok 😀 café, then legal aid at the café."


@pytest.fixture
def setup(qtbot, project):
    docs = [add_document(project, "P07", P07).value.id, add_document(project, "P08", P08).value.id]
    session = ProjectSession(project, "Dilnoza")
    pane = SearchPane(session)
    qtbot.addWidget(pane)
    return session, pane, docs


def _search(qtbot, pane, text, mode="plain"):
    pane.query.setText(text)
    pane.mode_box.setCurrentIndex(pane.mode_box.findData(mode))
    with qtbot.waitSignal(pane.search_finished, timeout=5000) as blocker:
        assert pane.run_search()
    return blocker.args[0]


def _spans(project, doc):
    return sorted((s.span.start, s.span.end) for s in segments_of_document(project, doc))


def test_search_code_all_hits_undo_redo_as_one_step(setup, qtbot, qtmodeltester, project):
    session, pane, docs = setup
    qtmodeltester.check(pane.model)
    assert _search(qtbot, pane, "legal aid") == 3
    qtmodeltester.check(pane.model)
    rows = [[pane.model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert rows[0] == ["P07", "In the shelter I was a number. ", "Legal aid", " aided me; legal AID gave me rights."]
    assert [r[2] for r in rows] == ["Legal aid", "legal AID", "legal aid"]
    code = add_code(project, "Legal aid").value
    # one hit is coded already: it is skipped, not duplicated
    apply_code(project, docs[1], Span(16, 25), code.id, session.coder.id)
    before = session.undo_stack.count()
    assert pane.code_all_hits(code.id) == 2
    assert session.undo_stack.count() == before + 1
    assert _spans(project, docs[0]) == [(31, 40), (51, 60)]
    assert [P07[a:b] for a, b in _spans(project, docs[0])] == ["Legal aid", "legal AID"]  # the hits coded
    ids_after_coding = sorted(s.id for s in segments_of_document(project, docs[0]))
    session.undo_stack.undo()  # one step removes both new codings, leaves the earlier one
    assert _spans(project, docs[0]) == []
    assert _spans(project, docs[1]) == [(16, 25)]
    session.undo_stack.redo()
    assert sorted(s.id for s in segments_of_document(project, docs[0])) == ids_after_coding
    assert "already coded" in pane.status.text()


def test_whole_word_and_emoji_offsets(setup, qtbot, project):
    session, pane, docs = setup
    assert _search(qtbot, pane, "aid", "word") == 3  # not "aided"
    assert _search(qtbot, pane, "café", "plain") == 2
    assert [h.span for h in pane.model.hits] == [Span(5, 9), Span(33, 37)]


def test_invalid_regex_is_explained_not_run(setup):
    session, pane, docs = setup
    pane.query.setText("legal(")
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("regex"))
    assert not pane.run_search()
    assert "not valid" in pane.status.text() and "position 5" in pane.status.text()


def test_double_click_jumps_to_the_hit(setup, qtbot):
    session, pane, docs = setup
    _search(qtbot, pane, "rights")
    with qtbot.waitSignal(pane.hit_activated) as blocker:
        pane.table.doubleClicked.emit(pane.model.index(0, 2))
    document_id, start, end = blocker.args
    assert document_id == docs[0] and P07[start:end] == "rights"


def _held_search(release: threading.Event):
    """A search that reports progress, then waits for the test to ``release`` it (no sleeps)."""

    def search(project, pattern, *, cancel, progress, **_kwargs):
        from qualcode.services.coding.search import SearchCancelled

        progress(1, 3)
        if not release.wait(10):
            raise TimeoutError("the test never released the search")
        progress(2, 3)  # delivered after whatever the test did meanwhile (cancel, close)
        if cancel():
            raise SearchCancelled([])
        return []

    return search


def test_cancel_keeps_the_window_responsive(setup, qtbot, monkeypatch):
    session, pane, docs = setup
    release = threading.Event()
    monkeypatch.setattr("qualcode.ui.panes.search_pane.search_project", _held_search(release))
    pane.query.setText("anything")
    with qtbot.waitSignal(pane.search_finished, timeout=5000) as blocker:
        assert pane.run_search()
        assert pane.cancel_button.isVisibleTo(pane) and not pane.search_button.isEnabled()
        qtbot.waitUntil(lambda: pane.progress.value() > 0, timeout=3000)  # the UI thread kept running
        pane.cancel_button.click()
        release.set()
    assert blocker.args == [-1]
    assert pane.status.text() == "Search cancelled." and pane.search_button.isEnabled()


def test_closing_the_pane_mid_search_is_harmless(setup, qtbot, monkeypatch):
    session, _registered, docs = setup
    release = threading.Event()
    monkeypatch.setattr("qualcode.ui.panes.search_pane.search_project", _held_search(release))
    pane = SearchPane(session)  # not handed to qtbot: this test deletes it
    pane.query.setText("anything")
    pane.run_search()
    worker = pane.worker
    with qtbot.waitSignal(pane.destroyed, timeout=5000):
        pane.deleteLater()
    # the pane's end cancels its worker (ui/workers.py: bound to its owner), and whatever
    # the worker still reports (progress, cancelled) is dropped, never delivered to the
    # deleted pane: a late delivery would raise while the events are processed here
    assert worker.is_cancelled
    late: list[object] = []
    worker.signals.cancelled.connect(lambda: late.append("cancelled"))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()
    assert late == []


def test_lemma_mode_finds_every_form_and_codes_them(setup, qtbot, project):
    session, pane, docs = setup
    doc = add_document(project, "P12", "Nobody believed me. She believes us now; belief came late.").value.id
    assert _search(qtbot, pane, "believe", mode="lemma") == 2
    assert [pane.model.index(r, 2).data() for r in range(2)] == ["believed", "believes"]
    code = add_code(project, "Being believed").value
    assert pane.code_all_hits(code.id) == 2
    assert _spans(project, doc) == [(7, 15), (24, 32)]
