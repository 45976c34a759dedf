"""Phase navigator, review view and the Word export through the real main window."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.themes.theme_review import theme_review
from qualcode.ui.main_window import MainWindow
from qualcode.ui.phases.phase_navigator_pane import PhaseNavigatorPane
from qualcode.ui.themes.theme_review_model import ThemeReviewModel
from qualcode.ui.themes.theme_review_view import ThemeReviewView
from tests.ui.themes_fixtures import themed  # noqa: F401 - fixture


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.create_project(str(tmp_path / "s.qcproj"))
    yield w
    w.close_project()


def _items(pane: PhaseNavigatorPane, number: int) -> list[str]:
    return list(pane.status(number).done_items)


def test_counts_of_a_crafted_project_and_opening_marks_read(window, qtbot):
    session = window.session
    project = session.project
    a = add_document(project, "P01", "x" * 100).value  # 100 + 50 characters in all
    add_document(project, "P02", "y" * 50)
    peer = add_code(project, "Peer support").value
    add_code(project, "Stigma")
    apply_code(project, a.id, Span(10, 40), peer.id, session.coder.id)  # 30 of 150 characters = 20 %
    pane = window.themes_ui.navigator
    pane.refresh()
    assert _items(pane, 1) == ["0 of 2 documents read", "0 of 2 documents memo'd", "0 reflexive journal entries"]
    assert _items(pane, 2) == ["2 codes (2 inductive)", "1 coded segments", "20 % of the text coded"]
    assert pane.current == 2 and pane.shown == 2  # coding has started, nothing read yet
    assert pane.buttons[1].font().bold() and pane.buttons[1].isChecked()
    assert "20 % of the text coded" in pane.done.text()
    assert "Code the whole data set" in pane.guidance.text()
    # opening a document from the list counts as reading it
    window.show()
    window.workbench.documents.document_chosen.emit(a.id)
    qtbot.waitUntil(lambda: _items(pane, 1)[0] == "1 of 2 documents read")
    assert window.themes_ui.centre.currentIndex() == 0  # the document tab shows
    # a phase button shows that phase, nothing is locked
    pane.buttons[5].click()
    assert pane.shown == 6 and pane.heading.text().startswith("<b>6. Producing the report")


def test_review_model_contract_and_groups_by_case(qtbot, themed, project, qtmodeltester):
    from qualcode.services.themes.theme_edits import add_codes_to_theme

    session, b = themed
    tid = b.themes["Demanding but worthwhile"]
    model = ThemeReviewModel()
    model.set_groups(theme_review(project, tid).groups)
    qtmodeltester.check(model)
    tops = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert tops == ["id1 · 2 segments", "id3 · 2 segments"]  # hand-checked in the transcript
    first = model.index(0, 0)
    assert model.index(0, 0, first).data() == "there was too much needed for the wrtitten assignments"
    add_codes_to_theme(project, tid, [b.codes["Lecture slides"]])
    model.set_groups(theme_review(project, tid).groups)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "id1 · 2 segments", "id2 · 1 segment", "id3 · 2 segments"]
    view = ThemeReviewView(session)
    qtbot.addWidget(view)
    view.show_theme(tid)
    assert "3/3 cases" in view.summary.text() and "5 segments" in view.summary.text()
    jumps = []
    view.segment_activated.connect(lambda d, s, e: jumps.append((d, s, e)))
    child = view.model.index(0, 0, view.model.index(1, 0))  # id2: the slides complaint
    view.tree.doubleClicked.emit(child)
    start = b.text.index("I am struggling with the lecture slides.")
    assert jumps == [(b.document_id, start, start + len("I am struggling with the lecture slides. I felt that "
                                                          "they were too busy and I switched off."))]


def test_export_report_from_the_menu_has_the_map_picture(window, qtbot, tmp_path):
    session = window.session
    ui = window.themes_ui
    doc = add_document(session.project, "P07", "In the peer group I was a person again.").value
    peer = add_code(session.project, "Peer support").value
    apply_code(session.project, doc.id, Span(7, 17), peer.id, session.coder.id)
    tid = ui.tab.board.new_theme(code_ids=[peer.id], name="Belonging")
    assert tid is not None
    ui.tab.map_panel.auto_layout()
    assert len(ui.tab.map_view.nodes) == 2
    expected = ui.tab.map_view.render_image()
    target = tmp_path / "report.docx"
    ui.ask_save = lambda *_args: str(target)
    ui.export_report.trigger()
    assert target.exists()
    document = docx.Document(str(target))
    assert len(document.inline_shapes) == 1
    blob = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    image_part = document.part.related_parts[blob]
    picture = QImage.fromData(image_part.blob)
    assert (picture.width(), picture.height()) == (expected.width(), expected.height())  # the canvas, not a redraw
    assert any(p.text == "Belonging" for p in document.paragraphs)
    assert ui.navigator.status(6).done_items[0].startswith("thematic report exported 20")
    codebook_path = tmp_path / "codebook.docx"
    ui.ask_save = lambda *_args: str(codebook_path)
    ui.export_codebook.trigger()
    assert any("Peer support" in p.text for p in docx.Document(str(codebook_path)).paragraphs)


def test_hidden_theme_tabs_fill_when_first_shown_and_a_language_switch_keeps_what_was_chosen(window, qtbot):
    """The Themes tab reads the project when it is first shown, not when the window opens; after
    a language switch the Review sub-tab the user had used shows the same theme again."""
    from qualcode.ui.i18n.switch import switch_language

    session = window.session
    doc = add_document(session.project, "P07", "In the peer group I was a person again.").value
    peer = add_code(session.project, "Peer support").value
    apply_code(session.project, doc.id, Span(7, 17), peer.id, session.coder.id)
    ui = window.themes_ui
    ui.tab.board.new_theme(code_ids=[peer.id], name="Belonging")
    ui.tab.board.new_theme(name="Trust")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    review = ui.tab.review
    assert review.chooser.count() == 0  # never shown: nothing read yet
    ui.show_themes(review)
    assert [review.chooser.itemText(i) for i in range(review.chooser.count())] == ["Belonging", "Trust"]
    review.chooser.setCurrentIndex(1)
    ui.centre.setCurrentIndex(0)  # back to the document: the Themes tab is hidden again

    new = switch_language(window, "en", delete_old=False)
    qtbot.addWidget(new)
    qtbot.addWidget(window)
    try:
        new_review = new.themes_ui.tab.review
        assert new_review.chooser.currentText() == "Trust"
    finally:
        new.close_project()
        window.session = None  # handed over to the new window
