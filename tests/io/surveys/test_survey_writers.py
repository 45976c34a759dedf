"""Writers: .sav/.dta keep labels and user-missing codes; CSV/XLSX are safe to open in a spreadsheet.

Each round trip is checked from both ends with an independent party: files our
writers produce are read back with plain pyreadstat/openpyxl/csv, and files
pyreadstat writes directly are read with our reader.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadstat
import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.survey import Variable, VariableType
from qualcode.io.surveys import read_survey, write_csv, write_dta, write_sav, write_xlsx

DATA = Path(__file__).resolve().parents[2] / "data" / "surveys"
T = VariableType


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "resp": ["P1", "P2", "P3", "P4", "P5"],
            "sat": [1.0, 3.0, -99.0, 2.0, np.nan],
            "income": [1200.0, 998.0, 2500.5, 999.0, 1800.0],
            "theme_cost": [1.0, 0.0, 1.0, 0.0, 1.0],
        }
    )


def _variables() -> list[Variable]:
    return [
        Variable("resp", label="Respondent", type=T.ID),
        Variable(
            "sat",
            label="Satisfaction with the course",
            type=T.ORDINAL,
            levels=("1", "2", "3"),
            value_labels=((1.0, "low"), (2.0, "medium"), (3.0, "high"), (-99.0, "refused")),
            missing_values=(-99.0,),
        ),
        Variable("income", label="Monthly income", type=T.CONTINUOUS, missing_ranges=((998.0, 999.0),)),
        Variable("theme_cost", label="Theme: cost", type=T.BINARY, value_labels=((0.0, "absent"), (1.0, "present"))),
    ]


def test_write_sav_is_read_by_pyreadstat_with_all_metadata(tmp_path: Path) -> None:
    path = tmp_path / "out.sav"
    write_sav(_frame(), _variables(), path)
    frame, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert meta.column_labels == ["Respondent", "Satisfaction with the course", "Monthly income", "Theme: cost"]
    assert meta.variable_value_labels["sat"] == {1.0: "low", 2.0: "medium", 3.0: "high", -99.0: "refused"}
    assert meta.missing_ranges["sat"] == [{"lo": -99.0, "hi": -99.0}]
    assert meta.missing_ranges["income"] == [{"lo": 998.0, "hi": 999.0}]
    assert meta.variable_measure == {"resp": "nominal", "sat": "ordinal", "income": "scale", "theme_cost": "nominal"}
    assert frame["sat"].iloc[2] == -99.0  # kept as a value
    plain, _ = pyreadstat.read_sav(str(path))  # without user_missing, SPSS semantics: missing
    assert math.isnan(plain["sat"].iloc[2]) and math.isnan(plain["income"].iloc[1])


def test_sav_round_trip_through_read_survey(tmp_path: Path) -> None:
    path = tmp_path / "out.sav"
    write_sav(_frame(), _variables(), path)
    table = read_survey(path)
    assert table.format == "sav"
    assert table.frame["resp"].tolist() == ["P1", "P2", "P3", "P4", "P5"]
    sat = table.variable("sat")
    assert sat.label == "Satisfaction with the course"
    assert sat.value_labels == ((1.0, "low"), (2.0, "medium"), (3.0, "high"), (-99.0, "refused"))
    assert sat.missing_values == (-99.0,)
    assert sat.type is T.ORDINAL and sat.levels == ("1", "2", "3")
    income = table.variable("income")
    assert income.missing_ranges == ((998.0, 999.0),) and income.type is T.CONTINUOUS
    assert table.variable("theme_cost").type is T.BINARY
    assert table.variable("resp").type is T.ID
    assert table.frame["sat"].iloc[2] == -99.0 and table.frame["income"].iloc[1] == 998.0
    clean = table.frame_with_missing_as_nan()
    assert math.isnan(clean["sat"].iloc[2]) and clean["sat"].iloc[1] == 3.0
    assert math.isnan(clean["income"].iloc[1]) and math.isnan(clean["income"].iloc[3])
    assert clean["income"].iloc[2] == 2500.5


def test_reader_on_a_sav_written_by_pyreadstat_directly(tmp_path: Path) -> None:
    path = tmp_path / "direct.sav"
    frame = pd.DataFrame({"agree": [1.0, 5.0, 4.0, 9.0, 2.0], "visits": [0.0, 3.0, 12.0, 8.0, 1.0]})
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels=["I like the course", "Visits last year"],
        variable_value_labels={"agree": {1: "Strongly disagree", 2: "Disagree", 3: "Neutral", 4: "Agree",
                                         5: "Strongly agree", 9: "No answer"}},
        missing_ranges={"agree": [9]},
    )
    table = read_survey(path)
    agree = table.variable("agree")
    assert agree.label == "I like the course"
    assert agree.missing_values == (9.0,)
    assert agree.type is T.ORDINAL
    assert agree.levels == ("1", "2", "3", "4", "5")  # labelled codes, 9 excluded as missing
    assert table.variable("visits").type is T.COUNT  # name hint "visits", non-negative whole numbers


def test_dta_round_trip_with_extended_missing(tmp_path: Path) -> None:
    frame = pd.DataFrame({"resp": ["P1", "P2", "P3"], "sat": [1, "a", 2]}, dtype=object)
    frame["resp"] = frame["resp"].astype(str)
    variables = [
        Variable("resp", label="Respondent"),
        Variable("sat", label="Satisfaction", value_labels=((1.0, "low"), (2.0, "high")), missing_values=("a",)),
    ]
    path = tmp_path / "out.dta"
    write_dta(frame, variables, path)
    raw, meta = pyreadstat.read_dta(str(path), user_missing=True)
    assert meta.column_labels == ["Respondent", "Satisfaction"]
    assert meta.variable_value_labels["sat"] == {1: "low", 2: "high"}
    assert raw["sat"].tolist()[1] == "a"
    table = read_survey(path)
    assert table.format == "dta"
    sat = table.variable("sat")
    assert sat.label == "Satisfaction" and sat.missing_values == ("a",)
    assert sat.value_labels == ((1.0, "low"), (2.0, "high"))
    assert table.frame["sat"].tolist()[1] == "a"
    clean = table.frame_with_missing_as_nan()["sat"]
    assert clean.iloc[0] == 1.0 and math.isnan(clean.iloc[1]) and clean.iloc[2] == 2.0
    assert sat.type is T.BINARY  # two labelled codes once .a is set aside


def test_real_survey_to_sav_and_back(tmp_path: Path) -> None:
    table = read_survey(DATA / "survey456.csv")
    path = tmp_path / "survey456.sav"
    write_sav(table.frame, table.variables, path)
    again = read_survey(path)
    assert again.frame["Case"].tolist() == ["ID4", "ID5", "ID6"]
    assert again.frame["Age"].iloc[0] == 24 and math.isnan(again.frame["Age"].iloc[1])
    assert again.frame["freetext"].iloc[0] == table.frame["freetext"].iloc[0]


def test_invalid_spss_names_are_refused(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Theme: cost": [1.0]})
    with pytest.raises(ValidationError, match="Theme: cost"):
        write_sav(frame, [], tmp_path / "x.sav")
    with pytest.raises(ValidationError, match="not columns"):
        write_sav(pd.DataFrame({"a": [1.0]}), [Variable("b")], tmp_path / "y.sav")


def test_csv_writer_defuses_formulas_and_round_trips(tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": ["P1", "P2"], "answer": ['=HYPERLINK("http://x")', "fine, thanks"], "n": [-3, 4]})
    path = tmp_path / "out.csv"
    write_csv(frame, path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["id", "answer", "n"], ["P1", "'=HYPERLINK(\"http://x\")", "-3"], ["P2", "fine, thanks", "4"]]
    back = read_survey(path)
    assert back.frame["n"].tolist() == [-3, 4]


def test_xlsx_writer_stores_formula_like_answers_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    table = read_survey(DATA / "survey789.xlsx")
    frame = table.frame.copy()
    frame.loc[1, "Qual_pet_opinions"] = "=1+1"
    path = tmp_path / "out.xlsx"
    write_xlsx(frame, path, variables=table.variables)
    workbook = load_workbook(path)
    sheet = workbook["data"]
    assert sheet["F3"].value == "=1+1" and sheet["F3"].data_type == "s"
    assert sheet["B3"].value is None and sheet["B2"].value == 33
    assert [c.value for c in workbook["variables"]["C"]][1:] == ["id", "continuous", "binary", "categorical",
                                                                  "text", "text"]
    again = read_survey(path, sheet="data")
    assert again.frame["Case"].tolist() == ["ID7", "ID8", "ID9"]
    assert again.frame["Qual_pet_opinions"].iloc[1] == "=1+1"


def test_reader_on_a_dta_written_by_pyreadstat_directly(tmp_path: Path) -> None:
    path = tmp_path / "direct.dta"
    frame = pd.DataFrame({"pid": [11.0, 12.0, 13.0], "edu": [1.0, 3.0, 2.0]})
    pyreadstat.write_dta(
        frame,
        str(path),
        column_labels=["Participant", "Highest education"],
        variable_value_labels={"edu": {1: "primary", 2: "secondary", 3: "tertiary"}},
    )
    table = read_survey(path)
    assert table.variable("pid").type is T.ID and table.variable("pid").label == "Participant"
    edu = table.variable("edu")
    assert edu.value_labels == ((1.0, "primary"), (2.0, "secondary"), (3.0, "tertiary"))
    assert edu.type is T.ORDINAL and edu.levels == ("1", "2", "3")


@pytest.mark.parametrize("suffix", [".sav", ".dta"])
def test_garbage_with_a_stats_extension_is_a_clear_error(tmp_path: Path, suffix: str) -> None:
    from qualcode.core.errors import InputFileError

    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"this is not a statistics file\n" * 20)
    with pytest.raises(InputFileError) as info:
        read_survey(path)
    assert info.value.path == str(path) and "cannot be read" in info.value.message
