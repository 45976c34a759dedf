"""The offline assistant in the main window, from the coder's side: find more like these
(accept -> a normal segment that Ctrl+Z removes; reject -> a recorded decision), search by
meaning in the Search tab, and candidate themes accepted and undone.

The passages are written so the expected answers are known without the code under test:
the legal-help sentences resemble the coded one; the paraphrase of "felt nobody believed
me" shares none of its words.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtTest import QTest

from qualcode.core.assistant import SuggestionDecision
from qualcode.core.span import Span
from qualcode.services.assistant import assistant_decisions
from qualcode.services.assistant.candidate_themes import propose_candidate_themes
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder, new_project
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.help_ui import shortcut_rows
from qualcode.ui.main_window import MainWindow
from tests.services.assistant.test_candidate_themes import SENTENCES
from tests.services.assistant.topic_embedder import TopicEmbedder

CODED = "A lawyer from the legal aid office explained my papers to me."
TEXT = (
    f"{CODED} The bus to the centre was late again. I cooked rice and beans for the children. "
    "The legal aid lawyer helped me understand the papers for my case. "
    "When I told the police what happened, not one of them took my word for it. "
    "The weather in winter is cold and grey. My sister sends money home every month."
)
PARAPHRASE = "When I told the police what happened, not one of them took my word for it."
WAIT = 120_000  # ms: the first run loads the bundled model and indexes


@pytest.fixture
def window(qtbot, tmp_path):
    project = new_project(tmp_path / "study.qcproj")
    coder = ensure_coder(project, "Dilnoza")
    doc = add_document(project, "P01", TEXT).value.id
    code = add_code(project, "Legal aid", definition="Help from a lawyer with papers or a case.").value.id
    apply_code(project, doc, Span(0, len(CODED)), code, coder.id)
    location = project.location
    project.close()
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_coder_name("Dilnoza")
    assert w.open_location(str(location))
    w.show()
    return w, doc, code


def _find(qtbot, pane, code):
    pane.set_code(code)
    with qtbot.waitSignal(pane.suggestions_ready, timeout=WAIT) as blocker:
        assert pane.find_more()
    return blocker.args[0]


def _spans(window, doc):
    return sorted((s.span.start, s.span.end) for s in segments_of_document(window.session.project, doc))


def test_accepting_a_suggestion_codes_it_and_ctrl_z_removes_it(window, qtbot):
    w, doc, code = window
    pane = w.assistant_ui.find_more
    assert _find(qtbot, pane, code) > 0
    # the coded sentence is never suggested again; the other legal-help sentence comes first
    texts = [v.text for v in pane.views]
    assert CODED not in texts
    assert "legal aid lawyer" in texts[0]
    first = pane.current()
    assert "lawyer" in first.lemmas  # why: the words it shares with the code, highlighted
    assert any(first.text[a:b].lower().startswith("lawyer") for a, b in first.marks)
    assert (first.closest_text, first.closest_document) == (CODED, "P01")
    assert CODED in pane.why.toPlainText() and "Matched words" in pane.why.toPlainText()
    before = _spans(w, doc)
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_Return)  # Enter accepts
    after = _spans(w, doc)
    [new] = sorted(set(after) - set(before))
    assert TEXT[new[0]:new[1]] == first.text  # a normal segment over exactly that passage
    assert first.text not in [v.text for v in pane.views]  # decided: off the list
    assert w.undo_action.isEnabled()
    w.undo_action.trigger()  # Edit > Undo (Ctrl+Z)
    assert _spans(w, doc) == before
    decisions = assistant_decisions(w.session.project, code)
    assert decisions == []  # undo also takes back the recorded acceptance


def test_rejecting_records_a_decision_and_the_passage_is_not_suggested_again(window, qtbot):
    w, doc, code = window
    pane = w.assistant_ui.find_more
    _find(qtbot, pane, code)
    rejected = pane.current()
    before = _spans(w, doc)
    assert pane.reject_current()
    assert _spans(w, doc) == before  # nothing coded
    [decision] = assistant_decisions(w.session.project, code)
    assert decision.decision is SuggestionDecision.REJECT
    assert (decision.document_id, decision.start, decision.end) == (doc, rejected.start, rejected.end)
    assert decision.coder == "Dilnoza" and decision.model  # who, and which model suggested it
    _find(qtbot, pane, code)
    assert rejected.text not in [v.text for v in pane.views]


def test_search_by_meaning_finds_the_paraphrase_and_codes_it(window, qtbot):
    w, doc, code = window
    w.assistant_ui.show_meaning_search()
    search = w.workbench.bottom_tabs.search
    assert search.mode_box.currentData() == "meaning"
    search.query.setText("felt nobody believed me")
    with qtbot.waitSignal(search.search_finished, timeout=WAIT) as blocker:
        assert search.run_search()
    assert blocker.args[0] > 0
    assert search.model.hits[0].match == PARAPHRASE  # no word in common with the query
    # results code as today: one hit coded, one undo step
    search.model.set_hits(search.model.hits[:1], {doc: "P01"})
    assert search.code_all_hits(code) == 1
    start = TEXT.index(PARAPHRASE)
    assert (start, start + len(PARAPHRASE)) in _spans(w, doc)


@pytest.fixture
def themed(qtbot, tmp_path):
    project = new_project(tmp_path / "themes.qcproj")
    coder = ensure_coder(project, "Dilnoza")
    text = " ".join(s for sentences in SENTENCES.values() for s in sentences)
    doc = add_document(project, "Interview", text).value.id
    for name, sentences in SENTENCES.items():
        code = add_code(project, name).value.id
        for sentence in sentences:
            start = text.index(sentence)
            apply_code(project, doc, Span(start, start + len(sentence)), code, coder.id)
    location = project.location
    project.close()
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.open_location(str(location))
    w.show()
    return w


def test_accepting_a_candidate_theme_creates_it_and_undo_removes_it(themed, qtbot):
    w = themed
    view = w.assistant_ui.candidates
    view.proposer = lambda project, *, cancel, progress: propose_candidate_themes(
        project, embedder=TopicEmbedder(), cancel=cancel, progress=progress)
    w.assistant_ui.show_candidates()
    assert w.themes_ui.tab.currentWidget() is view
    with qtbot.waitSignal(view.proposals_ready, timeout=WAIT) as blocker:
        view.propose()
    assert blocker.args[0] == 3
    row = next(i for i, g in enumerate(view.groupings) if "Peer support" in g.code_names)
    view.list.setCurrentRow(row)
    assert "Peer support" in view.codes_label.text() and "Belonging" in view.codes_label.text()
    view.name_edit.setText("Being among peers")
    assert view.accept_current()
    [theme] = list_themes(w.session.project)
    assert theme.name == "Being among peers" and len(theme.code_ids) == 2
    assert len(view.groupings) == 2  # accepted: off the list
    assert "Already on" not in view.codes_label.text()  # the other groupings' codes are on no theme
    view.ignore_current()
    assert len(view.groupings) == 1 and len(list_themes(w.session.project)) == 1  # ignoring changes nothing
    w.undo_action.trigger()
    assert list_themes(w.session.project) == []
    w.redo_action.trigger()
    assert [t.name for t in list_themes(w.session.project)] == ["Being among peers"]
    # proposed again, the grouping says its codes already make up a theme
    view.set_result(propose_candidate_themes(w.session.project, embedder=TopicEmbedder()))
    view.list.setCurrentRow(next(i for i, g in enumerate(view.groupings) if "Peer support" in g.code_names))
    assert "Already on: Being among peers" in view.codes_label.text()


def test_menus_offer_the_assistant_with_shortcuts(window):
    w, _doc, _code = window
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in w.assistant_ui.actions}
    assert shortcuts == {"Find more like these": "Ctrl+Shift+L", "Search by meaning…": "Ctrl+Shift+M",
                         "Prompts for inductive codes": "Ctrl+Shift+W", "Propose candidate themes…": "Ctrl+Shift+T"}
    menus = {a.text().replace("&", ""): a.menu() for a in w.menuBar().actions() if a.menu() is not None}
    assert "Find more like these" in [a.text().replace("&", "") for a in menus["Code"].actions()]
    assert "Propose candidate themes…" in [a.text().replace("&", "") for a in menus["Themes"].actions()]
    assert all(a.toolTip() for a in w.assistant_ui.actions)
    listed = dict(shortcut_rows(w))  # Help > Keyboard shortcuts
    assert listed["Find more like these"] == "Ctrl+Shift+L"
    assert listed["Accept suggestion"] == "Return, Enter" and listed["Reject suggestion"] == "R, Del"


I18N = Path(__file__).parents[2] / "qualcode" / "resources" / "i18n"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """``(context, source) -> translations`` (numerus forms as several) of a .ts file."""
    out = {}
    for context in ElementTree.parse(ts).getroot():
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), message.find("source").text
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            out[(context.findtext("name"), message.findtext("source"))] = forms
    return out


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_assistant_string_is_translated_into_russian_and_uzbek(tmp_path):
    sources = sorted(str(p) for p in (I18N.parents[1] / "ui" / "assistant").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), *sources, str(I18N.parents[1] / "ui" / "panes" / "search_pane.py"),
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ElementTree.parse(fresh).getroot()
              for m in c.iter("message")}
    for language in ("ru", "uz"):
        messages = _messages(I18N / f"assistant_{language}.ts")
        known = {key for ts in I18N.glob(f"*_{language}.ts") for key in _messages(ts)}  # search_pane: coding_*
        assert wanted <= known, f"{language}: not in the .ts files: {wanted - known}"
        for (_context, source), forms in messages.items():
            assert all(f.strip() for f in forms), (language, source)
            assert all(f != source for f in forms), (language, source)
            for placeholder in ("%1", "%2", "%3", "%n"):
                assert all((placeholder in f) == (placeholder in source) for f in forms), (language, source)
    uzbek = " ".join(f for forms in _messages(I18N / "assistant_uz.ts").values() for f in forms)
    assert not re.search(r"[oOgG]['‘’`ʼ]", uzbek)  # oʻ and gʻ take U+02BB, nothing else
    assert "o\u02bb" in uzbek


def test_the_compiled_translation_reaches_the_pane(qtbot, project):
    translator = QTranslator()
    assert translator.load(str(I18N / "assistant_uz.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        from qualcode.ui.assistant.find_more_pane import FindMorePane
        from qualcode.ui.session import ProjectSession

        pane = FindMorePane(ProjectSession(project, "Dilnoza"))
        qtbot.addWidget(pane)
        assert pane.accept_button.text() == "Qabul qilish"
        assert pane.skip_button.text() == "O\u02bbtkazib yuborish"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_cancel_stops_the_index_build_and_says_so(window, qtbot):
    w, _doc, code = window
    pane = w.assistant_ui.find_more
    started = []

    def slow_index(project, code_id, *, top, cancel, progress):
        progress(0, 10)
        started.append(code_id)
        while not cancel():  # the worker thread only polls, as build_index does between batches
            time.sleep(0.01)
        raise InterruptedError("cancelled")

    pane.finder = slow_index
    pane.set_code(code)
    with qtbot.waitSignal(pane.suggestions_ready, timeout=10_000) as blocker:
        assert pane.find_more()
        qtbot.waitUntil(lambda: started == [code] and not pane.progress.isHidden(), timeout=5000)
        assert not pane.cancel_button.isHidden() and not pane.find_button.isEnabled()
        pane.cancel_button.click()
    assert blocker.args == [-1]
    assert "Cancelled" in pane.status.text()
    assert pane.find_button.isEnabled() and pane.cancel_button.isHidden() and pane.progress.isHidden()


def test_inductive_prompts_tab_lists_words_per_group_of_cases(qtbot, tmp_path):
    from tests.services.assistant.test_candidate_themes import NO, YES

    project = new_project(tmp_path / "cases.qcproj")
    with project.unit_of_work() as uow:
        yes = uow.cases.add("P1", attributes={"legal aid": "yes"}).id
        no = uow.cases.add("P2", attributes={"legal aid": "no"}).id
    add_document(project, "P1", YES, case_id=yes)
    add_document(project, "P2", NO, case_id=no)
    location = project.location
    project.close()
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.open_location(str(location))
    pane = w.assistant_ui.prompts
    assert pane.attribute_box.currentData() == "legal aid"
    with qtbot.waitSignal(pane.prompts_ready, timeout=WAIT) as blocker:
        assert pane.run()
    assert blocker.args == [2]
    headers = [pane.table.horizontalHeaderItem(c).text() for c in range(pane.table.columnCount())]
    assert headers[0].startswith("legal aid = no") and headers[2].startswith("legal aid = yes")
    yes_words = [pane.table.item(r, 2).text().split()[0] for r in range(pane.table.rowCount())
                 if pane.table.item(r, 2) is not None]
    assert "lawyer" in yes_words and "shelter" not in yes_words
    assert "no spaCy parser" in pane.status.text()  # the phrase fallback is stated


HELPED = "The legal aid lawyer helped me understand the papers for my case."
ELSEWHERE = ("I walked to the market on Sunday. " + HELPED + " My cousin came to visit in spring.",
             "Our flat has two small rooms. " + HELPED + " The children play football after school.")


@pytest.fixture
def repeated(qtbot, tmp_path):
    """HELPED is said word for word once in each of P01, P02 and P03."""
    project = new_project(tmp_path / "study.qcproj")
    coder = ensure_coder(project, "Dilnoza")
    docs = [add_document(project, "P01", TEXT).value.id, add_document(project, "P02", ELSEWHERE[0]).value.id,
            add_document(project, "P03", ELSEWHERE[1]).value.id]
    code = add_code(project, "Legal aid", definition="Help from a lawyer with papers or a case.").value.id
    apply_code(project, docs[0], Span(0, len(CODED)), code, coder.id)
    location = project.location
    project.close()
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_coder_name("Dilnoza")
    assert w.open_location(str(location))
    w.show()
    return w, docs, code


def _helped_places(w, docs, code):
    return sorted((d, s.span.start, s.span.end) for d in docs for s in segments_of_document(w.session.project, d)
                  if s.code_id == code and s.span.end - s.span.start == len(HELPED))


def test_a_passage_said_in_several_places_shows_them_and_shift_enter_codes_them_all_in_one_step(repeated, qtbot):
    w, docs, code = repeated
    pane = w.assistant_ui.find_more
    _find(qtbot, pane, code)
    texts = [v.text for v in pane.views]
    assert texts.count(HELPED) == 1  # offered once
    row = texts.index(HELPED)
    pane.table.setCurrentCell(row, 0)
    cells = [pane.table.item(row, c) for c in range(pane.table.columnCount())]
    said = next(c for c in cells if c is not None and "other place" in c.text())
    assert said.text() == "also in 2 other places"
    shown = pane.table.item(row, 1).text()  # the document the passage is shown in
    others = {"P01", "P02", "P03"} - {shown}
    assert all(name in said.toolTip() for name in others)
    assert "2 other places" in pane.why.toPlainText() and all(n in pane.why.toPlainText() for n in others)
    # the other rows say nothing about copies
    assert all("other place" not in (pane.table.item(r, c).text() if pane.table.item(r, c) else "")
               for r in range(pane.table.rowCount()) if r != row for c in range(pane.table.columnCount()))
    assert pane.accept_all_button.isEnabled() and "3" in pane.accept_all_button.text()
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    expected = sorted((d, text.index(HELPED), text.index(HELPED) + len(HELPED))
                      for d, text in zip(docs, (TEXT, *ELSEWHERE), strict=True))
    assert _helped_places(w, docs, code) == expected
    assert HELPED not in [v.text for v in pane.views]
    assert len([d for d in assistant_decisions(w.session.project, code) if d.decision is SuggestionDecision.ACCEPT]) \
        == 3
    w.undo_action.trigger()  # one Ctrl+Z takes back every place
    assert _helped_places(w, docs, code) == []
    assert assistant_decisions(w.session.project, code) == []


def test_enter_codes_only_the_passage_shown_and_clicking_a_copy_shows_it(repeated, qtbot):
    w, docs, code = repeated
    pane = w.assistant_ui.find_more
    _find(qtbot, pane, code)
    row = [v.text for v in pane.views].index(HELPED)
    pane.table.setCurrentCell(row, 2)
    view = pane.current()
    shown = []
    pane.suggestion_activated.connect(lambda d, a, b: shown.append((d, a, b)))
    [first_copy, *_] = view.copies
    pane.why.anchorClicked.emit(pane.copy_link(0))
    assert shown[-1] == (first_copy.document_id, first_copy.start, first_copy.end)
    texts = dict(zip(docs, (TEXT, *ELSEWHERE), strict=True))
    assert texts[first_copy.document_id][first_copy.start:first_copy.end] == HELPED
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_Return)
    assert _helped_places(w, docs, code) == [(view.document_id, view.start, view.end)]


def test_undoing_an_accept_puts_the_passage_back_at_its_rank_and_redo_takes_it_off(window, qtbot):
    w, _doc, code = window
    pane = w.assistant_ui.find_more
    assert _find(qtbot, pane, code) >= 3
    order = [v.text for v in pane.views]
    pane.table.setCurrentCell(1, 2)
    taken = pane.current().text
    assert pane.accept_current()
    assert [v.text for v in pane.views] == order[:1] + order[2:]
    pane.table.setCurrentCell(0, 2)
    assert pane.skip_current()  # another decision meanwhile: not on the undo stack
    assert [v.text for v in pane.views] == order[2:]
    w.undo_action.trigger()  # Ctrl+Z: the accepted passage is back, above the rest as it ranked
    assert [v.text for v in pane.views] == order[1:]
    assert pane.current().text == taken and pane.table.rowCount() == len(order) - 1
    assert taken in pane.why.toPlainText() and "back in the list" in pane.status.text()
    assert pane.accept_button.isEnabled()
    w.redo_action.trigger()
    assert [v.text for v in pane.views] == order[2:]
    w.undo_action.trigger()
    passage = next(c for c in range(pane.table.columnCount()) if pane.table.horizontalHeaderItem(c).text() == "Passage")
    assert pane.table.item(0, passage).text() == " ".join(taken.split())  # the table shows it too


def test_the_index_built_anywhere_is_heard_by_the_search_and_find_more_panes(window, qtbot):
    from qualcode.services.assistant import build_index

    w, _doc, code = window
    search, pane = w.workbench.bottom_tabs.search, w.assistant_ui.find_more
    meaning = search.mode_box.findData("meaning")

    def tip() -> str:
        return search.mode_box.itemData(meaning, Qt.ItemDataRole.ToolTipRole)

    assert "first search by meaning" in tip()
    assert "first search" in pane.status.text()
    build_index(w.session.project)  # e.g. from the command line, or the other pane
    qtbot.waitUntil(lambda: "ready" in tip(), timeout=5000)
    assert "1 document" in tip()
    assert "ready" in pane.status.text()
    assert _find(qtbot, pane, code) > 0  # a list is shown ...
    add_document(w.session.project, "P02", "The lawyer from legal aid read every paper with me.")
    assert "Find more again" not in pane.status.text()
    build_index(w.session.project)  # ... and the index changes under it
    qtbot.waitUntil(lambda: "2 documents" in tip(), timeout=5000)
    assert "index was updated" in pane.status.text() and "Find more again" in pane.status.text()
