"""`qualcode code --create` is one transaction: a bad span leaves no new code or coder behind."""

from __future__ import annotations

import json

from qualcode.cli.main import main as cli
from qualcode.services.projects import load_project, project_info
from tests.hostile.make_hostile_projects import honest_project


def _counts(path):
    project = load_project(path)
    info = project_info(project)
    project.close()
    return info["codes"], info["coders"], info["segments"]


def test_bad_span_with_create_leaves_no_code_and_no_coder(tmp_path, capsys):
    path = honest_project(tmp_path / "p.qcproj")
    before = _counts(path)
    status = cli(["code", str(path), "--doc", "1", "--start", "5", "--end", "9999", "--code", "Brand new",
                  "--create", "--coder", "Newcomer"])
    assert status == 2
    assert "unexpected" not in capsys.readouterr().err
    assert _counts(path) == before


def test_duplicate_with_create_of_existing_code_changes_nothing(tmp_path, capsys):
    path = honest_project(tmp_path / "p.qcproj")
    before = _counts(path)
    status = cli(["code", str(path), "--doc", "1", "--start", "3", "--end", "18", "--code", "Peer support",
                  "--coder", "Dilnoza", "--create"])
    assert status == 2
    assert "already coded" in capsys.readouterr().err
    assert _counts(path) == before


def test_create_makes_code_coder_and_coding_together(tmp_path, capsys):
    path = honest_project(tmp_path / "p.qcproj")
    codes, coders, segments = _counts(path)
    assert cli(["code", str(path), "--doc", "1", "--start", "23", "--end", "31", "--code", "Brand new",
                "--create", "--coder", "Newcomer", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["code"].endswith("Brand new")
    assert _counts(path) == (codes + 1, coders + 1, segments + 1)
