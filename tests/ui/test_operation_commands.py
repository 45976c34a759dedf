"""Undo commands as adapters over Qt-free operations: one ``changed`` per step, the
pushing widget named on its own edit only, and edits from outside the UI (CLI, a
colleague) reaching widgets through the same hub."""

from __future__ import annotations

import pytest

from qualcode.core.changes import Changes
from qualcode.core.errors import ValidationError
from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.corpus.documents import add_document
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.codebook_commands import AddCodeCommand, MergeCodesCommand
from qualcode.ui.commands.coding_commands import ApplyCodeCommand
from qualcode.ui.commands.import_commands import ImportTranscriptsCommand
from qualcode.ui.commands.memo_commands import AddMemoCommand
from qualcode.ui.commands.segment_commands import InVivoCommand
from qualcode.ui.commands.theme_commands import CreateThemeCommand
from qualcode.ui.session import ProjectSession

TEXT = "In the shelter I was a number, but in the peer group I was a person again."


@pytest.fixture
def bench(qapp, project):
    session = ProjectSession(project, "Dilnoza")
    doc = add_document(project, "P07", TEXT).value
    code = codebook.add_code(project, "Dehumanised").value
    heard: list = []
    session.events.changed.connect(heard.append)
    yield session, doc, code, heard
    session.events.detach()
    session.undo_stack.clear()


def test_each_step_of_a_command_emits_changed_once_naming_the_pusher_first(bench):
    session, doc, code, heard = bench
    panel = object()
    command = ApplyCodeCommand(session, doc.id, Span(15, 30), code.id, code.name, initiator=panel)
    push_command(session, command)
    session.undo_stack.undo()
    session.undo_stack.redo()

    assert command.segment is not None
    assert len(heard) == 3
    assert all(c.segment_ids == {command.segment.id} and c.document_ids == {doc.id} for c in heard)
    # the pusher shows its own edit; undo and redo come from the menu, so it must refresh for those
    assert [c.initiator for c in heard] == [panel, None, None]
    assert session.undo_stack.undoText() == "Code with Dehumanised"


def test_a_refused_command_emits_nothing_and_leaves_no_undo_step(bench):
    session, doc, code, heard = bench
    with pytest.raises(ValidationError):
        push_command(session, ApplyCodeCommand(session, doc.id, Span(0, 999), code.id, code.name))
    assert heard == [] and session.undo_stack.count() == 0


def test_in_vivo_and_merge_publish_once_per_step(bench):
    session, doc, code, heard = bench
    start = TEXT.index("peer group")
    vivo = InVivoCommand(session, doc.id, Span(start, start + len("peer group")))
    push_command(session, vivo)
    assert vivo.code is not None and session.undo_stack.undoText() == "In-vivo code “peer group”"
    push_command(session, MergeCodesCommand(session, vivo.code, code))
    session.undo_stack.undo()
    assert len(heard) == 3
    assert vivo.code.id in heard[1].code_ids and code.id in heard[1].code_ids


def test_memo_and_code_commands_name_what_they_touched(bench):
    session, doc, code, heard = bench
    add = AddCodeCommand(session, "Belonging")
    push_command(session, add)
    memo = AddMemoCommand(session, MemoTarget.CODE, code.id, "Says it twice.")
    push_command(session, memo)
    assert add.code is not None and memo.memo is not None
    assert heard[0].code_ids == {add.code.id}
    assert heard[1].memo_ids == {memo.memo.id} and heard[1].code_ids == {code.id} and heard[1].memos


def test_the_import_command_announces_the_workers_import_then_undoes_and_redoes_it(bench):
    session, doc, code, heard = bench
    # the import ran in a worker; the command announces it, its undo removes the document
    push_command(session, ImportTranscriptsCommand(session, (doc.id,), (), Changes(documents=True)))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert len(heard) == 3 and all(c.documents and c.document_ids == {doc.id} for c in heard)


def test_theme_commands_name_the_theme_and_its_codes(bench):
    session, doc, code, heard = bench
    create = CreateThemeCommand(session, "Being seen", code_ids=[code.id])
    push_command(session, create)
    session.undo_stack.undo()
    assert create.theme is not None and len(heard) == 2
    assert all(c.themes and c.theme_ids == {create.theme.id} for c in heard)
    assert heard[0].code_ids == {code.id}


def test_an_edit_made_outside_the_ui_reaches_the_widgets(bench):
    session, doc, code, heard = bench
    coding.apply_code(session.project, doc.id, Span(0, 14), code.id, session.coder.id, initiator="cli")
    assert len(heard) == 1 and heard[0].initiator == "cli" and heard[0].segments


def test_a_survey_import_through_the_dialog_emits_changed_once(qtbot, bench):
    from tests.ui.test_survey_import_dialog import SURVEY, _dialog

    session, doc, code, heard = bench
    dialog = _dialog(qtbot, session, SURVEY)
    dialog.create_box.setChecked(True)
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert len(heard) == 1 and heard[0].survey and heard[0].cases


def test_a_closed_session_stops_relaying(bench):
    session, doc, code, heard = bench
    session.events.detach()
    coding.apply_code(session.project, doc.id, Span(0, 14), code.id, session.coder.id)
    assert heard == []
