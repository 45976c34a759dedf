"""Matrix pane: computed in a worker, heat-map model, click-through to segments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qualcode.ui.models.matrix_model import MatrixModel
from qualcode.ui.panes.matrix_pane import MatrixPane
from qualcode.ui.session import ProjectSession
from tests.services.matrix_fixture import TEXT1, build


@pytest.fixture
def setup(qtbot, project, coder):
    crafted = build(project, coder)
    session = ProjectSession(project, "Dilnoza")
    pane = MatrixPane(session)
    qtbot.addWidget(pane)
    return pane, crafted


def _compute(qtbot, pane, kind):
    pane.kind_box.setCurrentIndex(pane.kind_box.findData(kind))
    with qtbot.waitSignal(pane.matrix_ready, timeout=5000):
        pane.compute()


def _grid(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_overlap_matrix_and_click_through(setup, qtbot, qtmodeltester):
    pane, crafted = setup
    qtmodeltester.check(pane.model)
    _compute(qtbot, pane, "overlap")
    qtmodeltester.check(pane.model)
    # hand-counted in tests/services/test_matrices.py; empty cells show as ""
    assert _grid(pane.model) == [["4", "2", "1", ""], ["2", "5", "1", "1"], ["1", "1", "2", ""], ["", "1", "", "1"]]
    assert pane.model.headerData(1, Qt.Orientation.Vertical) == "B"
    pane.show_cell(pane.model.index(0, 1))  # A x B
    qtmodeltester.check(pane.segments)
    texts = [pane.segments.index(r, 5).data() for r in range(pane.segments.rowCount())]
    assert texts[:2] == [TEXT1[0:10], TEXT1[5:15]] and len(texts) == 4
    with qtbot.waitSignal(pane.segment_activated) as blocker:
        pane.segment_table.doubleClicked.emit(pane.segments.index(1, 0))
    assert blocker.args == [crafted.doc1, 5, 15]


def test_code_by_case_matrix(setup, qtbot):
    pane, crafted = setup
    _compute(qtbot, pane, "case")
    assert [pane.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["P1", "P2"]
    assert _grid(pane.model) == [["3", "1"], ["3", "1"], ["2", ""], ["1", ""]]
    pane.show_cell(pane.model.index(1, 1))  # B x P2
    assert [pane.segments.index(0, c).data() for c in (1, 2)] == ["Ben", "P2"]


def test_same_turn_matrix(setup, qtbot):
    pane, crafted = setup
    _compute(qtbot, pane, "turn")
    assert _grid(pane.model)[0] == ["4", "3", "1", "1"]


def test_heat_map_shading(setup, qtbot):
    pane, crafted = setup
    _compute(qtbot, pane, "overlap")
    strongest = pane.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)  # A x B = 2, the maximum
    weaker = pane.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)  # 1
    assert strongest.lightness() < weaker.lightness()
    qtmodeltester_model = MatrixModel()
    assert qtmodeltester_model.rowCount() == 0
