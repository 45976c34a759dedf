"""The Team menu in the main window: blind coding, whose codings the viewer shows, the reference coder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from qualcode.core.span import Span
from qualcode.services.coding.retrieval import find_code_by_path
from qualcode.services.coding.segments import apply_named_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import list_coders
from qualcode.ui.main_window import MainWindow

TEXT = "In the peer group I was a person again. The hostel was loud."


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder_name", "Ana")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.create_project(str(tmp_path / "s.qcproj"))
    project = w.session.project
    add_document(project, "P07", TEXT)
    for coder, start, end in (("Ana", 7, 17), ("Ben", 7, 38), ("Ben", 40, 59)):
        apply_named_code(project, 1, Span(start, end), find_code_by_path(project, "Peer"), "Peer", coder)
    w.team_menu._fill()
    w.workbench.viewer.show_document(1)
    return w


def _shown(window) -> list[tuple[int, int]]:
    view = window.workbench.viewer.controller.view
    return sorted((s.start, s.end) for s in view.index.all())


def _coder_id(window, name: str) -> int:
    return next(c.id for c in list_coders(window.session.project) if c.name == name)


def test_blind_coding_hides_other_coders_and_is_remembered(window, tmp_path):
    assert _shown(window) == [(7, 17), (7, 38), (40, 59)]
    window.team_menu.blind_action.setChecked(True)
    assert _shown(window) == [(7, 17)]  # only Ana's own
    assert not window.team_menu.show_menu.isEnabled()
    assert window.settings.value("team/blind", type=bool) is True
    window.team_menu.blind_action.setChecked(False)
    assert _shown(window) == [(7, 17), (7, 38), (40, 59)]


def test_show_codings_of_one_coder(window):
    window.team_menu.show_coder(_coder_id(window, "Ben"))
    assert _shown(window) == [(7, 38), (40, 59)]
    names = [a.text() for a in window.team_menu.show_menu.actions()]
    assert names == ["All coders", "Ana", "Ben"]
    window.team_menu.show_coder(None)
    assert len(_shown(window)) == 3


def test_mark_reference_coder_is_undoable(window):
    window.team_menu.mark_reference(_coder_id(window, "Ben"))
    assert [c.name for c in list_coders(window.session.project) if c.is_reference] == ["Ben"]
    checked = [a.text() for a in window.team_menu.reference_menu.actions() if a.isChecked()]
    assert checked == ["Ben"]
    window.undo_action.trigger()
    assert not any(c.is_reference for c in list_coders(window.session.project))


def test_disagreements_dock_opens_and_goes_with_the_project(window):
    window.team_menu.disagreements_action.trigger()
    dock = window.team_menu.dock
    assert dock is not None and dock.widget().model.rowCount() == 1  # "The hostel was loud." only Ben
    window.close_project()
    assert getattr(window, "team_menu", None) is None
    assert "Team" not in [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_a_theme_change_in_the_app_belongs_to_the_session_coder(window):
    from qualcode.services.team.authorship import theme_coders
    from qualcode.services.themes.theme_edits import create_theme, rename_theme

    theme = create_theme(window.session.project, "Being heard").value  # published on the hub like a UI edit
    ana = _coder_id(window, "Ana")
    assert theme_coders(window.session.project) == {theme.id: ana}
    window.session.coder = next(c for c in list_coders(window.session.project) if c.name == "Ben")
    rename_theme(window.session.project, theme.id, "Being listened to")
    assert theme_coders(window.session.project) == {theme.id: _coder_id(window, "Ben")}


def test_the_coder_name_is_asked_once_per_machine_not_the_login(tmp_path):
    from qualcode.ui.team.coder_identity import coder_name

    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    asked: list[str] = []

    def ask(_parent, suggestion):
        asked.append(suggestion)
        return "Dilnoza"

    assert coder_name(settings, ask=ask) == "Dilnoza"
    assert coder_name(settings, ask=ask) == "Dilnoza"
    assert len(asked) == 1 and settings.value("coder_name") == "Dilnoza"
    cancelled = QSettings(str(tmp_path / "cancel.ini"), QSettings.Format.IniFormat)
    assert coder_name(cancelled, ask=lambda _p, _s: None) == "coder"  # not the login; saves nothing
    assert cancelled.value("coder_name") is None


def test_codebook_counts_follow_the_coder_filter(window, qtbot):
    counts = window.workbench.codebook.counts
    code_id = find_code_by_path(window.session.project, "Peer").id
    with qtbot.waitSignal(counts.updated, timeout=5000) as blocker:
        window.team_menu.show_coder(_coder_id(window, "Ben"))
    assert blocker.args[0][code_id].segments == 2  # Ben's two codings, not Ana's
    with qtbot.waitSignal(counts.updated, timeout=5000) as blocker:
        window.team_menu.blind_action.setChecked(True)  # blind: Ana sees only her own
    assert blocker.args[0][code_id].segments == 1
    with qtbot.waitSignal(counts.updated, timeout=5000) as blocker:
        window.team_menu.blind_action.setChecked(False)
        window.team_menu.show_coder(None)
    assert blocker.args[0][code_id].segments == 3


def test_blind_mode_locks_the_segments_tab_to_ones_own_codings(window):
    box = window.workbench.bottom_tabs.segments.coder_box
    window.team_menu.blind_action.setChecked(True)
    assert box.currentText() == "Ana" and not box.isEnabled()
    window.team_menu.blind_action.setChecked(False)
    assert box.currentText() == "All coders" and box.isEnabled()


def test_a_memo_edit_in_the_app_belongs_to_the_session_coder(window):
    from qualcode.core.memo import MemoTarget
    from qualcode.services.coding.memos import add_memo, edit_memo
    from qualcode.services.team.authorship import memo_editors

    project = window.session.project
    memo = add_memo(project, MemoTarget.PROJECT, None, "First thoughts", _coder_id(window, "Ana")).value
    window.session.coder = next(c for c in list_coders(project) if c.name == "Ben")
    edit_memo(project, memo.id, "First thoughts, revised")
    assert memo_editors(project) == {memo.id: _coder_id(window, "Ben")}
