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


def test_project_with_a_foreign_trigger_is_refused_unless_the_user_takes_a_clean_copy(window, tmp_path):
    asked = []
    window.ask_clean_copy = lambda parent, refusal, copy: asked.append((refusal, copy)) or False
    path = trigger_on_segments(tmp_path)
    before = path.read_bytes()
    assert not window.open_location(str(path))
    assert asked and "trigger 'wipe'" in asked[0][0]
    assert window.session is None and path.read_bytes() == before


def test_opening_a_cleaned_copy_codes_without_the_trigger_firing(window, tmp_path):
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.corpus.documents import list_documents

    path = trigger_on_segments(tmp_path)
    before = path.read_bytes()
    window.ask_clean_copy = lambda parent, refusal, copy: True
    assert window.open_location(str(path))
    project = window.session.project
    assert project.location.endswith("(cleaned).qcproj")
    assert "cleaned copy" in window.statusBar().currentMessage()
    documents = list_documents(project)
    codes = list_codes(project)
    assert documents and codes  # the data came along
    window.workbench.viewer.controller.open_document(documents[0].id)
    from qualcode.core.span import Span
    window.workbench.viewer.view.select_span(Span(0, 5))
    assert window.workbench.viewer.controller.code_selection(next(iter(codes)))
    assert list_documents(project) == documents  # the trigger would have deleted them
    assert path.read_bytes() == before


def _read_only_loader(location):
    from qualcode.services.projects import load_project

    return load_project(location, read_only=True)
