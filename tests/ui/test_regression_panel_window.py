"""The regression panel inside the main window: Analyse menu, Ctrl+Return, click-through to text and segments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from qualcode.services.corpus.documents import get_document
from qualcode.services.projects import ensure_coder, new_project
from qualcode.ui.main_window import MainWindow
from tests.ui.test_regression_panel import FOCUS, build_study


@pytest.fixture
def window(qtbot, tmp_path):
    location = tmp_path / "study.qcproj"
    project = new_project(location)
    ids = build_study(project, ensure_coder(project, "Dilnoza"), tmp_path)
    project.close()
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    assert w.open_location(str(location))
    w.ids = ids
    return w


def _analyse_actions(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analyse")
    return {a.text(): a for a in menu.actions()}


def test_analyse_menu_runs_the_model_and_clicks_through(qtbot, window):
    actions = _analyse_actions(window)
    assert actions["&Run model"].shortcut() == QKeySequence("Ctrl+Return")
    actions["&Regression panel"].trigger()
    dock = window.regression_dock
    panel = dock.panel
    assert dock.isVisible()
    qtbot.waitUntil(lambda: panel.table is not None, timeout=10000)
    panel.set_outcome("PWB")
    panel.add_predictors(["PSSI", "theme_peer_belonging_n"])
    with qtbot.waitSignal(panel.run_finished, timeout=20000):
        actions["&Run model"].trigger()
    assert panel.results.rowCount() == 3
    # a Cook's D point of a focus-group participant opens the focus group in the viewer
    panel.plots.participant_chosen.emit(FOCUS[1])
    assert get_document(window.session.project, window.workbench.viewer.document_id).name == "FG1"
    panel.plots.participant_chosen.emit("S005")
    assert get_document(window.session.project, window.workbench.viewer.document_id).name == "S005"
    # a theme term opens its segments in the Segments tab
    row = list(panel.result_table.terms).index("theme_peer_belonging_n")
    panel.results.itemDoubleClicked.emit(panel.results.item(row, 0))
    tabs = window.workbench.bottom_tabs
    assert tabs.currentWidget() is tabs.segments
    qtbot.waitUntil(lambda: tabs.segments.model.rowCount() > 0, timeout=5000)
    texts = {tabs.segments.model.index(r, 0).data(Qt.ItemDataRole.UserRole).text
             for r in range(tabs.segments.model.rowCount())}
    assert texts == {"The women from the group still visit me."}


def test_closing_the_project_removes_the_panel(qtbot, window):
    dock = window.regression_dock
    qtbot.waitUntil(lambda: dock.panel.table is not None, timeout=10000)
    window.close_project()
    qtbot.waitUntil(lambda: "&Run model" not in _analyse_actions(window), timeout=2000)  # dock deleted later
