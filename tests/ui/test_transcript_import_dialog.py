"""The transcript import dialog, driven through its real widgets (pytest-qt, offscreen).

Expected values are facts of the files read by hand: QualCoder's ``transcript.txt`` has
seven turns, ``[id1]`` x3, ``[id2]`` x2, ``[id3]`` x2 (see tests/data/transcripts/SOURCES.md).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from qualcode.services.corpus.documents import list_cases, list_documents, speaker_mappings
from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog
from qualcode.ui.models.speaker_plan_model import CASE, INTERVIEWER, NAME
from qualcode.ui.models.transcript_preview_model import ERROR_COLOUR, STATUS
from qualcode.ui.session import ProjectSession
from tests.table_dump import dump_tables

DATA = Path(__file__).parents[1] / "data" / "transcripts"
FOCUS_GROUP = DATA / "qualcoder-examples" / "transcript.txt"
NO_LABELS = DATA / "qualcoder-examples" / "ID1.docx"


@pytest.fixture
def session(project):
    s = ProjectSession(project, "Dilnoza")
    yield s
    s.undo_stack.clear()


@pytest.fixture
def dialog(qtbot, session):
    d = TranscriptImportDialog(session)
    d.unlinked_asked = []  # type: ignore[attr-defined]
    # the real warning is modal; here it records what it would ask and says "Import anyway"
    d.confirm_unlinked = lambda unlinked: d.unlinked_asked.append(unlinked) or True  # type: ignore[method-assign]
    qtbot.addWidget(d)
    d.show()
    return d


def _load(qtbot, dialog, paths, kind_label="Focus groups"):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText(kind_label))
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.set_files(paths)


def _cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def _edit_text(qtbot, view, row, column, text):
    """Open the cell's editor as a double-click would, type, press Return."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # Qt 6 commits and closes the editor through a queued call.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    assert view.model().data(index) == text


def test_preview_lists_files_and_focus_group_speakers(qtbot, dialog, qtmodeltester):
    _load(qtbot, dialog, [FOCUS_GROUP, NO_LABELS])
    files = dialog.file_model
    qtmodeltester.check(files)
    assert [_cell(files, r, 0) for r in range(2)] == ["transcript.txt", "ID1.docx"]
    assert [_cell(files, 0, c) for c in (1, 2, 3, 4)] == ["txt", "utf-8", 7, "id1, id2, id3"]
    assert [_cell(files, 1, c) for c in (1, 2, 3)] == ["docx", "—", 0]
    speakers = dialog.speaker_model
    qtmodeltester.check(speakers)
    rows = [(_cell(speakers, r, 0), _cell(speakers, r, 1), _cell(speakers, r, CASE)) for r in range(3)]
    # A focus group's speakers each count for their own case by default.
    assert rows == [("id1", 3, "id1"), ("id2", 2, "id2"), ("id3", 2, "id3")]
    assert dialog.import_button.isEnabled()
    dialog.file_view.selectRow(1)
    assert speakers.rowCount() == 0 and "no speaker labels" in dialog.speaker_title.text()
    qtmodeltester.check(speakers)


def test_rename_mark_interviewer_map_case_then_import(qtbot, dialog, session, qtmodeltester):
    _load(qtbot, dialog, [FOCUS_GROUP])
    view, model = dialog.speaker_view, dialog.speaker_model
    _edit_text(qtbot, view, 0, NAME, "Aziz")          # id1 -> Aziz
    _edit_text(qtbot, view, 0, CASE, "P01")           # Aziz's turns count for case P01
    view.setCurrentIndex(model.index(1, INTERVIEWER))  # id2 is (say) the moderator
    qtbot.keyClick(view, Qt.Key.Key_Space)
    _edit_text(qtbot, view, 2, CASE, "")              # id3: no case
    qtmodeltester.check(model)
    assert _cell(model, 1, INTERVIEWER, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.unlinked_asked == [{"transcript.txt": ["id3"]}]  # type: ignore[attr-defined]
    project = session.project
    [(doc_id, name, kind, _case)] = list_documents(project)
    assert (name, kind) == ("transcript", "focus-group")
    cases = {c.id: c.key for c in list_cases(project)}
    assert sorted(cases.values()) == ["P01"]  # no case "id1"/"id2"/"id3" was created
    got = {(m.speaker, cases.get(m.case_id), m.is_interviewer) for m in speaker_mappings(project, doc_id)}
    assert got == {("Aziz", "P01", False), ("id2", None, True), ("id3", None, False)}
    # The stored turns carry the new name: 3 turns by Aziz, none left by "id1".
    from qualcode.services.corpus.documents import document_turns

    speakers = [t.speaker for t in document_turns(project, doc_id)]
    assert speakers.count("Aziz") == 3 and "id1" not in speakers


def test_bad_file_is_named_and_blocks_import_unless_skipped(qtbot, dialog, session, tmp_path):
    broken = tmp_path / "broken.txt"
    # Starts with a UTF-8 byte-order mark, then an invalid byte on line 3.
    broken.write_bytes(b"\xef\xbb\xbfInterviewer: hi\nP1: fine\nP1: bad \xff\xfe\n")
    _load(qtbot, dialog, [FOCUS_GROUP, broken])
    status = _cell(dialog.file_model, 1, STATUS)
    assert "broken.txt (line 3)" in status and "not valid" in status
    assert _cell(dialog.file_model, 1, 0, Qt.ItemDataRole.ForegroundRole).color() == ERROR_COLOUR
    assert not dialog.import_button.isEnabled()
    assert "broken.txt" in dialog.error_label.text() and "Skip" in dialog.error_label.text()
    dialog.skip_bad_box.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 1 file"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert [d[1] for d in list_documents(session.project)] == ["transcript"]


def test_removing_the_bad_file_enables_import(qtbot, dialog, tmp_path, qtmodeltester):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _load(qtbot, dialog, [empty, FOCUS_GROUP])
    assert _cell(dialog.file_model, 0, STATUS) == "Error: empty.txt: The file is empty."
    assert not dialog.import_button.isEnabled()
    dialog.file_view.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.file_model)
    assert [r.path.name for r in dialog.file_model.rows] == ["transcript.txt"]
    assert dialog.import_button.isEnabled() and dialog.error_label.text() == ""


def test_cancel_during_import_leaves_the_project_unchanged(qtbot, dialog, session, tmp_path):
    paths = []
    for i in range(12):
        path = tmp_path / f"G{i:02d}.txt"
        path.write_text(f"Moderator: Welcome to group {i}.\nAmina: Thank you.\nBen: Hello.\n", encoding="utf-8")
        paths.append(path)
    _load(qtbot, dialog, paths)
    before = dump_tables(session.project.location)
    reached, gate = threading.Event(), threading.Event()

    def hold_at_fourth_file(done, _total):  # runs in the worker thread (direct connection)
        if done == 4 and not reached.is_set():
            reached.set()
            gate.wait(10)

    dialog.import_started.connect(
        lambda worker: worker.signals.progress.connect(hold_at_fourth_file, Qt.ConnectionType.DirectConnection))
    dialog.import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    # Four files are stored inside the open transaction; the user presses Cancel.
    cancel = dialog.progress_dialog.findChild(QPushButton)
    with qtbot.waitSignal(dialog.import_cancelled, timeout=10_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert dump_tables(session.project.location) == before
    assert "nothing was imported" in dialog.status_label.text()
    assert session.undo_stack.count() == 0 and dialog.isVisible()


def test_undo_removes_the_import_and_redo_restores_the_same_ids(qtbot, dialog, session):
    before = dump_tables(session.project.location, ignore_times=True)
    _load(qtbot, dialog, [FOCUS_GROUP])
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    after = dump_tables(session.project.location, ignore_times=True)
    assert len(after["documents"]) == 1 and len(after["cases"]) == 3 and len(after["turns"]) == 7
    with qtbot.waitSignal(session.events.changed):
        session.undo_stack.undo()
    assert dump_tables(session.project.location, ignore_times=True) == before
    session.undo_stack.redo()
    assert dump_tables(session.project.location, ignore_times=True) == after


def test_interview_case_from_name_and_document_case_edit(qtbot, dialog, tmp_path):
    path = tmp_path / "P07.txt"
    path.write_text("Interviewer: What helped?\nRosa: The peer group.\nInterviewer: And the lawyer?\n",
                    encoding="utf-8")
    _load(qtbot, dialog, [path], kind_label="Interviews")
    model = dialog.speaker_model
    # The interviewer is recognised by name; the interviewee's case is named after her.
    assert [(_cell(model, r, 0), _cell(model, r, CASE)) for r in range(2)] == [("Interviewer", ""), ("Rosa", "Rosa")]
    assert _cell(model, 0, INTERVIEWER, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.case_from_name_box.setChecked(True)
    assert dialog.document_case_edit.text() == "P07" and _cell(model, 1, CASE) == "P07"
    edit = dialog.document_case_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "P07b")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _cell(model, 1, CASE) == "P07b" and _cell(model, 0, CASE) == ""


def test_job_functions_without_widgets(project, tmp_path):
    from qualcode.services.corpus.importing import ImportCancelled
    from qualcode.ui.import_jobs import parse_for_preview, run_transcript_import

    seen = []
    results = parse_for_preview([FOCUS_GROUP], cancel=lambda: False, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 1), (1, 1)] and results[0][1].speakers == {"id1": 3, "id2": 2, "id3": 2}
    with pytest.raises(ImportCancelled):
        parse_for_preview([FOCUS_GROUP], cancel=lambda: True, progress=lambda d, t: None)
    outcome = run_transcript_import(project, [str(FOCUS_GROUP)], parsed={str(FOCUS_GROUP): results[0][1]},
                                    plans={}, skip_bad=False, cancel=lambda: False, progress=lambda d, t: None)
    # Default plan of an interview with three unlabelled speakers: the file name is the case.
    assert len(outcome.document_ids) == 1 and len(outcome.created_case_ids) == 1


def test_defaults_link_the_interviewee_of_a_two_speaker_interview(qtbot, dialog, session, tmp_path):
    path = tmp_path / "P07.txt"
    path.write_text("Interviewer: How did it go?\nAmina: Well.\nInterviewer: Why?\nAmina: Peers.\n", encoding="utf-8")
    _load(qtbot, dialog, [path], "Interviews")
    asked: list[object] = []
    dialog.confirm_unlinked = lambda unlinked: asked.append(unlinked) or False  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == []  # nothing to warn about: the proposal linked everyone
    mapping = {m.speaker: m for m in speaker_mappings(session.project)}
    keys = {c.id: c.key for c in list_cases(session.project)}
    assert mapping["Interviewer"].is_interviewer and mapping["Interviewer"].case_id is None
    assert keys[mapping["Amina"].case_id] == "Amina"


def test_a_participant_without_case_needs_confirmation(qtbot, dialog, session, tmp_path):
    path = tmp_path / "FG.txt"
    path.write_text("Moderator: Who starts?\nAmina: Me.\nLan: Then me.\n", encoding="utf-8")
    _load(qtbot, dialog, [path], "Focus groups")
    dialog.speaker_view.selectRow(2)
    assert dialog.speaker_model.setData(dialog.speaker_model.index(2, CASE), "")  # the user clears Lan's case
    asked: list[dict[str, list[str]]] = []
    dialog.confirm_unlinked = lambda unlinked: asked.append(unlinked) or False  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == [{"FG.txt": ["Lan"]}]
    assert list_documents(session.project) == []  # went back: nothing imported
    dialog.confirm_unlinked = lambda unlinked: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(list_documents(session.project)) == 1
