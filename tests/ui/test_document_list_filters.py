"""The document list's filter bar: kind, case, coder, coded / not coded, name."""

from __future__ import annotations

from qualcode.core.span import Span
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.coding_commands import ApplyCodeCommand
from qualcode.ui.panes.document_list_pane import DocumentListPane
from qualcode.ui.session import ProjectSession
from tests.services.matrix_fixture import build


def test_document_filters(qtbot, project, coder):
    crafted = build(project, coder)
    notes = add_document(project, "Field notes day 1", "quiet day").value.id
    session = ProjectSession(project, "Dilnoza")
    pane = DocumentListPane(session)
    qtbot.addWidget(pane)
    assert pane.shown_ids() == [crafted.doc1, notes, crafted.doc2]  # grouped: interviews, then focus groups
    pane.kind_box.setCurrentIndex(pane.kind_box.findData("focus-group"))
    assert pane.shown_ids() == [crafted.doc2]
    assert pane.shown.text() == "1 of 3 documents"
    pane.kind_box.setCurrentIndex(0)
    pane.case_box.setCurrentIndex(pane.case_box.findData(crafted.cases["P2"]))
    assert pane.shown_ids() == [crafted.doc2]  # P2 only speaks in the focus group
    pane.case_box.setCurrentIndex(0)
    pane.coded_box.setCurrentIndex(2)  # not coded yet
    assert pane.shown_ids() == [notes]
    # coding the notes takes them off the to-do list (after the debounce)
    push_command(session, ApplyCodeCommand(session, notes, Span(0, 5), crafted.codes["A"], "A"))
    qtbot.waitUntil(lambda: pane.shown_ids() == [], timeout=3000)
    pane.coded_box.setCurrentIndex(0)
    amir = ensure_coder(project, "Amir")
    apply_code(project, crafted.doc2, Span(0, 3), crafted.codes["B"], amir.id)
    pane._fill_choices()
    pane.coder_box.setCurrentIndex(pane.coder_box.findData(amir.id))
    assert pane.shown_ids() == [crafted.doc2]
    pane.coder_box.setCurrentIndex(0)
    pane.name_filter.setText("NOTES")
    assert pane.shown_ids() == [notes]
