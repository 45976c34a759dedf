"""The survey import dialog through its widgets (pytest-qt, offscreen).

Facts of ``survey456.csv`` read by hand (tests/data/surveys/SOURCES.md): header
``Case,Age,Gender,Interest,freetext``; rows ID4 (24, f, shopping), ID5 (Age empty, m, golf),
ID6 (67, m, gardening), each with a free-text answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from qualcode.core.document import DocumentKind
from qualcode.services.corpus.documents import list_cases, list_documents
from qualcode.services.corpus.importing import import_transcripts
from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog
from qualcode.ui.models.survey_variables_model import LEVELS, TYPE
from qualcode.ui.session import ProjectSession
from tests.table_dump import dump_tables

SURVEY = Path(__file__).parents[1] / "data" / "surveys" / "survey456.csv"
WORKBOOK = Path(__file__).parents[1] / "data" / "surveys" / "survey789.xlsx"


@pytest.fixture
def session(project):
    return ProjectSession(project, "Dilnoza")


def _dialog(qtbot, session, path):
    dialog = SurveyImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.table_loaded):
        dialog.set_file(path)
    return dialog


def _row_of(model, name):
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)


def _finish_edit(qtbot, view, index):
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def _pick_type(qtbot, view, row, type_name):
    index = view.model().index(row, TYPE)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, type_name)  # keyboard search, as a user types in a drop-down
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    _finish_edit(qtbot, view, index)


def _type_levels(qtbot, view, row, text):
    index = view.model().index(row, LEVELS)
    view.setCurrentIndex(index)
    view.edit(index)
    line = view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    _finish_edit(qtbot, view, index)


def _stored_variables(location):
    columns = ("table_id", "name", "label", "type", "levels")
    rows = dump_tables(location)["survey_variables"]
    return {r[1]: dict(zip(columns, r)) for r in rows}


def test_preview_and_corrected_type_is_stored_with_open_answers(qtbot, session, qtmodeltester):
    dialog = _dialog(qtbot, session, SURVEY)
    qtmodeltester.check(dialog.rows_model)
    qtmodeltester.check(dialog.variables_model)
    rows = dialog.rows_model
    assert [rows.data(rows.index(0, c)) for c in range(4)] == ["ID4", "24", "f", "shopping"]
    assert rows.data(rows.index(1, 1)) == ""  # ID5's Age is empty in the file
    assert rows.headerData(0, Qt.Orientation.Vertical) == "2"  # first data row is line 2
    assert dialog.id_combo.currentText() == "Case"
    model, view = dialog.variables_model, dialog.variables_view
    interest = _row_of(model, "Interest")
    assert model.data(model.index(interest, TYPE)) == "categorical"

    _pick_type(qtbot, view, interest, "ordinal")
    assert model.data(model.index(interest, TYPE)) == "ordinal"
    _type_levels(qtbot, view, interest, "golf < gardening < shopping")
    qtmodeltester.check(model)
    # A level list missing a value in the data is refused and explained.
    _type_levels(qtbot, view, interest, "golf < shopping")
    assert "gardening" in dialog.error_label.text()
    assert model.data(model.index(interest, LEVELS)) == "golf < gardening < shopping"

    assert "3 rows have no case: ID4, ID5, ID6" in dialog.report_label.text()
    dialog.create_box.setChecked(True)
    assert "will become new cases" in dialog.report_label.text()
    dialog.text_list.item(0).setCheckState(Qt.CheckState.Checked)  # freetext
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()

    stored = _stored_variables(session.project.location)
    assert stored["Interest"]["type"] == "ordinal"
    assert json.loads(stored["Interest"]["levels"]) == ["golf", "gardening", "shopping"]
    assert stored["Gender"]["type"] == "binary"
    assert sorted(c.key for c in list_cases(session.project)) == ["ID4", "ID5", "ID6"]
    docs = list_documents(session.project)
    assert sorted(d[1] for d in docs) == ["ID4 · freetext", "ID5 · freetext", "ID6 · freetext"]
    assert {d[2] for d in docs} == {DocumentKind.OPEN_SURVEY_ANSWER.value}


def test_duplicate_ids_list_the_rows_and_nothing_is_stored(qtbot, session, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("pid,score\nA1,3\nA2,4\nA1,5\n", encoding="utf-8")  # A1 on lines 2 and 4
    before = dump_tables(session.project.location)
    dialog = _dialog(qtbot, session, path)
    assert "'A1' (rows 2, 4)" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    dialog.run_import()  # even when called directly: refused
    assert dump_tables(session.project.location) == before
    dialog.id_combo.setCurrentText("score")  # 3, 4, 5 are unique
    assert dialog.import_button.isEnabled() and dialog.error_label.text() == ""


def test_near_match_hint_then_ignore_case_links_the_rows(qtbot, session, tmp_path):
    for key in ("id4", "id5"):
        (tmp_path / f"{key}.txt").write_text("Interviewer: Hello.\nP: Hi.\n", encoding="utf-8")
    import_transcripts(session.project, [tmp_path / "id4.txt", tmp_path / "id5.txt"], case_from_filename=True)
    dialog = _dialog(qtbot, session, SURVEY)
    assert dialog.report_label.text().startswith("0 of 3 rows match a case.")
    hint = dialog.hint_label.text()
    assert hint.startswith("2 IDs would match a case if you ignore case") and "“Ignore case”" in hint
    qtbot.mouseClick(dialog.casefold_box, Qt.MouseButton.LeftButton)
    assert dialog.casefold_box.isChecked()
    assert dialog.report_label.text().startswith("2 of 3 rows match a case.")
    assert "1 row has no case: id6." in dialog.report_label.text()  # keys are compared case-folded now
    assert dialog.hint_label.text() == ""
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    case_ids = {c.key: c.id for c in list_cases(session.project)}
    records = {r[3]: r[4] for r in dump_tables(session.project.location)["survey_records"]}  # columns: id, table_id, row_number, key, case_id, values
    assert records == {"id4": case_ids["id4"], "id5": case_ids["id5"], "id6": None}


def test_workbook_sheet_is_read(qtbot, session, qtmodeltester):
    dialog = _dialog(qtbot, session, WORKBOOK)
    rows = dialog.rows_model
    qtmodeltester.check(rows)
    assert [rows.data(rows.index(r, 0)) for r in range(3)] == ["ID7", "ID8", "ID9"]
    assert [dialog.text_list.item(i).text() for i in range(dialog.text_list.count())] == [
        "Qual_hobby_opinions", "Qual_pet_opinions"]
