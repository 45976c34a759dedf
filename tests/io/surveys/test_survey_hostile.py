"""Silent data changes in surveys are named; wide files are typed as the column-by-column reader types them."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from qualcode.core.errors import InputFileError
from qualcode.core.survey import find_near_duplicate_keys
from qualcode.io.surveys import near_duplicate_warning, read_survey
from qualcode.io.surveys.infer_types import infer_variable_type
from qualcode.io.surveys.text_columns import build_text_frame
from qualcode.io.surveys.values import build_column


def test_formula_cells_without_saved_results_are_named(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "a", "b", "total"])
    for row in range(2, 15):
        sheet.append([f"P{row}", row, 1, f"=B{row}+C{row}"])
    workbook.save(tmp_path / "calc.xlsx")
    table = read_survey(tmp_path / "calc.xlsx")
    assert table.frame["total"].isna().all()
    [note] = [w for w in table.warnings if "formula" in w]
    assert "13 formula cell(s)" in note and "D2, D3" in note and "and 3 more" in note


def test_formula_with_a_saved_result_gives_no_warning(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "total"])
    sheet.append(["P1", "=1+1"])
    workbook.save(tmp_path / "calc.xlsx")
    # What Excel writes after calculating: the formula and its cached value.
    import zipfile

    source = zipfile.ZipFile(tmp_path / "calc.xlsx")
    with zipfile.ZipFile(tmp_path / "saved.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>").replace(b"<f>1+1</f><v/>", b"<f>1+1</f><v>2</v>")
            target.writestr(item, data)
    table = read_survey(tmp_path / "saved.xlsx")
    assert list(table.frame["total"]) == [2]
    assert not [w for w in table.warnings if "formula" in w]


def test_ids_differing_only_by_case_or_spaces_are_named_with_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("id,age\nP01,31\np01,42\n P01 ,53\nP02,28\n", encoding="utf-8")
    table = read_survey(path)
    warning = near_duplicate_warning(table, "id")
    assert warning is not None
    assert "'P01', 'p01', ' P01 ' (rows 2, 3, 4)" in warning
    assert "P02" not in warning
    # Once trimming and case are ignored they are plain duplicates, not near ones.
    assert near_duplicate_warning(table, "id", strip=True, casefold=True) is None


def test_near_duplicates_ignore_exact_repeats_and_missing_keys() -> None:
    assert find_near_duplicate_keys(["A1", "A1", None, "B2"]) == []
    assert find_near_duplicate_keys(["a", "A"], row_numbers=[5, 9]) == [[("a", 5), ("A", 9)]]
    # With --strip, " A" and "A" are the same key; "a" still differs by case.
    assert find_near_duplicate_keys([" A", "a"], strip=True) == [[("A", 1), ("a", 2)]]


def test_fifo_named_csv_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "survey.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="not a regular file"):
        read_survey(fifo)


def test_forced_csv_encoding_is_used(tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    path.write_bytes("id,город\nP1,Москва\nP2,Казань\n".encode("koi8-r"))
    table = read_survey(path, encoding="koi8-r")
    assert list(table.frame["город"]) == ["Москва", "Казань"]


_CELLS = ["1", "2", " 3 ", "007", "3,5", "4.25", "", "  ", "NA", " NA ", "n/a", "inf", "nan", "x",
          "abc def", "1e3", "-2", "9007199254740993", "12,0", "+5", "0", "0.5", "."]


@pytest.mark.parametrize("seed", range(40))
def test_wide_csv_typing_matches_the_one_column_reader(seed: int) -> None:
    rng = random.Random(seed)
    n_rows, n_cols = rng.randint(1, 12), rng.randint(1, 6)
    decimal_comma = seed % 2 == 0
    pool = _CELLS[: rng.randint(3, len(_CELLS))]
    rows = [[rng.choice(pool) for _ in range(n_cols)] for _ in range(n_rows)]
    names = [f"c{i}" for i in range(n_cols)]
    numbers = list(range(2, n_rows + 2))
    expected_warnings: list[str] = []
    expected = {
        name: build_column(name, [row[i] for row in rows], numbers, expected_warnings,
                           decimal_comma=decimal_comma, all_text=True)
        for i, name in enumerate(names)
    }
    warnings: list[str] = []
    frame = build_text_frame(names, rows, numbers, warnings, decimal_comma=decimal_comma)
    assert warnings == expected_warnings
    for name in names:
        pd.testing.assert_series_equal(frame[name], expected[name])


@pytest.mark.parametrize("seed", range(60))
def test_numeric_type_inference_fast_path_matches_the_general_rules(seed: int) -> None:
    rng = random.Random(seed)
    pool = rng.choice([[0, 1], [0, 1, 2], list(range(-3, 12)), [1.5, 2.0, 3.0], [0.0, 1.0], list(range(100))])
    values: list[float] = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
    if seed % 3 == 0:
        values = [float(v) if rng.random() < 0.8 else float("nan") for v in values]
    dtype = float if any(isinstance(v, float) for v in values) or not values else int
    name = rng.choice(["q1", "id", "age", "n_children", "count", "participant"])
    series = pd.Series(values, name=name, dtype=dtype)
    for measure in (None, "nominal", "ordinal", "scale"):
        # A value label that matches nothing sends the column down the general path.
        general = infer_variable_type(series, {"never a value": "x"}, measure=measure)
        assert infer_variable_type(series, measure=measure) == general


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_csv_without_bom_in_cyrillic_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "ru.csv"
    path.write_bytes("id,город,ответ\nP1,Москва,Всё хорошо\nP2,Казань,Нормально\n".encode(codec))
    table = read_survey(path)
    assert table.encoding == codec
    assert list(table.frame["ответ"]) == ["Всё хорошо", "Нормально"]
