"""infer_variable_type / infer_levels: the documented rules, one column each."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qualcode.core.survey import VariableType
from qualcode.io.surveys import infer_levels, infer_variable_type

T = VariableType


def _s(name: str, values: list[object]) -> pd.Series:
    return pd.Series(values, name=name)


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("Case", ["ID4", "ID5", "ID6"], T.ID),
        ("ParticipantID", [101, 102, 103, 104], T.ID),
        ("respondent_id", ["a1", "b2", None, "c3"], T.ID),
        ("code", ["P-017", "P-018", "P-019"], T.ID),  # identifier-like without a name hint
        ("Interest", ["shopping", "golf", "gardening"], T.CATEGORICAL),  # unique words are not IDs
        ("caseid", [1, 1, 2], T.CONTINUOUS),  # ID name but values repeat: not an ID; 2 whole numbers, no hint
        ("Gender", ["f", "m", "m"], T.BINARY),
        ("smoker", ["yes", "no", "no", "yes"], T.BINARY),
        ("flag", [0, 1, 1, 0, 1], T.BINARY),
        ("ok", [True, False, True], T.BINARY),
        ("Age", [24, np.nan, 67], T.CONTINUOUS),  # two numbers are not a binary variable
        ("Age", list(range(18, 40)), T.CONTINUOUS),  # measurement word beats the count rule
        ("visits", [0, 1, 2, 1], T.COUNT),
        ("friends", [0, 3, 12, 8, 1, 5, 7, 2, 9], T.COUNT),  # > 7 distinct non-negative whole numbers
        ("height_m", [1.62, 1.80, 1.75], T.CONTINUOUS),
        ("temp_change", [-2, 3, 5, 1, 0, 4, 6, 7, 8], T.CONTINUOUS),  # negative: not a count
        ("level", ["low", "high", "medium", "low"], T.ORDINAL),
        ("freq", ["Never", "often", "Sometimes"], T.ORDINAL),
        ("q1", ["Agree", "Strongly agree", "Disagree", "Neither agree nor disagree"], T.ORDINAL),
        ("q2", ["1 - Poor", "3 - Good", "2 - Fair"], T.ORDINAL),
        ("colour", ["red", "green", "blue", "red", "green", "blue", "red"], T.CATEGORICAL),
        ("freetext", ["I wanted to do some more studies but after leaving school I stopped.", "No.",
                      "Work and family life have prevented me from having enough time."], T.TEXT),
        ("words", [f"w{i} x" for i in range(25)], T.TEXT),  # > 20 distinct strings
        ("empty", [None, None], T.TEXT),
    ],
)
def test_rules(name: str, values: list[object], expected: VariableType) -> None:
    assert infer_variable_type(_s(name, values)) is expected


def test_labelled_codes() -> None:
    likert = _s("q", [1.0, 2.0, 2.0, 5.0, 4.0])
    labels = {1.0: "Strongly disagree", 2.0: "Disagree", 3.0: "Neutral", 4.0: "Agree", 5.0: "Strongly agree"}
    assert infer_variable_type(likert, labels) is T.ORDINAL
    assert infer_levels(likert, T.ORDINAL, list(labels.items())) == ("1", "2", "3", "4", "5")
    country = _s("country", [float(i % 10) for i in range(30)])
    many = {float(i): f"country {i}" for i in range(10)}
    assert infer_variable_type(country, many) is T.CATEGORICAL  # labelled, > 7 levels
    assert infer_variable_type(_s("x", [1.0, 3.0, 2.0]), {1.0: "a", 2.0: "b", 3.0: "c"}, measure="nominal") is (
        T.CATEGORICAL
    )
    assert infer_variable_type(_s("sex", [1.0, 2.0, 1.0]), {1.0: "male", 2.0: "female"}) is T.BINARY
    assert infer_variable_type(_s("rank", [3.0, 1.0, 2.0, 9.0]), measure="ordinal") is T.ORDINAL


def test_levels_follow_the_scale_not_the_alphabet() -> None:
    freq = _s("freq", ["often", "Never", "sometimes", "often"])
    assert infer_levels(freq, T.ORDINAL) == ("Never", "sometimes", "often")
    numbered = _s("q2", ["3 - Good", "1 - Poor", "2 - Fair"])
    assert infer_levels(numbered, T.ORDINAL) == ("1 - Poor", "2 - Fair", "3 - Good")
    assert infer_levels(_s("smoker", ["yes", "no"]), T.BINARY) == ("no", "yes")
    assert infer_levels(_s("Gender", ["m", "f", "m"]), T.BINARY) == ("f", "m")
    assert infer_levels(_s("Age", [24, 67]), T.CONTINUOUS) == ()
