"""The retrieval pane: real widgets, offscreen; expected rows come from the crafted project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qualcode.core.changes import Changes
from qualcode.core.span import Span
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.coding_commands import ApplyCodeCommand
from qualcode.ui.models.segment_table_model import SegmentTableModel
from qualcode.ui.panes.segments_pane import SegmentsPane, attribute_key
from qualcode.ui.session import ProjectSession
from tests.services.matrix_fixture import TEXT1, TEXT2, build


@pytest.fixture
def setup(qtbot, project, coder):
    crafted = build(project, coder)
    session = ProjectSession(project, "Dilnoza")
    pane = SegmentsPane(session)
    qtbot.addWidget(pane)
    return session, pane, crafted


def _texts(pane):
    return [pane.model.index(r, 5).data() for r in range(pane.model.rowCount())]


def test_retrieve_code_with_filters_and_context(setup, qtmodeltester):
    session, pane, crafted = setup
    qtmodeltester.check(pane.model)
    pane.show_code(crafted.codes["C"])
    qtmodeltester.check(pane.model)
    assert _texts(pane) == [TEXT1[20:30], TEXT1[45:50]]
    assert "2 segments in 1 document and 1 case" in pane.summary.text()
    pane.show_code(crafted.codes["A"])
    docs = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    speakers = [pane.model.index(r, 1).data() for r in range(pane.model.rowCount())]
    cases = [pane.model.index(r, 2).data() for r in range(pane.model.rowCount())]
    assert docs == ["P1 interview", "P1 interview", "Focus group", "Focus group"]
    assert speakers == ["Interviewer", "P1", "Ann", "Ben"]
    assert cases == ["P1", "P1", "P1", "P2"]
    pane.kind_box.setCurrentIndex(pane.kind_box.findData("focus-group"))
    assert pane.model.rowCount() == 2
    pane.attribute_box.setCurrentIndex(pane.attribute_box.findData(attribute_key("program", "shelter")))
    assert [pane.model.index(r, 1).data() for r in range(pane.model.rowCount())] == ["Ben"]
    qtmodeltester.check(pane.model)
    # the preview shows the context around the segment
    pane.table.setCurrentIndex(pane.model.index(0, 5))
    # Ben's A32 segment with its context: TEXT2[0:32] before, TEXT2[40:50] after
    assert TEXT2[0:32] + TEXT2[32:40] + TEXT2[40:50] in pane.preview.toPlainText()


def test_refreshes_after_coding_and_undo(setup, qtbot):
    session, pane, crafted = setup
    pane.show()
    pane.show_code(crafted.codes["D"])
    assert pane.model.rowCount() == 1
    push_command(session, ApplyCodeCommand(session, crafted.doc1, Span(40, 44), crafted.codes["D"], "D"))
    assert pane.model.rowCount() == 1  # not refreshed inside the coding command
    qtbot.waitUntil(lambda: _texts(pane) == [TEXT1[10:12], TEXT1[40:44]], timeout=2000)
    pane.hide()
    session.undo_stack.undo()
    # hidden: nothing is scheduled (no debounce running), so the rows wait until it is shown
    assert pane._stale and not pane._debounce.isActive()
    assert pane.model.rowCount() == 2
    pane.show()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=2000)


def test_double_click_jumps_to_the_text(setup, qtbot):
    session, pane, crafted = setup
    pane.show_code(crafted.codes["B"])
    index = pane.model.index(1, 5)
    with qtbot.waitSignal(pane.segment_activated) as blocker:
        pane.table.doubleClicked.emit(index)
    assert blocker.args == [crafted.doc1, 12, 22]


def test_matrix_cell_segments_and_sub_codes(setup, project, coder):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code

    session, pane, crafted = setup
    child = add_code(project, "A child", parent_id=crafted.codes["A"]).value.id
    apply_code(project, crafted.doc1, Span(1, 2), child, coder.id)
    session.events.emit_changes(Changes(codes=True))  # refills the code menu
    pane.show_code(crafted.codes["A"])
    assert pane.model.rowCount() == 5
    pane.children_box.setChecked(False)
    assert pane.model.rowCount() == 4
    pane.show_segments([crafted.segments["B35"], crafted.segments["A0"]], "A × B")
    assert [pane.model.index(r, 5).data() for r in range(2)] == [TEXT1[0:10], TEXT2[35:45]]
    assert pane.summary.text().startswith("A × B · 2 segments")


def test_empty_model_is_valid(qtmodeltester):
    model = SegmentTableModel()
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Document"
