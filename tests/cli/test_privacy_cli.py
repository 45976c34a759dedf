"""`qualcode roster`, `pseudonymise` and `audit` from a script's side."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode.cli.main import main
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import load_project, new_project

TEXT = "Interviewer: How was it?\nOksana: Oksana's brother drove me from Lviv. Call +380 44 123 4567."


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcproj"
    project = new_project(path)
    add_document(project, "Interview 1", TEXT)
    project.close()
    (tmp_path / "roster.csv").write_text("name,kind,replacement\nOksana Melnyk,participant,P03\nLviv,place,[City]\n",
                                         encoding="utf-8")
    return path


def test_dry_run_lists_findings_and_changes_nothing(tmp_path: Path, capsys) -> None:
    path = _project(tmp_path)
    assert main(["roster", str(path), "--import", str(tmp_path / "roster.csv"), "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Oksana Melnyk", "Lviv"]
    assert main(["pseudonymise", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    found = {(f["text"], f["kind"], f["source"], f["replacement"]) for f in out["findings"]}
    assert ("Oksana", "participant", "roster", "P03") in found
    assert ("Lviv", "place", "roster", "[City]") in found
    assert ("+380 44 123 4567", "phone", "pattern", "[Phone 1]") in found
    assert all({"document_id", "start", "end"} <= set(f) for f in out["findings"])
    project = load_project(str(path))
    with project.unit_of_work() as uow:
        assert uow.documents.get(1).text == TEXT
    project.close()


def test_apply_with_kept_mapping_then_audit_csv(tmp_path: Path, capsys, monkeypatch) -> None:
    path = _project(tmp_path)
    monkeypatch.setenv("QUALCODE_PASSWORD", "s3cret")
    argv = ["pseudonymise", str(path), "--roster", str(tmp_path / "roster.csv"), "--apply", "--keep-mapping",
            "--coder", "Dilnoza", "--json"]
    assert main(argv) == 0
    capsys.readouterr()
    project = load_project(str(path))
    with project.unit_of_work() as uow:
        text = uow.documents.get(1).text
        assert len(uow.privacy.mappings()) == 1
    project.close()
    assert text == "Interviewer: How was it?\nP03: P03's brother drove me from [City]. Call [Phone 1]."
    assert main(["audit", str(path), "--out", str(tmp_path / "audit.csv"), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["who"] == "Dilnoza" and entry["action"] == "pseudonymise"
    written = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert "Dilnoza" in written and "Oksana" not in written and "Lviv" not in written


def test_the_cli_and_the_main_window_start_without_loading_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys; import qualcode.cli.main, qualcode.ui.main_window; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "False"


def test_audit_as_a_word_appendix(tmp_path: Path, capsys, monkeypatch) -> None:
    import zipfile

    path = _project(tmp_path)
    assert main(["pseudonymise", str(path), "--roster", str(tmp_path / "roster.csv"), "--apply",
                 "--coder", "Dilnoza"]) == 0
    assert main(["audit", str(path), "--out", str(tmp_path / "audit.docx")]) == 0
    with zipfile.ZipFile(tmp_path / "audit.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Audit trail of analytic decisions" in xml and "Dilnoza" in xml and "pseudonymise" in xml
    assert "Oksana" not in xml


def test_exports_guard_from_the_command_line(tmp_path: Path, capsys) -> None:
    path = _project(tmp_path)
    assert main(["pseudonymise", str(path), "--roster", str(tmp_path / "roster.csv"), "--exports-guard", "on"]) == 0
    capsys.readouterr()
    status = main(["export", str(path), "--segments-csv", str(tmp_path / "s.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1 and "pseudonymised exports only" in err[0]
    assert not (tmp_path / "s.csv").exists()
    assert main(["pseudonymise", str(path), "--exports-guard", "off"]) == 0
    assert main(["export", str(path), "--segments-csv", str(tmp_path / "s.csv")]) == 0


def test_hostile_rosters_work_or_get_one_sentence(tmp_path: Path, capsys) -> None:
    path = _project(tmp_path)
    big = tmp_path / "big.csv"
    rows = [f"Name{i} (x)* [{i}]+?,participant,P{i:05d}" for i in range(10_000)]
    big.write_text("name,kind,replacement\n" + "\n".join(rows) + "\nOksana Melnyk,participant,P03\n", encoding="utf-8")
    assert main(["roster", str(path), "--import", str(big), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 10_001
    assert main(["pseudonymise", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert {f["text"] for f in found if f["source"] == "roster"} == {"Oksana"}
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert main(["roster", str(path), "--import", str(tmp_path / "empty.csv")]) == 0
    assert "The roster is empty." in capsys.readouterr().out
    (tmp_path / "latin1.csv").write_bytes("name\nJosé\n".encode("latin-1"))
    assert main(["roster", str(path), "--import", str(tmp_path / "latin1.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "latin1.csv" in err[0] and "UTF-8" in err[0]
