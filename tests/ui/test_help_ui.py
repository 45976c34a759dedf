"""Help › Keyboard shortcuts (generated from the actions), Help › User guide, the toolbar, View › Layouts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget

from qualcode.ui.help_ui import GUIDE
from qualcode.ui.main_window import MainWindow


def _window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def test_shortcuts_list_every_action_with_keys(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert window.create_project(str(tmp_path / "s.qcproj"))
    dialog = window.help_ui.show_shortcuts()
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())}
    names = {name for name, _ in rows}
    assert {"Undo", "Import transcripts", "Keyboard shortcuts"} <= names
    assert ("Redo", "Ctrl+Shift+Z, Ctrl+Y") in rows  # Ctrl+Y as on Windows, too
    dialog.close()


def test_guide_is_bundled_with_its_pictures(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    dialog = window.help_ui.show_guide()
    text = dialog.browser.toPlainText()
    assert "Import transcripts" in text and "Regression panel" in text
    for name in ("start_page", "workbench", "themes_map", "regression_panel", "joint_display"):
        assert (GUIDE.parent / f"{name}.png").is_file()
    dialog.close()


def test_toolbar_actions_all_have_tooltips(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    actions = window.help_ui.toolbar.actions()
    assert len(actions) >= 6
    for action in actions:
        assert action.toolTip() and action.toolTip().replace("&", "") != action.text().replace("&", "")


def test_layouts_show_their_docks_and_reset(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert window.create_project(str(tmp_path / "s.qcproj"))
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    window.help_ui.apply_layout("Analysis")
    assert docks["regression_dock"].isVisible() and not docks["phases_dock"].isVisible()
    window.help_ui.apply_layout("Coding")
    assert docks["documents_dock"].isVisible() and not docks["regression_dock"].isVisible()
    window.help_ui.apply_layout("Analysis")  # comes back as the user left it
    assert docks["regression_dock"].isVisible()
    window.help_ui.reset_layout()
    assert docks["codebook_dock"].isVisible() and not docks["regression_dock"].isVisible()
