"""The window opens a read-only project for browsing (title says so) and refuses a hostile one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from qualcode.ui.main_window import MainWindow
from tests.hostile.make_hostile_projects import honest_project, trigger_on_segments


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    yield w
    w.close_project()


def test_read_only_project_opens_with_a_read_only_title(window, tmp_path, monkeypatch):
    path = honest_project(tmp_path / "shared.qcproj")
    monkeypatch.setattr("qualcode.ui.main_window.load_project", _read_only_loader)
    assert window.open_location(str(path))
    assert "read-only" in window.windowTitle()
    assert window.session is not None and window.session.project.read_only


def test_project_with_a_foreign_trigger_is_refused_with_the_clean_copy_hint(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("qualcode.ui.main_window.show_error", lambda parent, what, exc: shown.append(str(exc)))
    assert not window.open_location(str(trigger_on_segments(tmp_path)))
    assert shown and "trigger 'wipe'" in shown[0] and "clean-copy" in shown[0]
    assert window.session is None


def _read_only_loader(location):
    from qualcode.services.projects import load_project

    return load_project(location, read_only=True)
