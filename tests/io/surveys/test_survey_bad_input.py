"""Bad survey files: each gives a clear error naming the file and the place, or a correct import."""

from __future__ import annotations

import math
import os
import zipfile
from pathlib import Path

import pytest

from qualcode.core.errors import InputFileError
from qualcode.io.surveys import SurveyLimits, read_survey

DATA = Path(__file__).resolve().parents[2] / "data" / "surveys"
SURVEY456 = (DATA / "survey456.csv").read_bytes()

RUSSIAN = (
    "Участник;Возраст;Пол;Интерес;Ответ\n"
    "ID4;24;ж;покупки;\"Я хотела учиться дальше, но после школы начала работать и потеряла интерес.\"\n"
    "ID5;;м;гольф;Мне нужно было повысить квалификацию, но работа и семья не оставляют времени.\n"
    "ID6;67;м;садоводство;Я не учусь, хотя и на пенсии: сейчас мне нравится работать в саду, ёлки растут.\n"
)
FRENCH = (
    "Case;Âge;Genre;Intérêt;Réponse\n"
    "ID4;24;f;café;\"J'ai payé 200 € pour un cours très intéressant, déjà complet.\"\n"
    "ID5;;m;théâtre;Trop naïve, l'idée était coûteuse, je n'ai pas eu le temps.\n"
    "ID6;67;m;jardinage;Je préfère le jardinage à l'école, c'est plus agréable.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path: Path, **kwargs: object) -> InputFileError:
    with pytest.raises(InputFileError) as info:
        read_survey(path, **kwargs)  # type: ignore[arg-type]
    assert info.value.path == str(path)
    return info.value


# --- encodings -----------------------------------------------------------------------------


def test_cp1251_csv_is_decoded_correctly(tmp_path: Path) -> None:
    table = read_survey(_write(tmp_path, "ru.csv", RUSSIAN.encode("cp1251")))
    assert table.delimiter == ";"
    assert list(table.frame.columns) == ["Участник", "Возраст", "Пол", "Интерес", "Ответ"]
    assert table.frame["Интерес"].tolist() == ["покупки", "гольф", "садоводство"]
    assert table.frame["Ответ"].iloc[2].endswith("ёлки растут.")
    assert any("guessed" in w for w in table.warnings)  # the user is told it was a guess


def test_cp1252_csv_keeps_euro_sign_and_accents(tmp_path: Path) -> None:
    table = read_survey(_write(tmp_path, "fr.csv", FRENCH.encode("cp1252")))
    assert list(table.frame.columns) == ["Case", "Âge", "Genre", "Intérêt", "Réponse"]
    assert table.frame["Intérêt"].tolist() == ["café", "théâtre", "jardinage"]
    assert "200 €" in table.frame["Réponse"].iloc[0]
    assert table.frame["Réponse"].iloc[1].startswith("Trop naïve")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_variants_read_like_the_original(tmp_path: Path, encoding: str) -> None:
    original = read_survey(DATA / "survey456.csv").frame
    variant = read_survey(_write(tmp_path, "s.csv", SURVEY456.decode("utf-8").encode(encoding))).frame
    assert list(variant.columns) == ["Case", "Age", "Gender", "Interest", "freetext"]
    assert variant["freetext"].tolist() == original["freetext"].tolist()
    assert variant["Case"].tolist() == ["ID4", "ID5", "ID6"]
    assert math.isnan(variant["Age"].iloc[1])


def test_wrong_explicit_encoding_names_the_line(tmp_path: Path) -> None:
    # The first non-ASCII byte is on line 3 ("Ёлка").
    data = "id,word\nP1,tree\nP2,Ёлка\n".encode("cp1251")
    error = _error(_write(tmp_path, "ru.csv", data), encoding="utf-8")
    assert error.location == "line 3"
    assert "not valid utf-8" in error.message
    # The same file with the encoding given is read.
    table = read_survey(tmp_path / "ru.csv", encoding="cp1251")
    assert table.frame["word"].tolist() == ["tree", "Ёлка"]


# --- not a CSV at all ----------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in _error(_write(tmp_path, "empty.csv", b"")).message
    assert "empty" in _error(_write(tmp_path, "blank.csv", b"\r\n \n")).message
    assert "empty" in _error(_write(tmp_path, "empty.xlsx", b"")).message


def test_header_without_rows(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "head.csv", b"Case,Age\n"))
    assert "no data rows" in error.message and error.location == "line 1"


def test_binary_file_named_csv(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8
    error = _error(_write(tmp_path, "random.csv", data))
    assert "not a CSV text file" in error.message


def test_workbook_renamed_to_csv_is_recognised(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "survey.csv", (DATA / "survey789.xlsx").read_bytes()))
    assert "xlsx" in error.message


def test_text_file_renamed_to_xlsx(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "survey.xlsx", SURVEY456))
    assert "not a valid .xlsx" in error.message


def test_unknown_extension(tmp_path: Path) -> None:
    assert "Unknown survey file type '.ods'" in _error(_write(tmp_path, "s.ods", b"x")).message


# --- ragged and malformed rows -------------------------------------------------------------


def test_row_with_an_extra_value_names_line_and_column(tmp_path: Path) -> None:
    data = b"Case,Age,Gender\nID4,24,f\nID5,30,m,surplus\nID6,67,m\n"
    error = _error(_write(tmp_path, "ragged.csv", data))
    assert error.location == "line 3, column 4"
    assert "'surplus'" in error.message and "header has 3 columns" in error.message


def test_short_rows_are_padded_with_a_warning(tmp_path: Path) -> None:
    data = b"Case,Age,Gender\nID4,24,f\nID5,30\nID6,67,m\n"
    table = read_survey(_write(tmp_path, "short.csv", data))
    assert table.frame["Gender"].isna().tolist() == [False, True, False]
    assert any("lines 3" in w for w in table.warnings)


def test_trailing_empty_cells_are_not_an_error(tmp_path: Path) -> None:
    table = read_survey(_write(tmp_path, "trail.csv", b"a,b\n1,2,,\n3,4,\n"))
    assert table.frame["b"].tolist() == [2, 4]


def test_unterminated_quote_names_a_line(tmp_path: Path) -> None:
    data = b'Case,Age,Text\nID4,24,"fine"\nID5,30,"never closed\n'
    error = _error(_write(tmp_path, "quote.csv", data))
    assert error.location is not None and error.location.startswith("line ")
    assert "malformed" in error.message


def test_duplicate_column_names(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "dupcol.csv", b"Case,Age,Age\nID4,1,2\n"))
    assert "'Age' occurs twice" in error.message and "columns 2 and 3" in error.message


def test_mostly_numeric_column_with_a_stray_code_warns(tmp_path: Path) -> None:
    data = b"id,age\n" + b"".join(f"P{i},{20 + i}\n".encode() for i in range(9)) + b"P9,refused\n"
    table = read_survey(_write(tmp_path, "stray.csv", data))
    assert table.frame["age"].iloc[-1] == "refused"
    assert any("'refused' (row 11)" in w for w in table.warnings)


def test_conventional_missing_markers_are_missing_and_reported(tmp_path: Path) -> None:
    # R's write.csv writes NA; many exports write n/a or "." for a missing number.
    data = b"id,age,score\nP1,20,1.5\nP2,NA,.\nP3,n/a,2.5\n"
    table = read_survey(_write(tmp_path, "na.csv", data))
    assert table.frame["age"].isna().tolist() == [False, True, True]
    assert table.frame["score"].dtype.kind == "f" and table.frame["score"].isna().sum() == 1
    assert any("'age'" in w and "'NA'" in w and "'n/a'" in w and "missing" in w for w in table.warnings)


def test_leading_zero_ids_stay_text(tmp_path: Path) -> None:
    table = read_survey(_write(tmp_path, "zeros.csv", b"pid,x\n007,1\n012,2\n"))
    assert table.frame["pid"].tolist() == ["007", "012"]


def test_csv_size_cap_is_configurable(tmp_path: Path) -> None:
    error = _error(DATA / "survey456.csv", limits=SurveyLimits(max_text_bytes=100))
    assert "larger than the limit of 100 bytes" in error.message
    assert SurveyLimits().max_text_bytes == 200 * 1024 * 1024


# --- xlsx ----------------------------------------------------------------------------------


def _workbook(tmp_path: Path, merge: str | None, name: str = "merged.xlsx") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "answers"
    sheet.append(["Case", "Demographics", None, "Comment"])
    sheet.append(["ID4", 24, "f", "ok"])
    sheet.append(["ID5", 30, "m", "fine"])
    if merge:
        sheet.merge_cells(merge)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_merged_header_cells_are_named(tmp_path: Path) -> None:
    error = _error(_workbook(tmp_path, "B1:C1"))
    assert "B1:C1" in error.message
    assert error.location == "sheet 'answers', row 1"


def test_merged_data_cells_only_warn(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = _workbook(tmp_path, "D2:D3", "data_merge.xlsx")
    # Give column C a header so only the data merge remains.
    workbook = load_workbook(path)
    workbook.active["C1"] = "Gender"
    workbook.save(path)
    table = read_survey(path)
    assert table.frame["Comment"].tolist()[0] == "ok"
    assert any("D2:D3" in w for w in table.warnings)


def test_value_under_a_missing_header_names_the_cell(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Case", "Age"])
    sheet.append(["ID4", 24])
    sheet.append(["ID5", 30, "stray"])
    path = tmp_path / "stray.xlsx"
    workbook.save(path)
    error = _error(path)
    assert "C3" in error.message and error.location is not None and "cell C3" in error.location


def test_xlsx_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            block = b" " * (1 << 20)
            for _ in range(64):  # 64 MB of spaces deflate to about 64 KB
                part.write(block)
    assert os.path.getsize(path) < 1_000_000
    error = _error(path)
    assert "zip bomb" in error.message and "xl/worksheets/sheet1.xml" in error.message


def test_xlsx_total_uncompressed_limit(tmp_path: Path) -> None:
    # survey789.xlsx: its 11 parts add up to 18561 bytes uncompressed (unzip -l).
    error = _error(DATA / "survey789.xlsx", limits=SurveyLimits(max_uncompressed_bytes=18000))
    assert "18561 bytes" in error.message
    assert read_survey(DATA / "survey789.xlsx", limits=SurveyLimits(max_uncompressed_bytes=18561)).frame.shape == (3, 6)


def test_xlsx_with_a_wrong_dimension_record_is_read_whole(tmp_path: Path) -> None:
    # Some exporters write <dimension ref="A1"/>; openpyxl's streaming reader would trust it.
    source = DATA / "survey789.xlsx"
    target = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:F4"/>' in data
                data = data.replace(b'<dimension ref="A1:F4"/>', b'<dimension ref="A1"/>')
            dst.writestr(info, data)
    table = read_survey(target)
    assert table.frame.shape == (3, 6)
    assert table.frame["Qual_pet_opinions"].iloc[1] == "A fish"


def test_semicolon_csv_with_decimal_commas(tmp_path: Path) -> None:
    data = "id;weight_kg;note\nP1;72,5;ok\nP2;80;fine, thanks\n".encode()
    table = read_survey(_write(tmp_path, "eu.csv", data))
    assert table.delimiter == ";"
    assert table.frame["weight_kg"].tolist() == [72.5, 80.0]
    assert table.frame["note"].tolist() == ["ok", "fine, thanks"]


def test_explicit_delimiter_overrides_the_sniffer(tmp_path: Path) -> None:
    table = read_survey(_write(tmp_path, "tab.csv", b"a,b\tc\n1,2\t3\n"), delimiter="\t")
    assert list(table.frame.columns) == ["a,b", "c"]
