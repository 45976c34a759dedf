"""read_survey on QualCoder's example files: facts read by hand from the files (see tests/data/surveys/SOURCES.md)."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from qualcode.core.survey import VariableType
from qualcode.io.surveys import read_survey

DATA = Path(__file__).resolve().parents[2] / "data" / "surveys"
T = VariableType


def test_cases123_csv() -> None:
    table = read_survey(DATA / "cases123.csv")
    assert (table.format, table.encoding, table.delimiter, table.sheet) == ("csv", "utf-8", ",", None)
    assert list(table.frame.columns) == ["case", "Age", "gender", "interest"]
    assert table.frame["case"].tolist() == ["ID1", "ID2", "ID3"]
    assert table.frame["Age"].tolist() == [20, 22, 45]
    assert table.frame["gender"].tolist() == ["f", "m", "f"]
    assert table.frame["interest"].tolist() == ["science", "performing arts", "politics"]
    assert table.row_numbers == (2, 3, 4)
    assert table.warnings == ()
    assert table.source_hash == "347fb35129cf6b666ffd461155f27652127d4c3b016e531a9d562286b7dc2ad7"
    assert [v.type for v in table.variables] == [T.ID, T.CONTINUOUS, T.BINARY, T.CATEGORICAL]
    assert table.variable("gender").levels == ("f", "m")
    assert [v.position for v in table.variables] == [0, 1, 2, 3]


def test_survey456_csv_keeps_crlf_quoted_commas_and_the_missing_age() -> None:
    table = read_survey(DATA / "survey456.csv")
    frame = table.frame
    assert len(frame) == 3
    assert list(frame.columns) == ["Case", "Age", "Gender", "Interest", "freetext"]
    assert frame["Case"].tolist() == ["ID4", "ID5", "ID6"]
    # ID5's Age cell is empty in the file (",," on line 3).
    assert frame["Age"].iloc[0] == 24 and frame["Age"].iloc[2] == 67
    assert math.isnan(frame["Age"].iloc[1])
    assert frame["Gender"].tolist() == ["f", "m", "m"]
    assert frame["Interest"].tolist() == ["shopping", "golf", "gardening"]
    # Quoted field with commas, and an unquoted one; the trailing space of ID6's answer is in the file.
    assert frame["freetext"].iloc[0] == (
        "I wanted to do some more studies but after leaving school and start working, I really lost the interest."
    )
    assert frame["freetext"].iloc[1] == (
        "I needed to upskill in some areas for my work. But work and family life have prevented me from having "
        "enough time."
    )
    assert frame["freetext"].iloc[2].endswith("doing my gardening. ")
    assert [v.type for v in table.variables] == [T.ID, T.CONTINUOUS, T.BINARY, T.CATEGORICAL, T.TEXT]
    assert table.source_hash == hashlib.sha256((DATA / "survey456.csv").read_bytes()).hexdigest()


def test_cases456_xlsx() -> None:
    table = read_survey(DATA / "cases456.xlsx")
    assert (table.format, table.sheet, table.encoding, table.delimiter) == ("xlsx", "attributes", None, None)
    assert list(table.frame.columns) == ["case", "Age", "gender", "interest"]
    assert table.frame["case"].tolist() == ["ID4", "ID5", "ID6"]
    assert table.frame["Age"].tolist() == [56, 73, 29]
    assert table.frame["gender"].tolist() == ["f", "m", "m"]
    assert table.frame["interest"].tolist() == ["netball", "gardening", "soccer"]
    assert table.row_numbers == (2, 3, 4)
    assert [v.type for v in table.variables] == [T.ID, T.CONTINUOUS, T.BINARY, T.CATEGORICAL]


def test_survey789_xlsx_with_two_open_questions_and_a_missing_age() -> None:
    table = read_survey(DATA / "survey789.xlsx", sheet="survey")
    frame = table.frame
    assert list(frame.columns) == [
        "Case", "Age", "Gender", "Interest", "Qual_hobby_opinions", "Qual_pet_opinions"
    ]
    assert frame["Case"].tolist() == ["ID7", "ID8", "ID9"]
    assert frame["Age"].iloc[0] == 33 and frame["Age"].iloc[2] == 55
    assert math.isnan(frame["Age"].iloc[1])  # ID8's Age cell is empty in the sheet
    assert frame["Gender"].tolist() == ["m", "f", "f"]
    assert frame["Interest"].tolist() == ["surveys", "television", "economics"]
    assert frame["Qual_pet_opinions"].iloc[1] == "A fish"
    assert frame["Qual_hobby_opinions"].iloc[1] == (
        "I like tv programs, and my favourites are morning shows and the news"
    )
    assert [v.type for v in table.variables] == [T.ID, T.CONTINUOUS, T.BINARY, T.CATEGORICAL, T.TEXT, T.TEXT]


def test_unknown_sheet_names_the_sheets() -> None:
    from qualcode.core.errors import InputFileError

    with pytest.raises(InputFileError, match=r"no sheet 'Sheet1'.*\['survey'\]"):
        read_survey(DATA / "survey789.xlsx", sheet="Sheet1")


def test_user_corrects_a_type_in_the_preview() -> None:
    from qualcode.core.errors import ValidationError

    table = read_survey(DATA / "survey456.csv")
    fixed = table.with_variable("Interest", type="text", label="Main interest")
    assert fixed.variable("Interest").type is T.TEXT and fixed.variable("Interest").label == "Main interest"
    assert table.variable("Interest").type is T.CATEGORICAL  # the original is unchanged (frozen)
    with pytest.raises(ValidationError, match="golf"):
        table.with_variable("Interest", type=T.ORDINAL, levels=("shopping", "gardening"))
    ordered = table.with_variable("Age", type=T.ORDINAL, levels=("24", "67"))
    assert ordered.variable("Age").levels == ("24", "67")
