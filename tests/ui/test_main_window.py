"""The main window creates/opens projects and wires one undo stack to the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from qualcode.core.span import Span
from qualcode.services.codebook.codes import list_codes
from qualcode.services.coding.segments import segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.codebook_commands import AddCodeCommand, DeleteCodeCommand
from qualcode.ui.commands.coding_commands import ApplyCodeCommand
from qualcode.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def test_new_project_shows_workbench_and_saved_status(window, tmp_path):
    assert window.counts_label.text() == "No project open"
    assert window.create_project(str(tmp_path / "s.qcproj"))
    assert window.workbench is not None
    assert window.saved_label.text() == "All changes saved"
    assert "0 documents" in window.counts_label.text()
    assert not window.undo_action.isEnabled()


def test_opening_a_bad_file_keeps_the_app_running(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("qualcode.ui.main_window.show_error", lambda parent, what, exc: shown.append(str(exc)))
    bad = tmp_path / "x.qcproj"
    bad.write_text("not a project")
    assert not window.open_location(str(bad))
    assert shown and "not a QualCode project" in shown[0]
    assert window.session is None


def test_undo_redo_of_coding_through_the_window(window, tmp_path, qtbot):
    window.create_project(str(tmp_path / "s.qcproj"))
    session = window.session
    doc = add_document(session.project, "P07", "In the peer group I was a person again.").value
    add = AddCodeCommand(session, "Peer support")
    with qtbot.waitSignal(session.events.changed):
        push_command(session, add)
    push_command(session, ApplyCodeCommand(session, doc.id, Span(7, 17), add.code.id, "Peer support"))
    seg = segments_of_document(session.project, doc.id)
    assert [s.span for s in seg] == [Span(7, 17)]
    window.undo_action.trigger()
    assert segments_of_document(session.project, doc.id) == []
    window.redo_action.trigger()
    assert segments_of_document(session.project, doc.id) == seg  # same id back
    assert "1 segment" in window.counts_label.text() and "1 segments" not in window.counts_label.text()  # English plural


def test_failed_command_leaves_nothing_on_the_stack(window, tmp_path):
    window.create_project(str(tmp_path / "s.qcproj"))
    session = window.session
    doc = add_document(session.project, "P07", "short").value
    add = AddCodeCommand(session, "X")
    push_command(session, add)
    with pytest.raises(Exception, match="past the end"):
        push_command(session, ApplyCodeCommand(session, doc.id, Span(0, 99), add.code.id, "X"))
    assert session.undo_stack.count() == 1


def test_delete_code_undo_restores_same_ids(window, tmp_path):
    window.create_project(str(tmp_path / "s.qcproj"))
    session = window.session
    add = AddCodeCommand(session, "Stigma")
    push_command(session, add)
    before = list_codes(session.project)
    push_command(session, DeleteCodeCommand(session, add.code))
    assert list_codes(session.project) == {}
    session.undo_stack.undo()
    assert list_codes(session.project) == before


def test_reopen_from_recent_projects(window, tmp_path):
    path = str(tmp_path / "s.qcproj")
    window.create_project(path)
    window.close_project()
    assert window.recent_menu.actions()[0].text() == path
    window.recent_menu.actions()[0].trigger()
    assert window.session is not None and window.session.project.location == path


def test_welcome_screen_opens_the_demo(window, tmp_path, monkeypatch):
    from qualcode.ui.welcome_view import WelcomeView

    monkeypatch.setattr("qualcode.services.demo.build_demo.default_demo_path", lambda: tmp_path / "Demo.qcproj")
    welcome = window.centralWidget()
    assert isinstance(welcome, WelcomeView)
    welcome.demo_requested.emit()
    assert window.session is not None
    assert window.session.project.location == str(tmp_path / "Demo.qcproj")
    assert "54 documents" in window.counts_label.text()


def test_start_page_creates_a_project_with_the_coder_name_asked_once(window, tmp_path, qtbot):
    from qualcode.services.projects import project_info  # noqa: F401 - the project must open
    from qualcode.ui.welcome_view import WelcomeView

    page = window.centralWidget()
    assert isinstance(page, WelcomeView) and page.coder_name() == ""  # never the login name
    page.name_edit.setText("Survivors")
    page.folder_edit.setText(str(tmp_path / "studies"))
    page.create_button.click()
    assert window.session is None and "name" in page.error_label.text()  # the name comes first
    qtbot.keyClicks(page.coder_edit, "Dilnoza")
    page.create_button.click()
    assert window.session is not None
    assert window.session.project.location == str(tmp_path / "studies" / "Survivors.qcproj")
    assert window.session.coder.name == "Dilnoza"
    assert window.settings.value("coder_name") == "Dilnoza"
    window.close_project()
    again = window.centralWidget()
    assert again.coder_name() == "Dilnoza"  # asked once
    assert again.recent_list.item(0).data(0x0100) == str(tmp_path / "studies" / "Survivors.qcproj")
