"""The analysis tabs inside the real main window: jumping from a result back to the text."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.ui.main_window import MainWindow

TEXT = "ok 😀 café. In the peer group I was a person again."


def test_jump_from_segments_and_search_to_the_text(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.create_project(str(tmp_path / "s.qcproj"))
    session = window.session
    doc = add_document(session.project, "P07", TEXT).value.id
    code = add_code(session.project, "Peer support").value.id
    apply_code(session.project, doc, Span(18, 28), code, session.coder.id)
    tabs = window.workbench.bottom_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Segments", "Search", "Memos && journal", "Matrices",
                                                                  "Find more like these", "Inductive prompts"]
    tabs.segments.show_code(code)
    tabs.segments.table.doubleClicked.emit(tabs.segments.model.index(0, 5))
    viewer = window.workbench.viewer
    assert viewer.document_id == doc
    assert viewer.view.selection_span() == Span(18, 28)  # code points, though the emoji is 2 UTF-16 units
    assert viewer.view.textCursor().selectedText() == "peer group"  # what the user sees selected
    tabs.search.query.setText("person")
    with qtbot.waitSignal(tabs.search.search_finished, timeout=5000):
        tabs.search.run_search()
    tabs.search.table.doubleClicked.emit(tabs.search.model.index(0, 2))
    assert viewer.view.selection_span() == Span(37, 43)
    window.close_project()
