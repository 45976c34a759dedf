"""`qualcode import` / `qualcode survey`: --encoding is honoured and warnings are printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hostile.make_hostile_files import RUSSIAN


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qualcode", *args], check=False, capture_output=True, text=True, timeout=120)


def _new(tmp_path: Path) -> Path:
    project = tmp_path / "study.qcproj"
    assert _cli("new", str(project)).returncode == 0
    return project


def test_import_encoding_option_is_honoured(tmp_path: Path) -> None:
    project = _new(tmp_path)
    path = tmp_path / "ru.txt"
    # cp1251 bytes read as koi8-r would be mojibake: the option must win over detection.
    path.write_bytes(RUSSIAN.encode("koi8-r"))
    proc = _cli("import", str(project), str(path), "--encoding", "koi8-r", "--json")
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)
    assert row["encoding"] == "koi8-r" and row["warnings"] == []
    assert [s["speaker"] for s in row["speakers"]] == ["Интервьюер", "Участник"]


def test_import_prints_warnings_in_text_mode(tmp_path: Path) -> None:
    project = _new(tmp_path)
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    proc = _cli("import", str(project), str(path))
    assert proc.returncode == 0, proc.stderr
    assert "warning: The text encoding was guessed as cp1251" in proc.stdout


def test_import_unknown_encoding_is_one_line_error(tmp_path: Path) -> None:
    project = _new(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text("P1: hi\n", encoding="utf-8")
    proc = _cli("import", str(project), str(path), "--encoding", "klingon")
    assert proc.returncode != 0
    assert "klingon" in proc.stderr and "Traceback" not in proc.stderr


def test_survey_encoding_option_and_warnings(tmp_path: Path) -> None:
    project = _new(tmp_path)
    path = tmp_path / "ids.csv"
    path.write_bytes("id,город\nP01,Москва\np01,Казань\n".encode("koi8-r"))
    proc = _cli("survey", str(project), str(path), "--id", "id", "--encoding", "koi8-r")
    assert proc.returncode == 0, proc.stderr
    assert "warning: Values in the ID column 'id' differ only" in proc.stdout
    assert "(rows 2, 3)" in proc.stdout


def test_import_links_the_interviewee_never_the_interviewer(tmp_path: Path) -> None:
    project = _new(tmp_path)
    (tmp_path / "P07.txt").write_text("Interviewer: How?\nAmina: Like this.\n", encoding="utf-8")
    (tmp_path / "S012.txt").write_text("Q: Where?\nRespondent: Here.\n", encoding="utf-8")
    proc = _cli("import", str(project), str(tmp_path / "P07.txt"), str(tmp_path / "S012.txt"), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [(r["interviewers"], r["cases"]) for r in rows] == [(["Interviewer"], ["Amina"]), (["Q"], ["S012"])]


def test_import_overrides_and_case_from_filename(tmp_path: Path) -> None:
    project = _new(tmp_path)
    path = tmp_path / "P08.txt"
    path.write_text("Dilnoza: How long?\nRosa: Two years.\n", encoding="utf-8")
    proc = _cli("import", str(project), str(path), "--interviewer", "Dilnoza", "--case", "P08-R", "--json")
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)
    assert (row["interviewers"], row["cases"]) == (["Dilnoza"], ["P08-R"])
    other = tmp_path / "P09.txt"
    other.write_text("Interviewer: How long?\nRosa: Two years.\n", encoding="utf-8")
    proc = _cli("import", str(project), str(other), "--case-from-filename")
    assert proc.returncode == 0, proc.stderr
    assert "interviewer: Interviewer; case: P09" in proc.stdout
