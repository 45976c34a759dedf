"""Memos and journal through the real pane: new, edit, search, delete, all undoable."""

from __future__ import annotations

import pytest

from qualcode.core.memo import MemoTarget
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.memos import find_memos
from qualcode.ui.models.memo_list_model import MemoListModel
from qualcode.ui.panes.memos_pane import MemosPane
from qualcode.ui.session import ProjectSession


@pytest.fixture
def pane(qtbot, project):
    session = ProjectSession(project, "Dilnoza")
    widget = MemosPane(session)
    qtbot.addWidget(widget)
    return widget


def _lines(pane):
    return [pane.model.index(r).data().split("\n")[0] for r in range(pane.model.rowCount())]


def test_journal_entry_edit_and_undo(pane, project, qtmodeltester):
    qtmodeltester.check(pane.model)
    memo_id = pane.new_entry(MemoTarget.PROJECT, None, journal=True)
    qtmodeltester.check(pane.model)
    assert pane.current is not None and pane.current.id == memo_id and pane.current.is_journal
    assert "Journal entry · created" in pane.stamps.text()
    pane.title.setText("Day 3")
    pane.editor.setPlainText("I noticed I expect stories of rescue; P07 resists that frame.")
    assert pane.save_current()
    [stored] = find_memos(project, journal=True)
    assert (stored.title, stored.text.startswith("I noticed")) == ("Day 3", True)
    assert _lines(pane) == ["Day 3"]
    pane.session.undo_stack.undo()  # the edit
    assert find_memos(project, journal=True)[0].text == ""
    pane.session.undo_stack.undo()  # the creation
    assert find_memos(project) == []
    assert pane.model.rowCount() == 0 and pane.current is None
    pane.session.undo_stack.redo()
    assert [m.id for m in find_memos(project)] == [memo_id]  # same id back


def test_filter_search_and_delete(pane, project):
    code = add_code(project, "Legal aid").value
    pane.new_entry(MemoTarget.PROJECT, None, journal=True, text="Reflexive: my own legal background")
    pane.new_entry(MemoTarget.CODE, code.id, text="Legal aid seems to mean rights, not lawyers")
    pane.new_entry(MemoTarget.PROJECT, None, text="Sampling note")
    assert pane.model.rowCount() == 3
    assert "Code: Legal aid" in pane.model.index(pane.model.row_of(2), 0).data()
    pane.show_box.setCurrentIndex(1)  # journal
    assert _lines(pane) == ["Reflexive: my own legal background"]
    pane.show_box.setCurrentIndex(4)  # code memos
    assert _lines(pane) == ["Legal aid seems to mean rights, not lawyers"]
    pane.show_box.setCurrentIndex(0)
    pane.search.setText("LEGAL")
    assert sorted(_lines(pane)) == ["Legal aid seems to mean rights, not lawyers", "Reflexive: my own legal background"]
    pane.search.clear()
    pane.list.setCurrentIndex(pane.model.index(pane.model.row_of(3)))
    assert pane.delete_current()
    assert sorted(m.id for m in find_memos(project)) == [1, 2]
    pane.session.undo_stack.undo()
    assert sorted(m.id for m in find_memos(project)) == [1, 2, 3]


def test_switching_memos_keeps_what_was_typed(pane, project):
    first = pane.new_entry(MemoTarget.PROJECT, None, text="one")
    pane.new_entry(MemoTarget.PROJECT, None, text="two")
    pane.list.setCurrentIndex(pane.model.index(pane.model.row_of(first)))
    pane.editor.setPlainText("one, revised")
    pane.list.setCurrentIndex(pane.model.index(pane.model.row_of(first + 1)))
    assert {m.id: m.text for m in find_memos(project)}[first] == "one, revised"


def test_empty_memo_model(qtmodeltester):
    model = MemoListModel()
    qtmodeltester.check(model)


def test_unsaved_typing_survives_a_refresh_and_pushes_nothing(pane, project):
    from qualcode.ui.commands.base import push_command
    from qualcode.ui.commands.codebook_commands import AddCodeCommand

    pane.new_entry(MemoTarget.PROJECT, None, text="draft")
    pane.editor.setPlainText("draft, half written")
    count = pane.session.undo_stack.count()
    push_command(pane.session, AddCodeCommand(pane.session, "Stigma"))  # refreshes the pane (codes changed)
    assert pane.session.undo_stack.count() == count + 1
    assert pane.editor.toPlainText() == "draft, half written"
    assert find_memos(project)[0].text == "draft"


def test_a_teammates_newer_save_is_not_overwritten(pane, project, monkeypatch):
    """Two coders on one project: my editor was loaded before Ben saved; my save is refused,
    his text stays and is shown, and my words are on the clipboard, not lost."""
    from PySide6.QtWidgets import QApplication

    from qualcode.services.coding.memos import edit_memo
    from qualcode.services.projects import load_project

    shown: list[str] = []
    monkeypatch.setattr("qualcode.ui.panes.memos_pane.show_error", lambda _p, what, exc: shown.append(what))
    memo_id = pane.new_entry(MemoTarget.PROJECT, None, text="Draft")
    teammate = load_project(project.location)
    try:
        stored = find_memos(teammate)[0]
        edit_memo(teammate, memo_id, "Ben: trust comes after legal help.", expected_version=stored.version)
    finally:
        teammate.close()
    pane.editor.setPlainText("Ana: trust never comes.")
    assert not pane.save_current()
    assert shown == ["Your memo was not saved (your text is on the clipboard)"]
    assert find_memos(project)[0].text == "Ben: trust comes after legal help."
    assert pane.editor.toPlainText() == "Ben: trust comes after legal help."
    assert QApplication.clipboard().text() == "Ana: trust never comes."


def test_memos_filter_by_coder(pane, project):
    from qualcode.services.coding.memos import add_memo
    from qualcode.services.projects import ensure_coder

    ben = ensure_coder(project, "Ben").id
    mine = pane.new_entry(MemoTarget.PROJECT, None, text="Ana's reading of P07", title="Ana")
    add_memo(project, MemoTarget.PROJECT, None, "Ben's reading of P07", ben, title="Ben")
    pane.refresh()
    assert sorted(_lines(pane)) == ["Ana", "Ben"]
    assert [pane.coder_box.itemText(i) for i in range(pane.coder_box.count())][0] == "All coders"
    pane.coder_box.setCurrentIndex(pane.coder_box.findData(ben))
    assert _lines(pane) == ["Ben"]
    pane.coder_box.setCurrentIndex(pane.coder_box.findData(pane.session.coder.id))
    assert _lines(pane) == ["Ana"] and pane.model.memos[0].id == mine
    pane.coder_box.setCurrentIndex(0)
    assert sorted(_lines(pane)) == ["Ana", "Ben"]
