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


def _many(tmp_path: Path, n: int = 50) -> list[str]:
    """Enough files that parse workers read them (forked by the command line on Linux)."""
    folder = tmp_path / "files"
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"P{i:02d}.txt"
        path.write_text(f"[00:00:0{i % 10}] Interviewer: Question {i}?\n\nP{i:02d}: Answer, naïve {i}.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_import_of_many_files_into_an_encrypted_project(tmp_path: Path) -> None:
    import os

    from qualcode.services.projects import load_project, new_project

    path = tmp_path / "secret.qcproj"
    new_project(path, password="s3cret").close()
    files = _many(tmp_path)
    env = {**os.environ, "QUALCODE_PASSWORD": "s3cret"}
    proc = subprocess.run([sys.executable, "-m", "qualcode", "import", str(path), *files, "--json"],
                          check=False, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert [r["turns"] for r in json.loads(proc.stdout)] == [2] * len(files)
    project = load_project(path, password="s3cret")
    try:
        with project.unit_of_work(write=False) as uow:
            text = uow.documents.get(8).text
            turns = uow.documents.turns(8)
    finally:
        project.close()
    assert [(t.speaker, text[t.span.start:t.span.end], t.timestamp) for t in turns] == [
        ("Interviewer", "Question 7?", 7.0), ("P07", "Answer, naïve 7.", None)]


def test_import_with_a_wrong_password_stores_nothing_and_stops_its_workers(tmp_path: Path) -> None:
    import os

    from qualcode.services.projects import new_project

    path = tmp_path / "secret.qcproj"
    new_project(path, password="s3cret").close()
    before = path.read_bytes()
    env = {**os.environ, "QUALCODE_PASSWORD": "wrong"}
    proc = subprocess.run([sys.executable, "-m", "qualcode", "import", str(path), *_many(tmp_path)],
                          check=False, capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 2
    assert "password" in proc.stderr.lower() and "Traceback" not in proc.stderr
    assert path.read_bytes() == before


def test_import_into_a_file_that_is_no_project_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.qcproj"
    path.write_text("just some notes\n", encoding="utf-8")
    proc = _cli("import", str(path), *_many(tmp_path))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert path.read_text(encoding="utf-8") == "just some notes\n"
