"""Linking survey rows to cases, duplicate IDs, open answers as documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.survey import DuplicateKeyError
from qualcode.io.surveys import check_unique_ids, link_survey_to_cases, read_survey, text_column_documents

DATA = Path(__file__).resolve().parents[2] / "data" / "surveys"
# The cases QualCoder's examples describe: cases123.csv holds ID1..ID3, cases456.xlsx ID4..ID6.
CASES = ["ID1", "ID2", "ID3", "ID4", "ID5", "ID6"]


def test_survey456_matches_cases_4_to_6() -> None:
    table = read_survey(DATA / "survey456.csv")
    report = link_survey_to_cases(table, "Case", CASES)
    assert report.matched == ("ID4", "ID5", "ID6")
    assert report.rows_without_case == ()
    assert report.cases_without_row == ("ID1", "ID2", "ID3")
    assert report.rows_without_key == ()


def test_survey789_matches_no_case() -> None:
    table = read_survey(DATA / "survey789.xlsx")
    report = link_survey_to_cases(table, "Case", CASES)
    assert report.matched == ()
    assert report.rows_without_case == ("ID7", "ID8", "ID9")
    assert report.cases_without_row == tuple(CASES)


def test_case_files_from_both_formats_cover_id1_to_id6() -> None:
    keys = list(read_survey(DATA / "cases123.csv").frame["case"]) + list(
        read_survey(DATA / "cases456.xlsx").frame["case"]
    )
    assert keys == CASES


def _with_rows(tmp_path: Path, extra: str) -> Path:
    target = tmp_path / "survey_dupes.csv"
    target.write_bytes((DATA / "survey456.csv").read_bytes() + extra.encode())
    return target


def test_duplicate_ids_error_names_file_and_rows(tmp_path: Path) -> None:
    # Lines: 1 header, 2 ID4, 3 ID5, 4 ID6, 5 ID5 again, 6 "id4 ".
    path = _with_rows(tmp_path, "ID5,30,m,chess,again\r\nid4 ,31,f,chess,\r\n")
    table = read_survey(path)
    with pytest.raises(DuplicateKeyError) as info:
        link_survey_to_cases(table, "Case", CASES)
    message = str(info.value)
    assert "survey_dupes.csv" in message and "'ID5' (rows 3, 5)" in message
    assert info.value.duplicates == {"ID5": [3, 5]}
    # Trimming and case-folding only when asked -- then "id4 " duplicates ID4 as well.
    with pytest.raises(DuplicateKeyError) as folded:
        check_unique_ids(table, "Case", strip=True, casefold=True)
    assert folded.value.duplicates == {"id4": [2, 6], "id5": [3, 5]}


def test_near_matches_are_reported_not_silently_joined(tmp_path: Path) -> None:
    path = tmp_path / "loose.csv"
    path.write_text("Case,Age\nid4,1\nID5 ,2\nID6,3\n", encoding="utf-8")
    table = read_survey(path)
    strict = link_survey_to_cases(table, "Case", CASES)
    assert strict.matched == ("ID6",)
    assert strict.near_matches == (("id4", "ID4"), ("ID5 ", "ID5"))
    loose = link_survey_to_cases(table, "Case", CASES, strip=True, casefold=True)
    assert loose.matched == ("id4", "id5", "id6")


def test_rows_without_id_are_listed_by_line(tmp_path: Path) -> None:
    path = tmp_path / "gap.csv"
    path.write_text("Case,Age\nID4,1\n,2\nID6,3\n", encoding="utf-8")
    report = link_survey_to_cases(read_survey(path), "Case", CASES)
    assert report.rows_without_key == (3,)


def test_numeric_ids_link_to_string_case_keys(tmp_path: Path) -> None:
    path = tmp_path / "numeric.csv"
    path.write_text("respondent,score\n101,1.5\n102,\n,2.5\n103,3\n", encoding="utf-8")
    table = read_survey(path)
    report = link_survey_to_cases(table, "respondent", ["101", "103", "104"])
    assert report.matched == ("101", "103")
    assert report.rows_without_case == ("102",)
    assert report.cases_without_row == ("104",)
    assert report.rows_without_key == (4,)


def test_open_answers_become_one_document_per_respondent() -> None:
    table = read_survey(DATA / "survey456.csv")
    documents = text_column_documents(table, "Case", "freetext")
    assert [key for key, _ in documents] == ["ID4", "ID5", "ID6"]
    assert documents[2][1] == (
        "I did not enrol in any studies, even though I am retired. Currently, I am mainly enjoying being away "
        "from work and doing my gardening."
    )
    pets = dict(text_column_documents(read_survey(DATA / "survey789.xlsx"), "Case", "Qual_pet_opinions"))
    assert pets["ID8"] == "A fish"
    assert pets["ID7"].startswith("I had a pet sheepdog growing up")


def test_empty_answers_are_skipped_and_orphan_answers_refused(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text('id,answer\nP1,"Yes, a lot"\nP2,\nP3,"   "\nP4,fine\n', encoding="utf-8")
    assert text_column_documents(read_survey(path), "id", "answer") == [("P1", "Yes, a lot"), ("P4", "fine")]
    orphan = tmp_path / "orphan.csv"
    orphan.write_text("id,answer\nP1,ok\n,lost answer\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"rows 3 have an answer"):
        text_column_documents(read_survey(orphan), "id", "answer")
    with pytest.raises(ValidationError, match="no column 'nope'"):
        text_column_documents(read_survey(path), "id", "nope")
