"""File › Import transcripts…/Import survey…: enabled only with a project; an import refreshes the document list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog
from qualcode.ui.main_window import MainWindow

FOCUS_GROUP = Path(__file__).parents[1] / "data" / "transcripts" / "qualcoder-examples" / "transcript.txt"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def _file_menu_texts(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_actions_follow_the_open_project(window, tmp_path):
    actions = window.import_actions
    assert "Import transcripts…" in _file_menu_texts(window) and "Import survey…" in _file_menu_texts(window)
    assert actions.transcripts.shortcut().toString() == "Ctrl+Shift+I"
    assert not actions.transcripts.isEnabled() and not actions.survey.isEnabled()
    window.create_project(str(tmp_path / "s.qcproj"))
    assert actions.transcripts.isEnabled() and actions.survey.isEnabled()
    window.close_project()
    assert not actions.transcripts.isEnabled()


def test_menu_import_fills_the_document_list(window, tmp_path, qtbot, monkeypatch):
    window.create_project(str(tmp_path / "s.qcproj"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(FOCUS_GROUP)], ""))
    pane = window.workbench.documents
    assert pane.tree.topLevelItemCount() == 0
    window.import_actions.transcripts.trigger()
    dialog = window.findChild(TranscriptImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.session.events.changed, timeout=10_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: pane.tree.topLevelItemCount() == 1)
    assert "1 document ·" in window.counts_label.text()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "0 documents" in window.counts_label.text())


def test_closing_the_project_closes_an_open_import_dialog(window, tmp_path, qtbot, monkeypatch):
    window.create_project(str(tmp_path / "s.qcproj"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    dialog = window.import_actions.open_survey_dialog()
    assert dialog.isVisible()
    window.close_project()
    assert not dialog.isVisible() and window.import_actions.dialogs == []
