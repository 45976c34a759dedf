"""Every hostile file is refused with a message naming it, or imported correctly -- through the CLI.

Each import runs in a child process whose address space is capped at 1.5 GB
(a safety net: a regression fails with MemoryError instead of swapping the
machine) and with a timeout (a FIFO would hang it). Speed and peak memory are
measured in ``benchmarks/hostile_bench.py``, not here.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qualcode.cli.main import main as cli_main
from tests.hostile.make_hostile_files import HOSTILE, IMPORT, REFUSE
from tests.table_dump import dump_tables

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 1536 * 1024 * 1024
TRANSCRIPTS = sorted(name for name, (_, expect) in HOSTILE.items() if expect.kind == "transcript")
# The wide CSV has its own test below, which checks the columns too.
SURVEYS = sorted(name for name, (_, expect) in HOSTILE.items() if expect.kind == "survey" and name != "survey_wide.csv")
# Big files that cost seconds to write and import: left out of the all-at-once batch test.
_HEAVY = {"docx_huge_text.docx", "docx_many_elements.docx", "odt_many_repeats.odt", "html_deep.html"}


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``python -m qualcode ARGS`` in a child process with capped memory."""
    return subprocess.run(
        [sys.executable, "-m", "qualcode", *args], check=False, capture_output=True, text=True, timeout=timeout,
        cwd=ROOT, preexec_fn=_cap_memory, stdin=subprocess.DEVNULL,
    )


def _info(project: Path) -> dict[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(["info", str(project), "--json"]) == 0
    return json.loads(out.getvalue())


def _integrity(project: Path) -> str:
    conn = sqlite3.connect(project)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def snapshot(project: Path) -> tuple[dict[str, object], dict[str, list[tuple[object, ...]]]]:
    assert _integrity(project) == "ok"
    return _info(project), dump_tables(str(project))


def _texts(project: Path) -> list[str]:
    conn = sqlite3.connect(project)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM documents")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with one interview and one survey in it, so 'unchanged' means something."""
    from qualcode.services.corpus.importing import import_transcripts
    from qualcode.services.projects import new_project
    from qualcode.services.corpus.surveys import import_survey

    folder = tmp_path_factory.mktemp("template")
    interview = folder / "P07.txt"
    interview.write_text("Interviewer: How did it start?\nP07: With a letter from the council.\n", encoding="utf-8")
    survey = folder / "ages.csv"
    survey.write_text("id,age\nP07,41\n", encoding="utf-8")
    project = new_project(folder / "template.qcproj")
    try:
        import_transcripts(project, [interview], case_from_filename=True, workers=1)
        import_survey(project, survey, "id")
    finally:
        project.close()
    return folder / "template.qcproj"


@pytest.fixture
def project(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "study.qcproj"
    shutil.copy(template, copy)
    return copy


def _check(name: str, proc: subprocess.CompletedProcess[str], project: Path, before: tuple) -> None:
    expect = HOSTILE[name][1]
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output and "unexpected" not in output.lower(), output[-2000:]
    if expect.action == REFUSE:
        assert proc.returncode != 0, proc.stdout[-2000:]
        assert name in proc.stderr, proc.stderr
        assert re.search(expect.match, proc.stderr, re.IGNORECASE), proc.stderr
        assert snapshot(project) == before
        return
    assert expect.action == IMPORT
    assert proc.returncode == 0, output[-2000:]
    assert _integrity(project) == "ok"
    if expect.warning:
        assert expect.warning in proc.stdout, proc.stdout[-2000:]


@pytest.mark.parametrize("name", TRANSCRIPTS)
def test_hostile_transcript(name: str, project: Path, tmp_path: Path) -> None:
    maker, expect = HOSTILE[name]
    path = maker(tmp_path)
    before = snapshot(project)
    proc = run_cli("import", str(project), str(path))
    _check(name, proc, project, before)
    if expect.action == IMPORT:
        texts = _texts(project)
        assert len(texts) == len(before[1]["documents"]) + 1
        assert any(expect.text in text for text in texts)


@pytest.mark.parametrize("name", SURVEYS)
def test_hostile_survey(name: str, project: Path, tmp_path: Path) -> None:
    path = HOSTILE[name][0](tmp_path)
    before = snapshot(project)
    proc = run_cli("survey", str(project), str(path), "--id", "id")
    _check(name, proc, project, before)


def test_wide_survey_keeps_every_column_and_row(project: Path, tmp_path: Path) -> None:
    path = HOSTILE["survey_wide.csv"][0](tmp_path)
    proc = run_cli("survey", str(project), str(path), "--id", "id", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["rows"] == 100
    assert len(result["variables"]) == 20_000
    assert result["variables"][-1]["name"] == "q19999"
    assert _integrity(project) == "ok"


def test_uncached_formula_cells_are_named_not_silently_empty(project: Path, tmp_path: Path) -> None:
    path = HOSTILE["xlsx_uncached_formulas.xlsx"][0](tmp_path)
    proc = run_cli("survey", str(project), str(path), "--id", "id", "--json")
    assert proc.returncode == 0, proc.stderr
    warnings = " ".join(json.loads(proc.stdout)["warnings"])
    assert "D2, D3, D4, D5" in warnings


def test_near_duplicate_ids_collide_once_trimming_and_case_are_ignored(project: Path, tmp_path: Path) -> None:
    path = HOSTILE["survey_near_duplicate_ids.csv"][0](tmp_path)
    before = snapshot(project)
    proc = run_cli("survey", str(project), str(path), "--id", "id", "--strip", "--casefold")
    assert proc.returncode != 0
    assert "survey_near_duplicate_ids.csv" in proc.stderr and "rows 2, 3, 4" in proc.stderr
    assert snapshot(project) == before


def test_skip_bad_imports_the_good_files_and_names_every_bad_one(project: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Interviewer: And then?\nP09: Then we moved.\n", encoding="utf-8")
    names = [n for n in TRANSCRIPTS if n not in _HEAVY]
    paths = [str(HOSTILE[name][0](tmp_path)) for name in names]
    proc = run_cli("import", str(project), *paths, str(good), "--skip-bad", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = {Path(row["file"]).name: row for row in json.loads(proc.stdout)}
    assert rows["good.txt"]["error"] is None
    for name in names:
        expect = HOSTILE[name][1]
        if expect.action == REFUSE:
            assert rows[name]["error"] is not None and name in rows[name]["error"]
        else:
            assert rows[name]["error"] is None, rows[name]["error"]
