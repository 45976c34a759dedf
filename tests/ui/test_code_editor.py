"""The structured code editor with real widgets: definition edits are undoable, examples are
picked from the code's real segments, origin, and the version history names the coder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from qualcode.core.changes import Changes
from qualcode.core.codebook import CodeOrigin
from qualcode.services.codebook.code_examples import code_examples
from qualcode.services.codebook.codes import list_codes
from qualcode.ui.codebook.code_editor_pane import CodeEditorPane
from tests.services.theme_project import QUOTES
from tests.ui.themes_fixtures import themed  # noqa: F401 - fixture


def _pane(qtbot, session) -> CodeEditorPane:
    pane = CodeEditorPane(session)
    qtbot.addWidget(pane)
    pane.show()
    return pane


def test_edit_definition_on_focus_out_then_undo_restores(qtbot, themed, project):
    session, b = themed
    pane = _pane(qtbot, session)
    workload = b.codes["Workload"]
    pane.show_code(workload)
    edit = pane.fields["definition"]
    assert edit.toPlainText() == "Talk about the amount of assessed work."  # as theme_project wrote it
    assert not pane.fields["exclusion"].toPlainText()
    edit.setPlainText("Talk about how much assessed work there is (assignments, exams).")
    with qtbot.waitSignal(session.events.changed):
        QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert list_codes(project)[workload].definition == "Talk about how much assessed work there is (assignments, exams)."
    assert pane.history.count() == 1
    assert "Dilnoza: definition → Talk about how much" in pane.history.item(0).text()
    session.undo_stack.undo()
    assert list_codes(project)[workload].definition == "Talk about the amount of assessed work."
    assert edit.toPlainText() == "Talk about the amount of assessed work."  # the pane follows undo
    session.undo_stack.redo()
    assert edit.toPlainText().startswith("Talk about how much")
    # leaving the field without changing it writes nothing
    index = session.undo_stack.index()
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert session.undo_stack.index() == index


def test_typical_example_is_picked_from_the_codes_real_segments(qtbot, themed, project):
    session, b = themed
    pane = _pane(qtbot, session)
    value = b.codes["Value of the course"]
    pane.show_code(value)
    combo = pane.examples["typical"]
    # "(none)" and the code's two hand-coded segments, in text order: id3's line comes before id1's
    assert combo.count() == 3
    assert QUOTES["learning_id3"][:40] in combo.itemText(1) and QUOTES["career_id1"][:30] in combo.itemText(2)
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    example = list_codes(project)[value].example
    assert example == f"“{QUOTES['career_id1']}” — transcript, id1"
    assert code_examples(project, value) == {"typical": combo.itemData(2)}
    assert pane.example_labels["typical"].text() == example
    session.undo_stack.undo()
    assert list_codes(project)[value].example == "" and code_examples(project, value) == {}
    assert pane.examples["typical"].currentIndex() == 0


def test_origin_and_deleted_code(qtbot, themed, project):
    from qualcode.services.codebook.codes import delete_code

    session, b = themed
    pane = _pane(qtbot, session)
    slides = b.codes["Lecture slides"]
    pane.show_code(slides)
    pane.origin.setCurrentIndex(list(CodeOrigin).index(CodeOrigin.DEDUCTIVE))
    pane.origin.activated.emit(pane.origin.currentIndex())
    assert list_codes(project)[slides].origin is CodeOrigin.DEDUCTIVE
    session.undo_stack.undo()
    assert list_codes(project)[slides].origin is CodeOrigin.INDUCTIVE
    delete_code(project, slides)
    session.events.emit_changes(Changes(codes=True))
    assert pane.code is None and not pane.fields["definition"].isEnabled()
