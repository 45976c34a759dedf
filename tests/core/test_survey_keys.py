"""qualcode.core.survey: keys, duplicates, link reports, Variable round-trip."""

from __future__ import annotations

import math

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.survey import (
    DuplicateKeyError,
    LinkReport,
    Variable,
    VariableType,
    find_duplicate_keys,
    link_keys,
    normalise_key,
)


def test_variable_type_values_are_the_stored_strings() -> None:
    assert [t.value for t in VariableType] == [
        "continuous", "binary", "ordinal", "categorical", "count", "text", "id"
    ]
    assert VariableType("ordinal") is VariableType.ORDINAL


@pytest.mark.parametrize(
    ("raw", "strip", "casefold", "expected"),
    [
        ("ID1", False, False, "ID1"),
        (" ID1 ", False, False, " ID1 "),  # no trimming unless asked
        (" ID1 ", True, False, "ID1"),
        ("ID1", False, True, "id1"),
        (101.0, False, False, "101"),  # numeric ID column with a gap is float
        (101, False, False, "101"),
        (2.5, False, False, "2.5"),
        (None, False, False, None),
        (math.nan, False, False, None),
        ("", False, False, None),
        ("   ", False, False, None),
    ],
)
def test_normalise_key(raw: object, strip: bool, casefold: bool, expected: str | None) -> None:
    assert normalise_key(raw, strip, casefold) == expected


def test_normalise_key_numpy_scalars() -> None:
    np = pytest.importorskip("numpy")
    assert normalise_key(np.float64(7.0)) == "7"
    assert normalise_key(np.int64(12)) == "12"
    assert normalise_key(np.float64("nan")) is None


def test_find_duplicate_keys_lists_rows() -> None:
    keys = ["ID4", "ID5", "ID6", "ID5", "id4 "]
    assert find_duplicate_keys(keys, row_numbers=[2, 3, 4, 5, 6]) == {"ID5": [3, 5]}
    assert find_duplicate_keys(keys, strip=True, casefold=True, row_numbers=[2, 3, 4, 5, 6]) == {
        "id4": [2, 6],
        "id5": [3, 5],
    }
    assert find_duplicate_keys(["a", None, None, "b"]) == {}  # missing keys are not duplicates


def test_link_keys_reports_both_sides_and_hints() -> None:
    report = link_keys(["ID4", "ID5 ", "id6", "ID7", None], ["ID1", "ID4", "ID5", "ID6"], row_numbers=[2, 3, 4, 5, 6])
    assert report == LinkReport(
        matched=("ID4",),
        rows_without_case=("ID5 ", "id6", "ID7"),
        cases_without_row=("ID1", "ID5", "ID6"),
        rows_without_key=(6,),
        near_matches=(("ID5 ", "ID5"), ("id6", "ID6")),
    )
    assert not report.is_complete
    loose = link_keys(["ID4", "ID5 ", "id6"], ["ID4", "ID5", "ID6"], strip=True, casefold=True)
    assert loose.matched == ("id4", "id5", "id6")
    assert loose.is_complete


def test_link_keys_duplicates_raise_with_rows() -> None:
    with pytest.raises(DuplicateKeyError) as info:
        link_keys(["A", "B", "A", "B", "C"], ["A"], row_numbers=[2, 3, 4, 5, 6])
    assert info.value.duplicates == {"A": [2, 4], "B": [3, 5]}
    assert "'A' (rows 2, 4)" in str(info.value) and "'B' (rows 3, 5)" in str(info.value)
    assert isinstance(info.value, ValidationError)
    # Case keys that collide only after case-folding are ambiguous too.
    with pytest.raises(DuplicateKeyError):
        link_keys(["a"], ["ID1", "id1"], casefold=True)


def test_variable_round_trips_through_dict_and_checks_itself() -> None:
    var = Variable(
        name="sat",
        label="Satisfaction",
        type=VariableType.ORDINAL,
        levels=("1", "2", "3"),
        value_labels=((1.0, "low"), (2.0, "mid"), (3.0, "high"), (-99.0, "refused")),
        missing_values=(-99.0,),
        missing_ranges=((997.0, 999.0),),
        position=3,
    )
    assert Variable.from_dict(var.to_dict()) == var
    assert var.is_missing_code(-99.0) and var.is_missing_code(998) and not var.is_missing_code(2.0)
    assert var.label_for(3.0) == "high" and var.label_for(4.0) is None
    with pytest.raises(ValidationError):
        Variable(name="x", levels=("a", "a"))
    with pytest.raises(ValidationError):
        Variable(name="")
