"""Survey import links rows to cases explicitly and never joins silently."""

from __future__ import annotations

import shutil

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.survey import DuplicateKeyError, VariableType
from qualcode.services.corpus.surveys import check_survey_link, import_survey, preview_survey
from tests.conftest import DATA


@pytest.fixture
def surveys(tmp_path):
    for name in ("cases123.csv", "survey456.csv", "cases456.xlsx"):
        shutil.copy(DATA / "surveys" / name, tmp_path / name)
    return tmp_path


def test_cases_file_creates_and_links_cases(project, surveys):
    result = import_survey(project, surveys / "cases123.csv", "case", create_cases=True).value
    assert result.created_cases == ("ID1", "ID2", "ID3")
    assert result.link.matched == ("ID1", "ID2", "ID3") and result.link.rows_without_case == ()
    with project.unit_of_work() as uow:
        (table_id, name, id_col), = uow.surveys.tables()
        records = uow.surveys.records(table_id)
        cases = {c.id: c.key for c in uow.cases.all()}
    assert name == "cases123.csv" and id_col == "case"
    assert [(key, cases[case_id]) for _, key, case_id, _ in records] == [("ID1", "ID1"), ("ID2", "ID2"), ("ID3", "ID3")]


def test_unmatched_rows_and_cases_are_reported_not_dropped(project, surveys):
    import_survey(project, surveys / "cases123.csv", "case", create_cases=True)
    result = import_survey(project, surveys / "survey456.csv", "Case").value
    assert result.link.matched == ()
    assert result.link.rows_without_case == ("ID4", "ID5", "ID6")
    assert result.link.cases_without_row == ("ID1", "ID2", "ID3")
    with project.unit_of_work() as uow:
        table_id = uow.surveys.find_table("survey456.csv")
        records = uow.surveys.records(table_id)
    assert [r[1] for r in records] == ["ID4", "ID5", "ID6"] and all(r[2] is None for r in records)
    assert records[1][3]["Age"] is None  # ID5's missing age stays missing


def test_duplicate_ids_are_an_error_listing_them_and_nothing_is_stored(project, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,x\nA,1\nB,2\nA,3\n")
    with pytest.raises(ValidationError, match=r"'A' \(rows 2, 4\)"):
        import_survey(project, path, "id", create_cases=True)
    with project.unit_of_work() as uow:
        assert uow.surveys.tables() == [] and uow.cases.all() == []


def test_type_corrections_are_stored(project, surveys):
    import_survey(project, surveys / "cases123.csv", "case", types={"Age": VariableType.COUNT})
    with project.unit_of_work() as uow:
        (table_id, _, _), = uow.surveys.tables()
        types = {v.name: v.type for v in uow.surveys.variables(table_id)}
    assert types["Age"] is VariableType.COUNT and types["case"] is VariableType.ID


def test_open_text_column_becomes_documents_linked_to_cases(project, surveys):
    result = import_survey(project, surveys / "survey456.csv", "Case", text_columns=["freetext"]).value
    assert result.text_documents == 3
    with project.unit_of_work() as uow:
        docs = uow.documents.all()
        cases = {c.id: c.key for c in uow.cases.all()}
    assert sorted(cases[d.case_id] for d in docs) == ["ID4", "ID5", "ID6"]
    assert all(d.kind.value == "open-survey-answer" for d in docs)
    assert any(d.text.startswith("I wanted to do some more studies") for d in docs)


def test_missing_id_column_names_the_columns(project, surveys):
    with pytest.raises(ValidationError, match="no column 'id'.*Case, Age"):
        import_survey(project, surveys / "survey456.csv", "id")


def test_link_check_shows_what_an_import_would_link_and_stores_nothing(project, surveys):
    import_survey(project, surveys / "cases123.csv", "case", create_cases=True)
    table = preview_survey(surveys / "survey456.csv")
    report = check_survey_link(table, "Case", ["ID1", "ID4"])
    assert report.matched == ("ID4",) and report.rows_without_case == ("ID5", "ID6")
    assert report.cases_without_row == ("ID1",)
    with project.unit_of_work() as uow:
        assert [t[1] for t in uow.surveys.tables()] == ["cases123.csv"]


def test_link_check_refuses_duplicate_ids(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,x\nA,1\nB,2\nA,3\n")
    with pytest.raises(DuplicateKeyError, match=r"'A' \(rows 2, 4\)"):
        check_survey_link(preview_survey(path), "id", ["A", "B"])
