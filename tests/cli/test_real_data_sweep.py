"""Bugs found by importing real and re-saved files the way a researcher does (`qualcode new`, `import`,
`survey`, `stats`). Each test states what the file holds, read by hand, and checks what the user gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode.cli.main import main

DATA = Path(__file__).resolve().parent.parent / "data"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main([str(a) for a in argv], gui=lambda path: 0)
    except SystemExit as exc:
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.qcproj"
    assert _run(["new", path], capsys)[0] == 0
    return path


def test_spss_missing_value_codes_are_missing_in_the_projects_statistics(project, tmp_path, capsys):
    # An SPSS file as SPSS users write them: -99 "refused" and 9 "no answer" declared user-missing.
    pyreadstat = pytest.importorskip("pyreadstat")
    import pandas as pd

    sav = tmp_path / "labelled.sav"
    frame = pd.DataFrame({"id": ["P1", "P2", "P3", "P4", "P5", "P6"],
                          "age": [34.0, 45.0, -99.0, 29.0, 51.0, -99.0],
                          "gender": [1.0, 2.0, 1.0, 9.0, 2.0, 1.0]})
    pyreadstat.write_sav(frame, str(sav), variable_value_labels={"gender": {1.0: "female", 2.0: "male",
                                                                            9.0: "no answer"}},
                         missing_ranges={"age": [-99.0], "gender": [9.0]})
    status, _, err = _run(["survey", project, sav, "--id", "id", "--create-cases"], capsys)
    assert status == 0, err
    status, out, err = _run(["stats", project, "--model", "descriptives", "--formula", "age ~ gender",
                             "--json"], capsys)
    assert status == 0, err
    terms = {t["term"]: t for t in json.loads(out)["terms"]}
    # The four real ages 34, 45, 29, 51: mean 39.75; the two -99 are missing, not ages.
    assert terms["age"]["n"] == 4 and terms["age"]["missing"] == 2
    assert terms["age"]["estimate"] == pytest.approx(39.75)
    assert terms["age"]["min"] == 29
    assert terms["gender"]["n"] == 5 and terms["gender"]["max"] == 2


# A semicolon CSV as German Excel saves it ("CSV (Trennzeichen-getrennt)"): Windows-1252, CRLF,
# decimal commas and a dot as thousands separator.
EUROPEAN_CSV = "case;Age;Score;Income;Town\r\nID1;34;3,5;1.234,50;Köln\r\nID2;45;4,25;980,00;München\r\n" \
               "ID3;29;2,0;2.100,75;Zürich\r\nID4;51;;1.500,00;Genève\r\n"


def test_european_excel_csv_numbers_with_thousands_separators_are_numbers(project, tmp_path, capsys):
    csv = tmp_path / "european.csv"
    csv.write_bytes(EUROPEAN_CSV.encode("cp1252"))
    status, out, err = _run(["survey", project, csv, "--id", "case", "--create-cases", "--json"], capsys)
    assert status == 0, err
    types = {v["name"]: v["type"] for v in json.loads(out)["variables"]}
    assert types["Income"] == "continuous" and types["Score"] == "continuous"
    status, out, err = _run(["stats", project, "--model", "descriptives", "--formula", "Income ~ Score",
                             "--json"], capsys)
    assert status == 0, err
    terms = {t["term"]: t for t in json.loads(out)["terms"]}
    assert terms["Income"]["n"] == 4
    assert terms["Income"]["estimate"] == pytest.approx((1234.50 + 980.00 + 2100.75 + 1500.00) / 4)
    assert terms["Income"]["max"] == pytest.approx(2100.75)
    assert terms["Score"]["estimate"] == pytest.approx((3.5 + 4.25 + 2.0) / 3)


def test_western_european_csv_in_windows_1252_keeps_its_accents(project, tmp_path, capsys):
    csv = tmp_path / "european.csv"
    csv.write_bytes(EUROPEAN_CSV.encode("cp1252"))
    status, out, err = _run(["survey", project, csv, "--id", "case", "--create-cases", "--json"], capsys)
    assert status == 0, err
    town = next(v for v in json.loads(out)["variables"] if v["name"] == "Town")
    assert sorted(town["levels"]) == ["Genève", "Köln", "München", "Zürich"]


def _document_texts(project: Path) -> list[str]:
    from qualcode.services.corpus.documents import get_document, list_documents
    from qualcode.services.projects import load_project

    opened = load_project(project)
    try:
        return [get_document(opened, header.id).text for header in list_documents(opened)]
    finally:
        opened.close()


def test_webvtt_subtitles_saved_as_srt_keep_notes_out_of_the_transcript(project, tmp_path, capsys):
    # Taguette's WebVTT test file (BSD-3, tests/data/subtitles/SOURCES.md) renamed .srt, as players and
    # converters often save it. Its two cues are "Hi there" and "This is an example of a / subtitle file
    # in SRT format"; the NOTE after the last cue is a comment, not speech.
    srt = tmp_path / "interview.srt"
    srt.write_bytes((DATA / "subtitles" / "taguette_test_webvtt_style_note_blocks.vtt").read_bytes())
    status, out, err = _run(["import", project, srt, "--json"], capsys)
    assert status == 0, err
    assert json.loads(out)[0]["turns"] == 2
    (text,) = _document_texts(project)
    assert "Hi there" in text and "subtitle file in SRT format" in text
    assert "NOTE" not in text and "style blocks" not in text and "papayawhip" not in text


# A French interview as Windows Notepad's "Unicode" (UTF-16 LE) without a byte-order mark.
FRENCH = "Interviewer: Où habitez-vous ?\nMarie: À Besançon, près de l'église.\n"


def test_naming_an_8bit_encoding_for_utf16_text_is_refused_not_imported_garbled(project, tmp_path, capsys):
    txt = tmp_path / "marie.txt"
    txt.write_bytes(FRENCH.encode("utf-16-le"))
    status, _, err = _run(["import", project, txt, "--encoding", "cp1251"], capsys)
    assert status == 2
    assert "marie.txt" in err and "cp1251" in err and len(err.strip().splitlines()) == 1
    assert _document_texts(project) == []
    status, _, err = _run(["import", project, txt], capsys)  # detected: right
    assert status == 0, err
    assert _document_texts(project) == [FRENCH]


def test_naming_an_8bit_encoding_for_a_utf16_survey_names_the_encoding(project, tmp_path, capsys):
    csv = tmp_path / "survey.csv"
    csv.write_bytes("case,town\nP1,Besançon\nP2,Genève\n".encode("utf-16"))
    status, _, err = _run(["survey", project, csv, "--id", "case", "--encoding", "cp1252"], capsys)
    assert status == 2
    assert "survey.csv" in err and "cp1252" in err and "\\x00" not in err


def test_russian_excel_csv_codebook_in_windows_1251_keeps_its_code_names(project, tmp_path, capsys):
    # Excel "CSV (разделители — точка с запятой)" on a Russian Windows writes cp1251.
    csv = tmp_path / "codebook.csv"
    csv.write_bytes("name;definition\r\nПоддержка сверстников;Участник говорит о помощи группы\r\n"
                    "Стигма;Ощущение осуждения со стороны других\r\n".encode("cp1251"))
    status, _, err = _run(["codebook-import", project, csv], capsys)
    assert status == 0, err
    out_csv = tmp_path / "out.csv"
    status, _, err = _run(["export", project, "--codebook-csv", out_csv], capsys)
    assert status == 0, err
    exported = out_csv.read_text(encoding="utf-8-sig")
    assert "Поддержка сверстников" in exported and "Стигма" in exported
    assert "Ощущение осуждения со стороны других" in exported


def test_bracketed_speaker_names_without_digits_are_turns_of_their_own(project, tmp_path, capsys):
    # "[Name] text" as QualCoder users label speakers, here a Russian interview saved by Notepad (cp1251).
    # Read as one speaker, Anna's answers were the interviewer's turns (and left out of the assistant).
    txt = tmp_path / "anna.txt"
    txt.write_bytes("[Интервьюер] Расскажите, пожалуйста, о себе.\n[Анна] Меня зовут Анна, мне 34 года.\n"
                    "[Интервьюер] Что вам помогло?\n[Анна] Поддержка группы.\n".encode("cp1251"))
    status, out, err = _run(["import", project, txt, "--json"], capsys)
    assert status == 0, err
    (report,) = json.loads(out)
    assert report["turns"] == 4
    assert {s["speaker"]: s["turns"] for s in report["speakers"]} == {"Интервьюер": 2, "Анна": 2}
    assert report["interviewers"] == ["Интервьюер"]


def test_stage_directions_in_brackets_stay_in_the_speakers_turn(project, tmp_path, capsys):
    txt = tmp_path / "p07.txt"
    txt.write_text("Interviewer: How was it?\nP07: Hard.\n[Laughs] But we managed.\n[Laughs] Mostly.\n"
                   "Interviewer: And now?\nP07: Better.\n", encoding="utf-8")
    status, out, err = _run(["import", project, txt, "--json"], capsys)
    assert status == 0, err
    (report,) = json.loads(out)
    assert {s["speaker"] for s in report["speakers"]} == {"Interviewer", "P07"} and report["turns"] == 4


def test_a_cut_off_xlsx_survey_is_called_damaged_not_renamed(project, tmp_path, capsys):
    # QualCoder's survey789.xlsx as a failed download or copy leaves it: the first half of the bytes.
    # It starts as a zip but its directory (at the end) is missing; asking "was it renamed?" sends the
    # researcher looking for the wrong problem.
    whole = (DATA / "surveys" / "survey789.xlsx").read_bytes()
    cut = tmp_path / "survey789.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    status, _, err = _run(["survey", project, cut, "--id", "Case"], capsys)
    assert status == 2
    assert "survey789.xlsx" in err and "damaged or incomplete" in err and "save it again" in err
    assert "renamed" not in err
    # The same survey saved as CSV and merely renamed .xlsx is not damaged: the hint stays.
    renamed = tmp_path / "survey456.xlsx"
    renamed.write_bytes((DATA / "surveys" / "survey456.csv").read_bytes())
    status, _, err = _run(["survey", project, renamed, "--id", "Case"], capsys)
    assert status == 2
    assert "not a zip archive" in err and "renamed" in err and "damaged" not in err


@pytest.mark.parametrize("name", ["ID1.docx", "ID2.odt"])
def test_a_cut_off_transcript_is_damaged_and_a_renamed_text_file_is_not(project, tmp_path, capsys, name):
    whole = (DATA / "transcripts" / "qualcoder-examples" / name).read_bytes()
    cut = tmp_path / name
    cut.write_bytes(whole[: len(whole) // 2])
    status, _, err = _run(["import", project, cut], capsys)
    assert status == 2
    assert name in err and "damaged or truncated" in err and "renamed" not in err
    # A plain-text transcript renamed to .docx/.odt is not damaged; it is misnamed.
    renamed = tmp_path / f"renamed{Path(name).suffix}"
    renamed.write_bytes((DATA / "transcripts" / "qualcoder-examples" / "transcript.txt").read_bytes())
    status, _, err = _run(["import", project, renamed], capsys)
    assert status == 2
    assert "not a zip archive" in err and "renamed" in err and "damaged" not in err
    assert _document_texts(project) == []


def test_a_refi_qda_codebook_given_to_codebook_import_points_to_the_refi_importer(project, tmp_path, capsys):
    # The REFI-QDA 1.5 standard's sample codebook (Annex A1), as NVivo, ATLAS.ti or MAXQDA export it.
    qdc = DATA / "refi" / "REFI-QDA-1-5_AnnexA1_codebook.qdc"
    status, _, err = _run(["codebook-import", project, qdc], capsys)
    assert status == 2
    assert qdc.name in err and "qualcode refi import" in err and "Import REFI-QDA" in err
    # Following the hint works: the codes arrive.
    status, _, err = _run(["refi", "import", qdc, project, "--json"], capsys)
    assert status == 0, err
    out_csv = tmp_path / "codebook.csv"
    status, _, err = _run(["export", project, "--codebook-csv", out_csv], capsys)
    assert status == 0, err
    exported = out_csv.read_text(encoding="utf-8-sig")
    assert "Health care" in exported and "Conservatives" in exported  # two of the Annex's codes
